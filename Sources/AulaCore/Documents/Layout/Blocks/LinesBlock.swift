/// Lines set one under another at the left and kept together (an address: "Yth. ...", "di –", "Tempat").
struct LinesBlock: LayoutBlock {
    var lines: [String]
    var font = PaperFont.body

    func height(width: Double, _ measurer: Measurer) -> Double {
        lines.reduce(0) { $0 + measurer.height($1, font, width) }
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        var y = box.y
        return lines.map { line in
            defer { y += measurer.height(line, font, box.width) }
            return .text(line, x: box.x, y: y, width: box.width, font: font, align: .left)
        }
    }
}
