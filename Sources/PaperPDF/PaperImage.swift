import AulaCore
import CPangoCairo
import Foundation

/// A PNG or JPEG read with gdk-pixbuf, turned by its EXIF orientation and scaled for print, as a Cairo surface.
enum PaperImage {
    /// Pixels per point at which images are placed (about 200 dpi: sharp on paper, small in the file).
    static let density = 200.0 / 72

    /// The image at `path` fitted into `width` x `height` points; the reason when it cannot be read.
    static func load(_ path: String, width: Double, height: Double) -> Result<(surface: OpaquePointer, width: Double, height: Double), ImageProblem> {
        var error: UnsafeMutablePointer<GError>?
        // Decoded no larger than the box needs whichever way the photo is turned (a JPEG is then decoded at a fraction
        // of its size): a 12-megapixel photo costs a few megabytes, not fifty.
        let bound = Int32(min(8192, (max(width, height) * density).rounded(.up)))
        var fileWide: Int32 = 0, fileHigh: Int32 = 0
        let known = gdk_pixbuf_get_file_info(path, &fileWide, &fileHigh) != nil
        // A small file may hold a vast image: one that would take gigabytes to draw is left out.
        if known && Int(fileWide) * Int(fileHigh) > PaperImages.mostPixels {
            return .failure(ImageProblem(path: path, reason: "\(fileWide)x\(fileHigh) px"))
        }
        let larger = known && max(fileWide, fileHigh) > bound
        let read = larger ? gdk_pixbuf_new_from_file_at_scale(path, bound, bound, 1, &error) : gdk_pixbuf_new_from_file(path, &error)
        guard let original = read else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "?"
            if let error { g_error_free(error) }
            return .failure(ImageProblem(path: path, reason: message))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(original)) }
        guard let turned = gdk_pixbuf_apply_embedded_orientation(original) else {
            return .failure(ImageProblem(path: path, reason: "orientation"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(turned)) }
        let pixelsWide = Double(gdk_pixbuf_get_width(turned)), pixelsHigh = Double(gdk_pixbuf_get_height(turned))
        guard pixelsWide > 0, pixelsHigh > 0 else { return .failure(ImageProblem(path: path, reason: "empty")) }
        let scale = min(width / pixelsWide, height / pixelsHigh)
        let fitted = (width: pixelsWide * scale, height: pixelsHigh * scale)
        let targetWide = max(1, Int32(min(pixelsWide, fitted.width * density))), targetHigh = max(1, Int32(min(pixelsHigh, fitted.height * density)))
        guard let scaled = gdk_pixbuf_scale_simple(turned, targetWide, targetHigh, GDK_INTERP_BILINEAR) else {
            return .failure(ImageProblem(path: path, reason: "scale"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(scaled)) }
        return .success((surface(of: scaled), fitted.width, fitted.height))
    }

    /// Copies a pixbuf (RGB or RGBA, 8 bits) into a Cairo ARGB32 surface, alpha premultiplied.
    private static func surface(of pixbuf: OpaquePointer) -> OpaquePointer {
        let w = gdk_pixbuf_get_width(pixbuf), h = gdk_pixbuf_get_height(pixbuf)
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf)), stride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let alpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        let pixels = gdk_pixbuf_get_pixels(pixbuf)!
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        cairo_surface_flush(surface)
        let target = cairo_image_surface_get_data(surface)!
        let targetStride = Int(cairo_image_surface_get_stride(surface))
        for row in 0..<Int(h) {
            let source = pixels + row * stride
            let out = UnsafeMutableRawPointer(target + row * targetStride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<Int(w) {
                let p = source + column * channels
                let a = alpha ? UInt32(p[3]) : 255
                let r = UInt32(p[0]) * a / 255, g = UInt32(p[1]) * a / 255, b = UInt32(p[2]) * a / 255
                out[column] = a << 24 | r << 16 | g << 8 | b
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }
}

/// An image that could not be placed: which file, and why.
struct ImageProblem: Error {
    var path: String
    var reason: String
}
