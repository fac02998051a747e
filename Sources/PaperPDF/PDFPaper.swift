import AulaCore
import CPangoCairo
import Foundation

/// Papers as PDF: planned by `PagePlanner`, drawn with Cairo and Pango (fonts subset and embedded, text searchable).
public enum PDFPaper {
    /// The PDF of `papers` on `size` sheets, and what could not be placed (an image that is not one, cut short, ...):
    /// the paper is still made, without it. Images are paths inside `folder`; `logo` is the kop's.
    /// `progress` hears how many pages are done, as each is drawn.
    public static func render(_ papers: [Paper], size: PaperSize, lang: Lang, folder: URL, logo: String?,
                              title: String, progress: ((Int) -> Void)? = nil) throws -> (bytes: [UInt8], problems: [String]) {
        let sink = Sink()
        let box = Unmanaged.passRetained(sink)
        defer { box.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque(), size.width, size.height) else {
            throw AulaError(id: "PDF tidak bisa dibuat.", en: "The PDF could not be made.")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, TextSanitizer.line(title))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Aula")
        let cairo = cairo_create(surface)!
        defer { cairo_destroy(cairo) }
        let text = PangoText(cairo: cairo)
        var drawer = Drawer(cairo: cairo, text: text, folder: folder)
        // Each page is drawn as soon as it is laid out and then let go.
        var number = 0
        let planned = PagePlanner.stream(papers, frame: PageFrame(size), measure: text, lang: lang, logo: logo) { page in
            number += 1
            for bookmark in page.bookmarks {
                cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, TextSanitizer.line(bookmark), "page=\(number)", cairo_pdf_outline_flags_t(rawValue: 0))
            }
            for op in page.ops { drawer.draw(op) }
            drawer.flush()
            cairo_show_page(cairo)
            progress?(number)
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw AulaError(id: "PDF gagal dibuat: " + String(cString: cairo_status_to_string(status)),
                            en: "The PDF failed: " + String(cString: cairo_status_to_string(status)))
        }
        var problems = drawer.problems.map { problem in
            lang.t("Gambar \(problem.path) tidak dimuat (\(problem.reason)); dokumen dibuat tanpa gambar itu.",
                   "Image \(problem.path) was left out (\(problem.reason)); the paper was made without it.")
        }
        problems += planned.problems
        if text.unfontedCount > 0 {
            let examples = text.unfonted.map { "\"\($0)\"" }.joined(separator: ", ")
            problems.append(lang.t(
                "\(text.unfontedCount) teks memuat huruf yang tidak ada di font mesin ini (\(examples)); huruf itu tercetak "
                    + "sebagai kotak. Pasang fontnya (Tionghoa, Jepang, Korea: apt install fonts-noto-cjk), lalu buat ulang.",
                "\(text.unfontedCount) texts have characters no font on this machine has (\(examples)); they print as boxes. "
                    + "Install the font (Chinese, Japanese, Korean: apt install fonts-noto-cjk) and make the paper again."))
        }
        return (sink.bytes, problems)
    }
}

/// The PDF's bytes as Cairo writes them.
private final class Sink {
    var bytes: [UInt8] = []
}

/// Draws planned operations on a Cairo context.
private struct Drawer {
    let cairo: OpaquePointer
    let text: PangoText
    let folder: URL
    private var images: [String: (surface: OpaquePointer, width: Double, height: Double)?] = [:]
    private(set) var problems: [ImageProblem] = []

    init(cairo: OpaquePointer, text: PangoText, folder: URL) {
        self.cairo = cairo
        self.text = text
        self.folder = folder
    }

    /// The line width of the outlines gathered into the current path, not stroked yet.
    private var pendingOutlines: Double?

    /// Shows the Latin text placed so far and strokes the outlines gathered: a table's cell borders go out as one
    /// path per run of cells, not one stroke each (a fifth of the time of a 100,000-seat daftar hadir went into
    /// single strokes), and its text as one run of glyphs per font.
    mutating func flush() {
        text.flush(on: cairo)
        guard let width = pendingOutlines else { return }
        cairo_set_source_rgb(cairo, 0, 0, 0)
        cairo_set_line_width(cairo, width)
        cairo_stroke(cairo)
        pendingOutlines = nil
    }

