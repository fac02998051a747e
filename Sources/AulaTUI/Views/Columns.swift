import AulaCore

/// Splits a width among columns: fixed ones keep their width, flexible ones share the rest by weight.
enum Columns {
    /// Widths for columns given as (fixed width or nil, weight), with one space between columns.
    static func widths(total: Int, _ specs: [(fixed: Int?, weight: Int)]) -> [Int] {
        let gaps = specs.count - 1
        let fixed = specs.compactMap(\.fixed).reduce(0, +)
        let flexible = max(0, total - fixed - gaps)
        let weights = specs.filter { $0.fixed == nil }.map(\.weight).reduce(0, +)
        var widths = specs.map { spec in spec.fixed ?? (weights == 0 ? 0 : flexible * spec.weight / weights) }
        if let last = specs.lastIndex(where: { $0.fixed == nil }) {
            widths[last] += flexible - widths.enumerated().filter { specs[$0.offset].fixed == nil }.map(\.element).reduce(0, +)
        }
        return widths
    }

    /// Draws cells at the widths, one space apart; numbers in `rightAligned` columns are right-aligned.
    static func draw(_ screen: inout ScreenBuffer, _ cells: [String], widths: [Int], x: Int, y: Int, style: Style,
                     rightAligned: Set<Int> = []) {
        var cx = x
        for (i, cell) in cells.enumerated() {
            let text = DisplayWidth.clip(TextSanitizer.line(cell), to: widths[i], ellipsis: true)
            let pad = rightAligned.contains(i) ? widths[i] - DisplayWidth.of(text) : 0
            screen.put(text, x: cx + pad, y: y, maxWidth: widths[i] - pad, style: style)
            cx += widths[i] + 1
        }
    }

    /// The column titles, bold and underlined.
    static func titles(_ screen: inout ScreenBuffer, _ titles: [String], widths: [Int], x: Int, y: Int, rightAligned: Set<Int> = []) {
        draw(&screen, titles, widths: widths, x: x, y: y, style: Style(bold: true, underline: true), rightAligned: rightAligned)
    }

    /// The first row to show so that `selected` is on screen among `count` rows in a window of `rows`.
    static func firstVisible(selected: Int, count: Int, rows: Int) -> Int {
        max(0, min(selected - rows + 1, count - rows))
    }
}
