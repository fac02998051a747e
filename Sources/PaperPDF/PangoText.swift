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

    func height(of text: String, font: PaperFont, width: Double) -> Double {
        prepare(text, font, width: width)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.height) / Double(aula_pango_scale())
    }

    func width(of text: String, font: PaperFont) -> Double {
        prepare(text, font, width: nil)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Double(logical.width) / Double(aula_pango_scale())
    }

    /// Draws `text` in its box on `cairo`.
    func draw(_ text: String, on cairo: OpaquePointer, x: Double, y: Double, width: Double, font: PaperFont, align: TextAlign) {
        prepare(text, font, width: width, align: align)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            unfontedCount += 1
            if unfonted.count < 3 && !unfonted.contains(text) { unfonted.append(text) }
        }
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, layout)
    }
}
