/// A row of name tags, two across and four rows to a page, each in its box with dashed cut lines: the name, jabatan
/// and unit, and the QR with its code (and the barcode where the tag is wide enough); a blank tag has dotted lines to
/// write on.
struct NameTagRowBlock: LayoutBlock {
    var tags: [Paper.NameTag]
    /// A quarter of the page's body.
    var rowHeight: Double
    static let columns = 2, rowsPerPage = 4
    static let pad = 10.0
    static let nameFont = PaperFont(size: 14, bold: true), small = PaperFont(size: 9.5), codeFont = PaperFont(size: 7.5)

    /// The rows of `tags` for a page body `body` points tall.
    static func rows(_ tags: [Paper.NameTag], body: Double) -> [NameTagRowBlock] {
        stride(from: 0, to: tags.count, by: columns).map {
            NameTagRowBlock(tags: Array(tags[$0..<min(tags.count, $0 + columns)]), rowHeight: body / Double(rowsPerPage) - 0.001)
        }
    }

    func height(width: Double, _ measurer: Measurer) -> Double { rowHeight }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let width = box.width / Double(Self.columns), height = box.height, top = box.y
        let pad = Self.pad, inner = width - 2 * pad
        var ops: [DrawOp] = []
        for (slot, tag) in tags.enumerated() {
            let x = box.x + Double(slot) * width
            ops += [.line(x1: x, y1: top, x2: x + width, y2: top, width: 0.4, dotted: true),
                    .line(x1: x, y1: top + height, x2: x + width, y2: top + height, width: 0.4, dotted: true),
                    .line(x1: x, y1: top, x2: x, y2: top + height, width: 0.4, dotted: true),
                    .line(x1: x + width, y1: top, x2: x + width, y2: top + height, width: 0.4, dotted: true)]
            guard !tag.code.isEmpty else {
                for line in 1...3 {
                    let lineY = top + Double(line) * height / 4
                    ops.append(.line(x1: x + pad, y1: lineY, x2: x + width - pad, y2: lineY, width: 0.6, dotted: true))
                }
                continue
            }
            var lineY = top + pad
            for (text, font) in [(tag.name, Self.nameFont), (tag.jabatan, Self.small), (tag.unit, Self.small)] where !text.isEmpty {
                ops.append(.text(text, x: x + pad, y: lineY, width: inner, font: font, align: .center))
                lineY += measurer.height(text, font, inner) + 2
            }
            // The QR with its code under it and, where the tag is wide enough, the barcode beside it, both centred
            // under the text (a tag whose text leaves no room for a QR keeps the barcode and the code).
            let codeLine = measurer.lineHeight(Self.codeFont)
            let bottom = top + height - pad - codeLine
            let size = min(TableGeometry.code * 1.3, bottom - lineY - 2)
            let gap = 4 * PaperSize.mm
            let hasQR = size > 10 * PaperSize.mm
            let bars = CodeBlock.barcodeWidth(tag.code).flatMap { (hasQR ? size + gap : 0) + $0 <= inner ? $0 : nil }
            let used = (hasQR ? size : 0) + (bars.map { (hasQR ? gap : 0) + $0 } ?? 0)
            let codeX = x + (width - used) / 2
            if hasQR { ops.append(.qr(tag.code, x: codeX, y: bottom - size, size: size)) }
            if let bars, bottom - CodeBlock.barcodeHeight >= lineY {
                ops.append(.barcode(tag.code, x: codeX + (hasQR ? size + gap : 0), y: bottom - CodeBlock.barcodeHeight,
                                    width: bars, height: CodeBlock.barcodeHeight))
            }
            // The code's text under the QR, as a reader's eye looks for it (under the barcode when there is no QR).
            let under = hasQR ? size : used
            ops.append(.text(tag.code, x: codeX + under / 2 - inner / 2, y: bottom + 1, width: inner, font: Self.codeFont, align: .center))
        }
        return ops
    }
}
