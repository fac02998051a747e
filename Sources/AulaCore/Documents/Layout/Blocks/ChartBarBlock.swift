/// One bar of a bar chart: its label at the left, the bar out of the chart's maximum, its figure at the right.
struct ChartBarBlock: LayoutBlock {
    var bar: Paper.Chart.Bar
    var maximum: Int
    static let font = PaperFont(size: 9)
    static let pitch = 15.0

    func height(width: Double, _ measurer: Measurer) -> Double {
        max(Self.pitch, measurer.height(bar.label, Self.font, width * 0.3) + 4)
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let labelWidth = box.width * 0.3, valueWidth = box.width * 0.18
        let barX = box.x + labelWidth + 6, barWidth = box.width - labelWidth - valueWidth - 12
        var ops: [DrawOp] = [
            .text(bar.label, x: box.x, y: box.y + 1, width: labelWidth, font: Self.font, align: .left),
            .rect(x: barX, y: box.y + 2, width: barWidth, height: Self.pitch - 5, fill: nil, stroke: 0.4),
        ]
        if maximum > 0, bar.value > 0 {
            let filled = barWidth * Double(min(bar.value, maximum)) / Double(maximum)
            ops.append(.rect(x: barX, y: box.y + 2, width: filled, height: Self.pitch - 5, fill: 0.45, stroke: nil))
        }
        ops.append(.text(bar.text, x: barX + barWidth + 6, y: box.y + 1, width: valueWidth, font: Self.font, align: .left))
        return ops
    }
}
