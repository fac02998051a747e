/// A seat's check-in code on its letter, at the right under the address: the QR with the code under it, as a reader's
/// eye and a phone look for it, and left of them the same code as a barcode for a scanner that reads only lines.
struct CodeBlock: LayoutBlock {
    var code: String
    /// The QR on a letter: 25 mm, read by a phone or a scanner at arm's length.
    static let size = 25 * PaperSize.mm
    /// A barcode's bars: 0.25 mm a module (what a laser scanner reads at arm's length), 10 mm high.
    static let barcodeModule = 0.25 * PaperSize.mm
    static let barcodeHeight = 10 * PaperSize.mm
    static let font = PaperFont(size: 8)

    /// How wide `code`'s barcode is with its quiet zones; nil when it cannot be one.
    static func barcodeWidth(_ code: String) -> Double? {
        Code128.modules(code).map { Double($0 + 2 * Code128.quietZone) * barcodeModule }
    }

    func height(width: Double, _ measurer: Measurer) -> Double { Self.size + measurer.lineHeight(Self.font) + 2 }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let x = box.x + box.width - Self.size
        var ops: [DrawOp] = [.qr(code, x: x, y: box.y, size: Self.size),
                             .text(code, x: x - 20, y: box.y + Self.size, width: Self.size + 20, font: Self.font, align: .right)]
        if let width = Self.barcodeWidth(code) {
            ops.append(.barcode(code, x: x - 6 * PaperSize.mm - width, y: box.y + Self.size - Self.barcodeHeight,
                                width: width, height: Self.barcodeHeight))
        }
        return ops
    }
}