    mutating func draw(_ op: DrawOp) {
        if case .rect(let x, let y, let width, let height, nil, let stroke?) = op {
            if pendingOutlines != stroke { flush() }
            pendingOutlines = stroke
            cairo_rectangle(cairo, x, y, width, height)
            return
        }
        // Latin text waits for the page's end (or the next other drawing) with the outlines; see PangoText.
        if case .text(let string, let x, let y, let width, let font, let align) = op,
           text.placeLatin(string, x: x, y: y, width: width, font: font, align: align) {
            return
        }
        flush()
        cairo_set_source_rgb(cairo, 0, 0, 0)
        switch op {
        case .text(let string, let x, let y, let width, let font, let align):
            text.drawShaped(string, on: cairo, x: x, y: y, width: width, font: font, align: align)
        case .line(let x1, let y1, let x2, let y2, let width, let dotted):
            cairo_set_line_width(cairo, width)
            if dotted {
                let pattern: [Double] = [1, 2]
                cairo_set_dash(cairo, pattern, 2, 0)
            }
            cairo_move_to(cairo, x1, y1)
            cairo_line_to(cairo, x2, y2)
            cairo_stroke(cairo)
            cairo_set_dash(cairo, nil, 0, 0)
        case .rect(let x, let y, let width, let height, let fill, let stroke):
            cairo_rectangle(cairo, x, y, width, height)
            if let fill {
                cairo_set_source_rgb(cairo, fill, fill, fill)
                if stroke == nil { cairo_fill(cairo) } else { cairo_fill_preserve(cairo) }
                cairo_set_source_rgb(cairo, 0, 0, 0)
            }
            if let stroke {
                cairo_set_line_width(cairo, stroke)
                cairo_stroke(cairo)
            }
        case .image(let path, let x, let y, let width, let height, let onBottom):
            guard let image = image(path, width, height) else { return }
            cairo_save(cairo)
            // Centred in its box (or resting on its bottom), scaled from the pixels kept to the points it covers.
            cairo_translate(cairo, x + (width - image.width) / 2, y + (height - image.height) / (onBottom ? 1 : 2))
            cairo_scale(cairo, image.width / Double(cairo_image_surface_get_width(image.surface)),
                        image.height / Double(cairo_image_surface_get_height(image.surface)))
            cairo_set_source_surface(cairo, image.surface, 0, 0)
            cairo_paint(cairo)
            cairo_restore(cairo)
        case .qr(let code, let x, let y, let size):
            guard let symbol = QRSymbol(code) else { return }
            // Vector squares, filled as one path: sharp at any print size.
            symbol.addPath(to: cairo, x: x, y: y, size: size)
            cairo_fill(cairo)
        case .barcode(let code, let x, let y, let width, let height):
            guard let widths = Code128.widths(code) else { return }
            // Vector bars, filled as one path; the quiet zones are the box's blank ends.
            let module = width / Double(widths.reduce(0, +) + 2 * Code128.quietZone)
            var at = x + Double(Code128.quietZone) * module
            for (index, modules) in widths.enumerated() {
                let w = Double(modules) * module
                if index % 2 == 0 { cairo_rectangle(cairo, at, y, w, height) }
                at += w
            }
            cairo_fill(cairo)
        }
    }

    private mutating func image(_ path: String, _ width: Double, _ height: Double) -> (surface: OpaquePointer, width: Double, height: Double)? {
        if let known = images[path] { return known }
        let url = folder.appendingPathComponent(path)
        let loaded: (surface: OpaquePointer, width: Double, height: Double)?
        if !StoredFile.isStoredPath(path, in: "images") && !StoredFile.isStoredPath(path, in: "photos") {
            problems.append(ImageProblem(path: path, reason: "outside the session folder"))
            loaded = nil
        } else {
            switch PaperImage.load(url.path, width: width, height: height) {
            case .success(let image): loaded = image
            case .failure(let problem):
                problems.append(ImageProblem(path: path, reason: problem.reason))
                loaded = nil
            }
        }
        images[path] = loaded
        return loaded
    }
}
