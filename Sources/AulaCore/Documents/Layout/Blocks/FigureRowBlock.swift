/// A row of photos, each above its caption, in cells of one size: one photo across when the paper has one or two
/// (two rows a page), two across when more (three rows a page).
struct FigureRowBlock: LayoutBlock {
    var figures: [Paper.Figure]
    var columns: Int
    /// The row's height: a share of the page's body.
    var rowHeight: Double
    static let font = PaperFont(size: 9)
    static let gap = 14.0

    /// The rows of `figures` for a page body `body` points tall, what heads the first page (`head`) left out.
    static func rows(_ figures: [Paper.Figure], body: Double) -> [FigureRowBlock] {
        let columns = figures.count <= 2 ? 1 : 2, rows = figures.count <= 2 ? 2 : 3
        // A fifth of the page is left for the lampiran's heading and title, on the first page as on the others.
        let height = (body * 0.8 - 1) / Double(rows)
        return stride(from: 0, to: figures.count, by: columns).map {
            FigureRowBlock(figures: Array(figures[$0..<min(figures.count, $0 + columns)]), columns: columns, rowHeight: height)
        }
    }

    func height(width: Double, _ measurer: Measurer) -> Double { rowHeight }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let cellWidth = (box.width - Double(columns - 1) * Self.gap) / Double(columns)
        let caption = figures.map { measurer.height($0.caption, Self.font, cellWidth) }.max() ?? 0
        let image = box.height - caption - 4 - Self.gap
        return figures.enumerated().flatMap { column, figure -> [DrawOp] in
            let x = box.x + Double(column) * (cellWidth + Self.gap)
            return [.image(path: figure.path, x: x, y: box.y, width: cellWidth, height: image, onBottom: true),
                    .text(figure.caption, x: x, y: box.y + image + 4, width: cellWidth, font: Self.font, align: .center)]
        }
    }
}
