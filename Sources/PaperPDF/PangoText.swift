import AulaCore
import CPangoCairo

/// Pango on a Cairo context at 72 dpi, so one unit is one point: the one place text is measured and set, so the
/// plan and the page agree to the point.
final class PangoText: TextMeasure {
    private let context: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [PaperFont: OpaquePointer] = [:]
    /// Texts drawn with characters no installed font has (a Chinese name on a machine without a CJK font): Pango
    /// draws a box for each. The first few, for the message; `unfontedCount` counts them all.
    private(set) var unfonted: [String] = []
    private(set) var unfontedCount = 0
    /// Font families tried in order: metric twins of Arial, which offices type in, then any sans serif.
    static let families = "Liberation Sans, Arimo, Arial, Nimbus Sans, DejaVu Sans, sans-serif"

    init(cairo: OpaquePointer) {
        context = pango_cairo_create_context(cairo)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        layout = pango_layout_new(context)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        for case let face? in latinFaces.values { cairo_scaled_font_destroy(face.scaled) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private func description(_ font: PaperFont) -> OpaquePointer {
        if let known = fonts[font] { return known }
        let made = pango_font_description_from_string(Self.families)!
        pango_font_description_set_size(made, Int32(font.size * Double(aula_pango_scale())))
        pango_font_description_set_weight(made, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(made, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[font] = made
        return made
    }

    /// Sets the shared layout up for `text`; `width` nil for one unbroken line.
    private func prepare(_ text: String, _ font: PaperFont, width: Double?, align: TextAlign = .left) {
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(aula_pango_scale())).rounded(.down)) } ?? -1)
        switch align {
        case .left, .justify: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_justify(layout, align == .justify ? 1 : 0)
        pango_layout_set_text(layout, text, -1)
    }

    /// One line's height and each Latin character's advance, per font, measured once.
    private var lineHeights: [PaperFont: Double] = [:]
    private var advances: [PaperFont: [Double]] = [:]

    /// The glyph of every character below U+0250 in `font`'s Latin face (0 where `latinAdvances` is -1).
    private var glyphIndexes: [PaperFont: [UInt]] = [:]

    /// The advance of every character below U+0250 in `font`, as Cairo sets it from the face Pango chose; -1 for
    /// controls and characters the face lacks (Pango finds another font for those).
    private func latinAdvances(_ font: PaperFont) -> [Double]? {
        if let known = advances[font] { return known }
        guard let face = latinFace(font) else { return nil }
        var indexes = [UInt](repeating: 0, count: 0x250)
        let table = (0..<0x250).map { (code: UInt32) -> Double in
            guard (0x20..<0x7F).contains(code) || (0xA0..<0x250).contains(code) else { return -1 }
            let character = String(Character(UnicodeScalar(code)!))
            var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
            var count: Int32 = 0
            guard cairo_scaled_font_text_to_glyphs(face.scaled, 0, 0, character, -1, &glyphs, &count, nil, nil, nil)
                    == CAIRO_STATUS_SUCCESS, let glyphs else { return -1 }
            defer { cairo_glyph_free(glyphs) }
            guard count == 1, glyphs[0].index != 0 else { return -1 }
            var extents = cairo_text_extents_t()
            cairo_scaled_font_glyph_extents(face.scaled, glyphs, 1, &extents)
            indexes[Int(code)] = glyphs[0].index
            return extents.x_advance
        }
        advances[font] = table
        glyphIndexes[font] = indexes
        return table
    }

    /// Latin glyphs placed but not yet shown, by font, the fonts in the order first used (so that the same page is
    /// always written the same way): a page's Latin text goes out as one run of glyphs per font (shown one text at a
    /// time, most of a 100,000-seat daftar hadir's time went into Cairo taking each apart). A page uses two or three
    /// fonts, so a font's run is found by looking along them, not by hashing it for every glyph.
    private var pendingFonts: [PaperFont] = []
    private var pendingGlyphs: [[cairo_glyph_t]] = []

    /// Places `words` (Latin, their widths known) on the baseline from `x`, `gap` between words.
    private func place(_ words: [Substring], widths: [Double], gap: Double, x: Double, baseline: Double, font: PaperFont) {
        guard let advances = advances[font], let indexes = glyphIndexes[font] else { return }
        let slot = pendingFonts.firstIndex(of: font) ?? {
            pendingFonts.append(font)
            pendingGlyphs.append([])
            return pendingFonts.count - 1
        }()
        var at = x
        for (number, (word, width)) in zip(words, widths).enumerated() {
            if number > 0 { at += gap }
            var glyphX = at
            for scalar in word.unicodeScalars {
                let code = Int(scalar.value)
                pendingGlyphs[slot].append(cairo_glyph_t(index: indexes[code], x: glyphX, y: baseline))
                glyphX += advances[code]
            }
            at += width
        }
    }

    /// Shows the Latin glyphs placed so far, in black.
    func flush(on cairo: OpaquePointer) {
        guard !pendingFonts.isEmpty else { return }
        cairo_set_source_rgb(cairo, 0, 0, 0)
        for (font, glyphs) in zip(pendingFonts, pendingGlyphs) {
            guard let face = latinFaces[font] ?? nil else { continue }
            cairo_set_scaled_font(cairo, face.scaled)
            glyphs.withUnsafeBufferPointer { cairo_show_glyphs(cairo, $0.baseAddress, Int32($0.count)) }
        }
        pendingFonts.removeAll(keepingCapacity: true)
        pendingGlyphs.removeAll(keepingCapacity: true)
    }

    private func shapedWidth(_ text: String, _ font: PaperFont) -> Double {
        prepare(text, font, width: nil)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.width) / Double(aula_pango_scale())
    }

