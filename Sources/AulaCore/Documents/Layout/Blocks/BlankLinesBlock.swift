/// Dotted lines to write on by hand, where the session has no text yet; kept together.
struct BlankLinesBlock: LayoutBlock {
    var count: Int
    /// The distance between two lines: room for handwriting.
    static let pitch = 18.0

    func height(width: Double, _ measurer: Measurer) -> Double { Double(count) * Self.pitch + 2 }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        (1...max(1, count)).map { line in
            let y = box.y + Double(line) * Self.pitch
            return .line(x1: box.x, y1: y, x2: box.x + box.width, y2: y, width: 0.6, dotted: true)
        }
    }
}
