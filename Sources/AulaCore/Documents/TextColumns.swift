/// A table's column widths in the text form, in characters, by the rule the PDF's columns follow (CSS 2.1's automatic
/// table layout): each column at least its min-content (a number, NIP, NPWP, amount, time or date whole; a word up to
/// twelve characters, or down to four where the table needs it; longer words may be cut), the rest shared in proportion
/// to max minus min; first, what nine cells in ten of a column need, to the columns that need least more. A signing form keeps a
/// Tanda Tangan column of at least 14 characters.
enum TextColumns {
    /// The least a word is given before it may be cut, tried in turn.
    static let wordMinimums = [12, 10, 8, 6, 4]
    /// The least a signature column is given.
    static let signatureMinimum = 14
    /// How many rows are read for what a column's cells usually need.
    static let typicalSample = 2_000

    /// What a column's cells need, read once: its longest number (never cut), its longest word, its longest text,
    /// and what nine cells in ten need.
    struct Needs {
        var rigid = 1, word = 1, most = 1, typical = 1
    }

    /// The widths for `table` in `total` columns (its rules included), or nil when even the least does not fit.
    static func widths(_ table: Paper.Table, total: Int) -> [Int]? {
        let needs = columnNeeds(table)
        return wordMinimums.lazy.compactMap { widths(table, needs, total: total, wordMinimum: $0) }.first
    }

    static func columnNeeds(_ table: Paper.Table) -> [Needs] {
        let signing = table.rowPadding > 0 && table.headers.count > 1
        let sized = signing ? table.headers.count - 1 : table.headers.count
        // Rows spread evenly over the table, for what most cells of a column need.
        let step = max(1, table.rows.count / typicalSample)
        return (0..<sized).map { column in
            var needs = Needs()
            let cells = table.rows.lazy.map { $0.indices.contains(column) ? $0[column] : "" }
            for word in table.headers[column].split(separator: " ") { needs.word = max(needs.word, DisplayWidth.of(String(word))) }
            needs.most = DisplayWidth.of(table.headers[column])
            for text in ColumnWidths.longest(cells, count: ColumnWidths.sample, by: { $0.utf8.count }) {
                needs.most = max(needs.most, DisplayWidth.of(text))
            }
            for text in ColumnWidths.longest(cells, count: ColumnWidths.sample, by: ColumnWidths.longestPieceLength) {
                for piece in ColumnWidths.pieces(text) {
                    let width = DisplayWidth.of(String(piece))
                    if piece.contains(where: \.isNumber) { needs.rigid = max(needs.rigid, width) } else { needs.word = max(needs.word, width) }
                }
            }
            let sampled = stride(from: 0, to: table.rows.count, by: step).map { DisplayWidth.of(cells[$0]) }.sorted()
            needs.typical = sampled.isEmpty ? 0 : sampled[sampled.count * 9 / 10]
            return needs
        }
    }

    private static func widths(_ table: Paper.Table, _ needs: [Needs], total: Int, wordMinimum: Int) -> [Int]? {
        var least = needs.map { max($0.rigid, min($0.word, wordMinimum)) }
        var most = zip(needs, least).map { max($0.most, $1) }
        var typical = needs.indices.map { min(most[$0], max(least[$0], needs[$0].typical)) }
        if needs.count < table.headers.count {
            least.append(signatureMinimum)
            most.append(max(signatureMinimum, DisplayWidth.of(table.headers[needs.count])))
            typical.append(signatureMinimum)
        }
        let available = total - (least.count + 1)
        let needed = least.reduce(0, +), usual = typical.reduce(0, +), wanted = most.reduce(0, +)
        guard needed <= available else { return nil }
        if wanted <= available {
            // Every text on one line; what is left goes to the widest texts' columns.
            return share(available - wanted, over: most, by: most)
        }
        if usual <= available {
            // Nine cells in ten on one line ("Kepala Desa" whole down the column); the rest towards the longest.
            return share(available - usual, over: typical, by: zip(most, typical).map { $0 - $1 })
        }
        // Where not every column can have that, the columns that need the least more get it first; what is left is
        // shared by what the others still want.
        var widths = least, left = available - needed
        for column in least.indices.sorted(by: { typical[$0] - least[$0] < typical[$1] - least[$1] }) {
            let more = typical[column] - least[column]
            if more <= left {
                widths[column] = typical[column]
                left -= more
            }
        }
        return share(left, over: widths, by: zip(typical, widths).map { $0 - $1 })
    }

    /// `base` with `extra` characters more, shared in proportion to `weights` (the rounding's leftovers to the
    /// largest remainders).
    static func share(_ extra: Int, over base: [Int], by weights: [Int]) -> [Int] {
        let total = weights.reduce(0, +)
        guard total > 0, extra > 0 else { return base }
        let exact = weights.map { Double(extra) * Double($0) / Double(total) }
        var widths = zip(base, exact).map { $0 + Int($1.rounded(.down)) }
        var left = extra - exact.reduce(0) { $0 + Int($1.rounded(.down)) }
        for index in exact.indices.sorted(by: { exact[$0] - exact[$0].rounded(.down) > exact[$1] - exact[$1].rounded(.down) }) where left > 0 {
            widths[index] += 1
            left -= 1
        }
        return widths
    }
}
