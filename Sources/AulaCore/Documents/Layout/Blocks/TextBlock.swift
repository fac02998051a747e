/// Running text (a title, a heading, a paragraph, a list item after its number): wrapped at its box's width, as
/// tall as its lines, and cut between words where a page ends.
struct TextBlock: SplittableBlock {
    var text: String
    var font: PaperFont
    var align: TextAlign
    /// A list item's number or bullet, hanging in the left `markerWidth` points (only on the first part of a cut item).
    var marker: String?
    var markerWidth = 0.0

    init(_ text: String, font: PaperFont = .body, align: TextAlign = .left, marker: String? = nil, markerWidth: Double = 0) {
        self.text = text
        self.font = font
        self.align = align
        self.marker = marker
        self.markerWidth = markerWidth
    }

    func height(width: Double, _ measurer: Measurer) -> Double {
        text.isEmpty ? measurer.lineHeight(font) : measurer.height(text, font, width - markerWidth)
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        var ops: [DrawOp] = []
        if let marker { ops.append(.text(marker, x: box.x, y: box.y, width: markerWidth, font: font, align: .left)) }
        if !text.isEmpty {
            ops.append(.text(text, x: box.x + markerWidth, y: box.y, width: box.width - markerWidth, font: font, align: align))
        }
        return ops
    }

    func split(width: Double, height: Double, _ measurer: Measurer) -> (first: any LayoutBlock, rest: any LayoutBlock)? {
        let line = measurer.lineHeight(font)
        // Never one line alone at the foot of a page, nor a last line alone at the top of the next.
        guard height >= 2 * line, self.height(width: width, measurer) >= 4 * line - 0.01 else { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let inner = width - markerWidth
        // The most words that still fit (found by halving), leaving at least a line's worth for the next page.
        var low = 0, high = words.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if measurer.height(words[..<middle].joined(separator: " "), font, inner) <= height + 0.01 { low = middle } else { high = middle - 1 }
        }
        guard low > 0 else { return nil }
        var first = self
        first.text = words[..<low].joined(separator: " ")
        var rest = self
        rest.text = words[low...].joined(separator: " ")
        rest.marker = nil
        return (first, rest)
    }
}
