import Foundation

/// Pictures the papers carry (the kop's logo, photos of the event): checked when they are added, so a file that is not
/// a whole PNG or JPEG is refused there, naming it, and nothing is written.
public enum PaperImages {
    /// The largest file taken in: a phone's photo is a few megabytes, a camera's up to some tens.
    public static let largest = 64 << 20

    /// The most pixels a picture may have: a 50-megapixel camera's photo. A small file can hold a vast image (a PNG
    /// of 20000x20000 white pixels is 76 KB and takes more than a gigabyte to draw).
    public static let mostPixels = 50_000_000

    /// Width and height from a PNG's IHDR or a JPEG's frame header; nil when the header does not say.
    static func dimensions(of data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        if bytes.count >= 24, bytes[0] == 0x89 {
            return (be16(16) << 16 | be16(18), be16(20) << 16 | be16(22))
        }
        return jpegFrame(data).map { ($0.width, $0.height) }
    }

    /// A JPEG's size from its frame header and where its first scan's data starts, found by walking its segments
    /// (however many metadata segments a phone puts first); nil when they end before a frame header and a scan.
    static func jpegFrame(_ data: Data) -> (width: Int, height: Int, scan: Int)? {
        data.withUnsafeBytes { raw -> (width: Int, height: Int, scan: Int)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
            var size: (width: Int, height: Int)?
            var i = 2
            while i + 4 <= bytes.count, bytes[i] == 0xFF {
                let marker = bytes[i + 1]
                if marker == 0xFF { i += 1; continue }
                if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
                let length = be16(i + 2)
                guard length >= 2 else { return nil }
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker), i + 9 <= bytes.count {
                    size = (be16(i + 7), be16(i + 5))
                }
                if marker == 0xDA { return size.map { ($0.width, $0.height, i + 2 + length) } }
                i += 2 + length
            }
            return nil
        }
    }

    /// "png" or "jpg" for the bytes of a whole PNG or JPEG; otherwise an error naming `name` and what is wrong.
    /// `fileSize` is the file's own size when only its beginning was read (to say how large it really is).
    public static func kind(of data: Data, name: String, fileSize: Int? = nil) throws -> String {
        let bytes = [UInt8](data.prefix(16)), tail = [UInt8](data.suffix(16))
        func refuse(_ id: String, _ en: String) -> AulaError {
            AulaError(id: "\(name): \(id); tidak ada yang disimpan.", en: "\(name): \(en); nothing was saved.")
        }
        let size = max(fileSize ?? 0, data.count)
        guard size <= largest else {
            let megabytes = (size + (1 << 20) - 1) >> 20
            throw refuse("terlalu besar (\(megabytes) MB, paling besar \(largest >> 20) MB)",
                         "too large (\(megabytes) MB, at most \(largest >> 20) MB)")
        }
        func checkSize(_ found: (width: Int, height: Int)?) throws {
            guard let (width, height) = found, width > 0, height > 0 else {
                throw refuse("ukuran gambar tidak terbaca", "its size cannot be read")
            }
            // Each side first: two sides of four billion pixels would overflow their product.
            guard width <= mostPixels, height <= mostPixels, width * height <= mostPixels else {
                throw refuse("\(width)x\(height) piksel terlalu besar (paling besar \(mostPixels / 1_000_000) megapiksel)",
                             "\(width)x\(height) pixels is too large (at most \(mostPixels / 1_000_000) megapixels)")
            }
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // The IHDR chunk first, the IEND chunk last: a file cut short has no IEND.
            guard data.count > 33, bytes[12...15].elementsEqual("IHDR".utf8),
                  tail.count >= 12, tail[tail.count - 8 ..< tail.count - 4].elementsEqual("IEND".utf8) else {
                throw refuse("PNG terpotong atau rusak", "the PNG is cut short or broken")
            }
            try checkSize(dimensions(of: data))
            return "png"
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            // Segments up to the first scan, then an end-of-image marker after it: what a decoder needs to draw it.
            // Whatever follows the end (a phone's motion photo, a maker's trailer) is not looked at.
            guard let frame = jpegFrame(data), frame.scan < data.count,
                  data[(data.startIndex + frame.scan)...].firstRange(of: [0xFF, 0xD9]) != nil else {
                throw refuse("JPEG terpotong atau rusak", "the JPEG is cut short or broken")
            }
            try checkSize((frame.width, frame.height))
            return "jpg"
        }
        throw refuse("bukan gambar PNG atau JPEG", "not a PNG or JPEG image")
    }

    /// Reads the picture at `file` (not through a link) and checks it; its bytes and "png" or "jpg".
    public static func checked(_ file: URL) throws -> (data: Data, kind: String) {
        let data: Data
        do {
            data = try NoFollow.read(file, limit: largest + 1)
        } catch let error as AulaError {
            throw error
        } catch {
            throw AulaError(id: "Tidak bisa membaca \(file.path): \(error.localizedDescription)",
                            en: "Cannot read \(file.path): \(error.localizedDescription)")
        }
        let fileSize = data.count > largest ? (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int : nil
        return (data, try kind(of: data, name: TextSanitizer.line(file.path), fileSize: fileSize))
    }

    /// Reads the picture at `file`, checks it and copies it into the session's `folder` (`images` for the logo,
    /// `photos` for photos); returns the copy.
    public static func add(_ file: URL, into folder: String, of session: URL) throws -> StoredFile.Copy {
        let picture = try checked(file)
        return try StoredFile.store(picture.data, extension: picture.kind, in: folder, of: session)
    }
}