    private func lineHeight(_ font: PaperFont) -> Double {
        if let known = lineHeights[font] { return known }
        prepare("Xg", font, width: nil)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let height = Double(logical.height) / Double(aula_pango_scale())
        lineHeights[font] = height
        return height
    }

    func height(of text: String, font: PaperFont, width: Double) -> Double {
        // Latin text (nearly every cell of a roster) is broken into lines by its characters' advances, not shaped.
        if let advances = latinAdvances(font), let latin = LatinLines(text, advances: advances, width: width) {
            return Double(latin.lines.count) * lineHeight(font)
        }
        prepare(text, font, width: width)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.height) / Double(aula_pango_scale())
    }

    func width(of text: String, font: PaperFont) -> Double {
        if let advances = latinAdvances(font), let latin = LatinLines(text, advances: advances, width: .infinity) {
            return latin.lines[0].width
        }
        return shapedWidth(text, font)
    }

    /// The font Pango picks for Latin text in `font`, as Cairo draws it, and its baseline below a line's top.
    private var latinFaces: [PaperFont: (scaled: OpaquePointer, baseline: Double)?] = [:]

    private func latinFace(_ font: PaperFont) -> (scaled: OpaquePointer, baseline: Double)? {
        if let known = latinFaces[font] { return known }
        guard let loaded = pango_context_load_font(context, description(font)) else {
            latinFaces[font] = .some(nil)
            return nil
        }
        guard let pangos = pango_cairo_font_get_scaled_font(OpaquePointer(loaded)) else {
            g_object_unref(UnsafeMutableRawPointer(loaded))
            latinFaces[font] = .some(nil)
            return nil
        }
        // The same face and size with metrics unhinted, as Pango measured them (hinted, every advance would be
        // rounded to a whole point and a line would run past its box).
        var matrix = cairo_matrix_t(), ctm = cairo_matrix_t()
        cairo_scaled_font_get_font_matrix(pangos, &matrix)
        cairo_matrix_init_identity(&ctm)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        let scaled = cairo_scaled_font_create(cairo_scaled_font_get_font_face(pangos), &matrix, &ctm, options)!
        cairo_font_options_destroy(options)
        g_object_unref(UnsafeMutableRawPointer(loaded))
        prepare("Xg", font, width: nil)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(aula_pango_scale())
        latinFaces[font] = (scaled, baseline)
        return (scaled, baseline)
    }

    /// Places `text` in its box when it is Latin: set by Cairo from the font Pango chose, line by line as
    /// `LatinLines` broke it when it was measured (no shaping: a 100,000-seat daftar hadir in a third of the time),
    /// its glyphs shown at the next `flush`. False for any other text, which `drawShaped` draws.
    func placeLatin(_ text: String, x: Double, y: Double, width: Double, font: PaperFont, align: TextAlign) -> Bool {
        guard let advances = latinAdvances(font), let latin = LatinLines(text, advances: advances, width: width),
              let face = latinFace(font) else { return false }
        let step = lineHeight(font)
        for (number, line) in latin.lines.enumerated() {
            let baseline = y + face.baseline + Double(number) * step
            if align == .justify && number < latin.lines.count - 1 && line.words.count > 1 {
                // Justified: the room left shared between the words; the last line stays as it is.
                let gap = (width - line.widths.reduce(0, +)) / Double(line.words.count - 1)
                place(line.words, widths: line.widths, gap: gap, x: x, baseline: baseline, font: font)
                continue
            }
            let offset = align == .right ? width - line.width : align == .center ? (width - line.width) / 2 : 0
            place(line.words, widths: line.widths, gap: line.space, x: x + offset, baseline: baseline, font: font)
        }
        return true
    }

    /// Draws `text` in its box on `cairo` through Pango (other scripts, marks, line breaks), at once.
    func drawShaped(_ text: String, on cairo: OpaquePointer, x: Double, y: Double, width: Double, font: PaperFont,
                    align: TextAlign) {
        prepare(text, font, width: width, align: align)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            unfontedCount += 1
            if unfonted.count < 3 && !unfonted.contains(text) { unfonted.append(text) }
        }
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
    }
}
