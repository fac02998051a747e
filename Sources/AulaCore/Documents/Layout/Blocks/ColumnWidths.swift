/// A table's column widths as CSS 2.1's automatic table layout sets them (WeasyPrint's `auto_table_layout`): each
/// column's min-content width (its longest piece that may not break) and max-content width (its longest text on one
/// line); every column gets at least its min, the rest is shared in proportion to max minus min. A signing form's
/// Tanda Tangan column takes at least 30 mm and 22% of the table. Numbers, NIP, NPWP, NIK, phones, amounts, times and
/// dates are one piece each; a name with gelar breaks only between its words.
struct ColumnWidths: Equatable {
    /// The widths in points, summing to the table's width.
    var widths: [Double]
    /// The columns whose min-content did not fit (their words may break): the paper says so.
    var tooNarrow: [Int]

    /// Room around a cell's text: the padding either side and the rule.
    static let padding = 2 * TableGeometry.cellPadding + 1
    /// How many of a column's texts are measured: the longest, by characters (a 100,000-row roster is not
    /// measured row by row).
    static let sample = 40

    /// The widths for `table` across `width` points, its cells set in `size` points (the header bold).
    init(_ table: Paper.Table, width: Double, _ measurer: Measurer, size: Double = PaperFont.table.size) {
        let font = PaperFont(size: size), headerFont = PaperFont(size: size, bold: true)
        let signing = table.rowPadding > 0 && table.headers.count > 1
        let sized = signing ? table.headers.count - 1 : table.headers.count
        var least = [Double](repeating: Self.padding, count: sized), most = least
        for column in 0..<sized {
            let cells = table.rows.lazy.map { $0.indices.contains(column) ? $0[column] : "" }
            let header = table.headers[column]
            // The header's words: "Unit/ Instansi" may break after its slash.
            for word in header.split(separator: " ") {
                least[column] = max(least[column], measurer.width(String(word), headerFont) + Self.padding)
            }
            most[column] = max(most[column], measurer.width(header, headerFont) + Self.padding)
            for text in Self.longest(cells, count: Self.sample, by: { $0.utf8.count }) where !text.isEmpty {
                most[column] = max(most[column], measurer.width(text, font) + Self.padding)
            }
            for text in Self.longest(cells, count: Self.sample, by: Self.longestPieceLength) where !text.isEmpty {
                for piece in Self.pieces(text) {
                    least[column] = max(least[column], measurer.width(String(piece), font) + Self.padding)
                }
            }
            most[column] = max(most[column], least[column])
        }
        if signing {
            // The Tanda Tangan column: at least 30 mm and 22% of the table; a quarter where there is room.
            let floor = max(30 * PaperSize.mm, 0.22 * width)
            least.append(floor)
            most.append(max(floor, width / 4))
        }
        let needed = least.reduce(0, +), wanted = most.reduce(0, +)
        if needed > width {
            // Not even the unbreakable pieces fit: the columns of words give up room in proportion to their min
            // (their words break), the others keep theirs; the paper says which.
            let breakable = (0..<sized).filter { column in
                !table.rows.prefix(Self.sample).allSatisfy { !$0.indices.contains(column) || Self.isRigid($0[column]) }
            }
            let fixed = least.indices.filter { !breakable.contains($0) }.reduce(0) { $0 + least[$1] }
            let shared = breakable.reduce(0) { $0 + least[$1] }
            let scale = shared > 0 ? max(0, width - fixed) / shared : 0
            widths = least.indices.map { breakable.contains($0) ? least[$0] * scale : least[$0] }
            if widths.reduce(0, +) > width + 0.01 { widths = least.map { $0 * width / needed } }
            tooNarrow = breakable.isEmpty ? Array(0..<sized) : breakable
        } else if wanted <= width {
            // Room for every text on one line: the rest shared in proportion to what each column wants.
            widths = most.map { $0 + (width - wanted) * $0 / wanted }
            tooNarrow = []
        } else {
            let extra = zip(most, least).map { $0 - $1 }, extraTotal = extra.reduce(0, +)
            widths = zip(least, extra).map { $0 + (width - needed) * $1 / extraTotal }
            tooNarrow = []
        }
    }

    /// The pieces of `text` that are never broken: its words, or the whole of it when it is a number, an amount, a
    /// phone, a time or a date ("27 Maret 2020").
    static func pieces(_ text: String) -> [Substring] {
        if isRigid(text) { return [Substring(text)] }
        return text.split(separator: " ")
    }

    /// Text that is kept on one line: no letter in it (a number, NIP, NPWP, phone, amount, time range), or a date
    /// ("27 Maret 2020"). Read byte by byte: every cell of a roster is asked.
    static func isRigid(_ text: String) -> Bool {
        var ascii = true, letter = false
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letter = true; break }
        }
        if !letter && (ascii || !text.contains(where: \.isLetter)) { return true }
        // A date: one or two digits, a word, four digits.
        let words = text.utf8.split(separator: 0x20)
        let digits = { (word: Substring.UTF8View.SubSequence) in word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        return words.count == 3 && words[0].count <= 2 && digits(words[0]) && words[2].count == 4 && digits(words[2])
    }

    /// The length in bytes of the longest piece of `text`.
    static func longestPieceLength(_ text: String) -> Int {
        if isRigid(text) { return text.utf8.count }
        var longest = 0, current = 0
        for byte in text.utf8 {
            if byte == 0x20 { current = 0 } else {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }

    /// The `count` texts that are longest by `length` (in no order): one pass, the shortest kept replaced when a
    /// longer one comes.
    static func longest(_ texts: some Sequence<String>, count: Int, by length: (String) -> Int) -> [String] {
        var kept: [(length: Int, text: String)] = []
        kept.reserveCapacity(count)
        var shortest = 0
        for text in texts {
            let size = length(text)
            if kept.count < count {
                kept.append((size, text))
                if size < kept[shortest].length { shortest = kept.count - 1 }
            } else if size > kept[shortest].length {
                kept[shortest] = (size, text)
                shortest = kept.indices.min { kept[$0].length < kept[$1].length }!
            }
        }
        return kept.map(\.text)
    }
}
