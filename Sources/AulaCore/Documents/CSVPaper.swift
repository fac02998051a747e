/// The CSV form of a paper's tables (daftar hadir, rekap): UTF-8 with a BOM so Excel opens it, `,` or `;`.
public enum CSVPaper {
    /// The first table of the paper as CSV; nil for papers without a table.
    public static func render(_ paper: Paper, delimiter: Character) -> String? {
        for case .table(let table) in paper.blocks {
            var out = "\u{FEFF}"
            out += line(table.dataHeaders, delimiter)
            for row in table.rows {
                // The signature column holds layout, not data.
                out += line(table.rowPadding > 0 ? Array(row.dropLast()) + [""] : row, delimiter)
            }
            return out
        }
        return nil
    }

    static func line(_ cells: [String], _ delimiter: Character) -> String {
        cells.map { cell in
            var value = TextSanitizer.line(cell)
            // A leading = + - @ would be a formula in a spreadsheet.
            if let first = value.first, "=+-@".contains(first) { value = "'" + value }
            if value.contains(delimiter) || value.contains("\"") || value.contains("\n") {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: String(delimiter)) + "\r\n"
    }
}
