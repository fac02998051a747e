/// One "label : value" line of a paper's fields (Hari/Tanggal : Jumat, 27 Maret 2020), as tall as the longer of
/// its wrapped label and value.
struct FieldRowBlock: LayoutBlock {
    var field: Paper.Field
    /// The labels' column: as wide as the group's longest label, at most a third of the width.
    var labelWidth: Double
    var font = PaperFont.body
    /// The colon's column.
    static let colon = 12.0

    /// The rows of `fields`, their labels sharing one column.
    static func rows(_ fields: [Paper.Field], width: Double, _ measurer: Measurer) -> [FieldRowBlock] {
        let labelWidth = min(width / 3, fields.map { measurer.width($0.label, .body) }.max() ?? 0) + 6
        return fields.map { FieldRowBlock(field: $0, labelWidth: labelWidth) }
    }

    func height(width: Double, _ measurer: Measurer) -> Double {
        max(measurer.height(field.label, font, labelWidth), measurer.height(field.value, font, width - labelWidth - Self.colon))
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let valueX = box.x + labelWidth + Self.colon
        return [.text(field.label, x: box.x, y: box.y, width: labelWidth, font: font, align: .left),
                .text(":", x: box.x + labelWidth, y: box.y, width: Self.colon, font: font, align: .left),
                .text(field.value, x: valueX, y: box.y, width: box.x + box.width - valueX, font: font, align: .left)]
    }
}
