/// The renderer's text measure with what it has already been asked remembered: a roster repeats its jabatan, units
/// and kecamatan thousands of times, and a block is measured when it is placed and again when it is drawn.
final class Measurer {
    let measure: any TextMeasure
    private struct Key: Hashable {
        var text: String
        var font: PaperFont
        var width: Double
    }
    private var heights: [Key: Double] = [:]
    private var lineHeights: [PaperFont: Double] = [:]

    init(_ measure: any TextMeasure) { self.measure = measure }

    /// The height of `text` in `font` wrapped at `width`.
    func height(_ text: String, _ font: PaperFont, _ width: Double) -> Double {
        let key = Key(text: text, font: font, width: width)
        if let known = heights[key] { return known }
        let measured = measure.height(of: text, font: font, width: width)
        // Names are each seen once; the memory is kept for what repeats.
        if heights.count < 50_000 { heights[key] = measured }
        return measured
    }

    /// The width of `text` on one line.
    func width(_ text: String, _ font: PaperFont) -> Double { measure.width(of: text, font: font) }

    /// The height of one line of `font`.
    func lineHeight(_ font: PaperFont) -> Double {
        if let known = lineHeights[font] { return known }
        let measured = measure.height(of: "Xg", font: font, width: 1000)
        lineHeights[font] = measured
        return measured
    }
}
