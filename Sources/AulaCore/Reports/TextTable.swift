/// A plain-text table whose columns are sized by display width (wide characters count two).
public struct TextTable {
    /// Column titles.
    public var headers: [String]
    /// The widest each column may get; longer cells are cut with "…".
    public var maxWidths: [Int]
    /// The cells, row by row.
    public var rows: [[String]] = []

    /// The table as lines joined by newlines, two spaces between columns, no trailing spaces.
    /// A table with these column titles and widest widths, no rows yet.
    public init(headers: [String], maxWidths: [Int]) {
        self.headers = headers
        self.maxWidths = maxWidths
    }

    public func render() -> String {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(TextSanitizer.line(cell))) }
        }
        widths = zip(widths, maxWidths).map { min($0, $1) }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { i, cell in
                DisplayWidth.pad(TextSanitizer.line(cell), to: widths[i])
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
