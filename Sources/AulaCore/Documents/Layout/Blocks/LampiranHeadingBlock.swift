/// The heading of a lampiran as Tata Naskah Dinas sets it, at the top right in place of a kop: "LAMPIRAN", what it is
/// attached to, and the letter's NOMOR and TANGGAL.
struct LampiranHeadingBlock: LayoutBlock {
    var lampiran: Paper.Lampiran
    static let font = PaperFont(size: 10)

    private var fields: [Paper.Field] { lampiran.fields }

    /// The right half of the width, or more where the letter's number needs it.
    private func left(_ width: Double) -> Double { width * 0.45 }

    private func rows(_ width: Double, _ measurer: Measurer) -> [FieldRowBlock] {
        let labelWidth = fields.map { measurer.width($0.label, Self.font) }.max() ?? 0
        return fields.map { FieldRowBlock(field: $0, labelWidth: labelWidth + 4, font: Self.font) }
    }

    func height(width: Double, _ measurer: Measurer) -> Double {
        let inner = width - left(width)
        return measurer.height(lampiran.heading, Self.font, inner)
            + rows(width, measurer).reduce(0) { $0 + $1.height(width: inner, measurer) } + 4
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let x = box.x + left(box.width), inner = box.width - left(box.width)
        var ops: [DrawOp] = [.text(lampiran.heading, x: x, y: box.y, width: inner, font: Self.font, align: .left)]
        var y = box.y + measurer.height(lampiran.heading, Self.font, inner)
        for row in rows(box.width, measurer) {
            let h = row.height(width: inner, measurer)
            ops += row.draw(in: Box(x: x, y: y, width: inner, height: h), measurer)
            y += h
        }
        return ops
    }
}
