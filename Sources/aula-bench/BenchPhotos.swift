import CPangoCairo
import Foundation

/// Photos as a phone takes them, for timing the laporan's Lampiran dokumentasi: 4000x3000 JPEGs of a few megabytes
/// (a gradient with grain, so they do not compress to nothing), written with gdk-pixbuf.
enum BenchPhotos {
    static func write(_ count: Int, into folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let width: Int32 = 4000, height: Int32 = 3000
        guard let pixbuf = gdk_pixbuf_new(GDK_COLORSPACE_RGB, 0, 8, width, height) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        let stride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let pixels = gdk_pixbuf_get_pixels(pixbuf)!
        var seed: UInt32 = 2020
        return try (1...count).map { index in
            for y in 0..<Int(height) {
                let row = pixels + y * stride
                for x in 0..<Int(width) {
                    seed = seed &* 1_664_525 &+ 1_013_904_223
                    let grain = UInt8(truncatingIfNeeded: seed >> 27)
                    row[x * 3] = UInt8(truncatingIfNeeded: x / 16 + index * 9) &+ grain
                    row[x * 3 + 1] = UInt8(truncatingIfNeeded: y / 12) &+ grain
                    row[x * 3 + 2] = UInt8(truncatingIfNeeded: (x + y) / 28) &+ grain
                }
            }
            let file = folder.appendingPathComponent("IMG_\(2000 + index).jpg")
            var error: UnsafeMutablePointer<GError>?
            let keys = [strdup("quality"), nil], values = [strdup("90"), nil]
            defer { keys.forEach { free($0) }; values.forEach { free($0) } }
            var cKeys = keys, cValues = values
            guard gdk_pixbuf_savev(pixbuf, file.path, "jpeg", &cKeys, &cValues, &error) != 0 else {
                let message = error.map { String(cString: $0.pointee.message) } ?? "?"
                throw NSError(domain: "aula-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: message])
            }
            return file
        }
    }
}
