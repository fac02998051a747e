/// The text form of papers for a printer: A4 pages of 80 columns (or 132, condensed on a dot-matrix printer) and 60
/// lines, a form feed between pages, "Halaman N dari M" at the foot, table headers repeated on each page, no line
/// wider than the width, no amount, NIP or date broken, and a signing form refused where it cannot be signed.
public struct TextPaper: Sendable {
    /// The usual width: 80 columns.
    public static let width = 80
    /// The widths a text form is made in: 80 columns, or 132 (condensed print).
    public static let widths = [80, 132]
    /// Columns a line holds.
    let columns: Int
    public static let pageLines = 60
    /// Lines kept for the page footer (a blank line and the page number).
    static let footerLines = 2

    /// A run of lines kept on one page when it fits; `header` is repeated when a table continues on a new page.
    struct Group {
        var lines: [String]
        var header: [String] = []
        var isHeading = false
    }

    /// Papers one after another, each starting on a new page, numbered together, as UTF-8 bytes ready for a file or a
    /// printer.
    public static func bytes(_ papers: [Paper], lang: Lang, width: Int = TextPaper.width) throws -> [UInt8] {
        try Paper.requireNames(papers)
        let form = TextPaper(columns: width)
        var tables = TableLayouts()
        let groups = try papers.map { try form.groups($0, tables: &tables) }
        // Pages are planned as slices of groups first (the footers need the page count), then written out, a piece
        // of the pages on each core.
        let pages = groups.indices.flatMap { paper in paginate(groups[paper]).map { page in page.map { ($0, paper) } } }
        let pieces = Parallel.pieces(count: pages.count, minimumPerPiece: 64) { range in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * pageLines * (width / 2))
            for index in range {
                if index > 0 { out += [0x0A, 0x0C] }
                var used = 0
                for (slice, paper) in pages[index] {
                    let group = groups[paper][slice.group]
                    for line in (slice.isHeader ? group.header : group.lines)[slice.lines] {
                        appendTrimmed(line, to: &out)
                        out.append(0x0A)
                    }
                    used += slice.lines.count
                }
                // Blank lines down to the foot, then a blank line and the page number.
                out += repeatElement(0x0A, count: pageLines - footerLines - used + 1)
                appendTrimmed(form.center(lang.t("Halaman \(index + 1) dari \(pages.count)", "Page \(index + 1) of \(pages.count)")),
                              to: &out)
            }
            return out
        }
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(1) { $0 + $1.count })
        for piece in pieces { out += piece }
        out.append(0x0A)
        return out
    }

    /// Appends `line` without its trailing spaces.
    static func appendTrimmed(_ line: String, to out: inout [UInt8]) {
        var line = line
        line.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
    }

    /// Lines of one group on a page: some of its own lines, or its table header repeated.
    struct Slice: Equatable {
        var group: Int
        var lines: Range<Int>
        var isHeader = false
    }

    /// Where the groups fall on pages: a group that fits on a page is not split, and a table row continued on a new
    /// page repeats the table's header first.
    static func paginate(_ groups: [Group]) -> [[Slice]] {
        let capacity = pageLines - footerLines
        var pages: [[Slice]] = [[]]
        var used = 0
        func newPage(_ g: Int) {
            let header = groups[g].header.count < capacity ? groups[g].header.count : 0
            pages.append(header > 0 ? [Slice(group: g, lines: 0..<header, isHeader: true)] : [])
            used = header
        }
        for (g, group) in groups.enumerated() {
            let count = group.lines.count
            if used + count > capacity && used > 0 && count <= capacity - group.header.count { newPage(g) }
            var next = 0
            while next < count {
                if used >= capacity { newPage(g) }
                let take = min(capacity - used, count - next)
                pages[pages.count - 1].append(Slice(group: g, lines: next..<(next + take)))
                used += take
                next += take
            }
        }
        return pages
    }

    /// The paper as groups; a heading is kept with the group that follows it.
    func groups(_ paper: Paper, tables: inout TableLayouts) throws -> [Group] {
        var out: [Group] = []
        var pendingHeading: [String] = []
        for group in try blockGroups(paper, tables: &tables) {
            if group.isHeading {
                pendingHeading += group.lines
            } else if pendingHeading.isEmpty {
                out.append(group)
            } else {
                out.append(Group(lines: pendingHeading + group.lines, header: group.header))
                pendingHeading = []
            }
        }
        if !pendingHeading.isEmpty { out.append(Group(lines: pendingHeading)) }
        return out
    }

    func blockGroups(_ paper: Paper, tables: inout TableLayouts) throws -> [Group] {
        var out: [Group] = []
        let head = paper.letterhead.flatMap { Self.wrap($0, width: columns).map(center) }
            + (paper.letterhead.isEmpty ? [] : [String(repeating: "=", count: columns)])
            + (paper.lampiran?.lines ?? []).flatMap { Self.wrap($0, width: columns / 2).map { String(repeating: " ", count: columns / 2) + $0 } }
        let title = paper.title.isEmpty ? [] : Self.wrap(paper.title, width: columns).map(center) + [""]
        out.append(Group(lines: head + [""] + title))
        let labelWidth = min(20, paper.info.map { DisplayWidth.of($0.label) }.max() ?? 0)
        out.append(Group(lines: fieldLines(paper.info, labelWidth: labelWidth) + [""]))
        for block in paper.blocks {
            switch block {
            case .heading(let text):
                out.append(Group(lines: [""] + Self.wrap(text, width: columns), isHeading: true))
            case .paragraph(let text):
                out.append(Group(lines: Self.wrap(text, width: columns - 3).map { "   " + $0 } + [""]))
            case .blank(let count):
                out.append(Group(lines: Array(repeating: "   " + String(repeating: ".", count: columns - 3), count: count) + [""]))
            case .fields(let fields):
                out.append(Group(lines: fieldLines(fields, labelWidth: min(20, fields.map { DisplayWidth.of($0.label) }.max() ?? 0))
                    .map { "   " + $0 }))
            case .list(let items):
                for item in items {
                    let wrapped = Self.wrap(item, width: columns - 6)
                    out.append(Group(lines: wrapped.enumerated().map { ($0.offset == 0 ? "   " : "      ") + $0.element }))
                }
                out.append(Group(lines: [""]))
            case .table(let table):
                out += try tables.groups(table, form: self)
                out.append(Group(lines: [""]))
            case .signatures(let placeAndDate, let signatures):
                // Kept with the lines before it (a table's last row, the terbilang): never alone on a page.
                var blank = 0
                while let last = out.last, last.lines.allSatisfy(\.isEmpty), out.count > 1 {
                    blank += last.lines.count
                    out.removeLast()
                }
                let lines = Array(repeating: "", count: blank) + signatureLines(placeAndDate, signatures)
                if out.isEmpty { out.append(Group(lines: lines)) } else { out[out.count - 1].lines += lines }
            case .chart(let chart):
                out.append(Group(lines: [""] + Self.wrap(chart.title, width: columns).map { "   " + $0 } + Self.chartLines(chart) + [""]))
            case .lines(let lines):
                out.append(Group(lines: lines.flatMap { Self.wrap($0, width: columns) } + [""]))
            case .code(let code):
                out.append(Group(lines: [String(repeating: " ", count: max(0, columns - DisplayWidth.of(code) - 2)) + "[" + code + "]", ""]))
            case .nameTags(let tags):
                for tag in tags {
                    let line = [tag.name, tag.jabatan, tag.unit].filter { !$0.isEmpty }.joined(separator: " — ")
                    out.append(Group(lines: Self.wrap(line.isEmpty ? String(repeating: ".", count: 40) : line + "  [" + tag.code + "]",
                                             width: columns - 3).map { "   " + $0 }))
                }
                out.append(Group(lines: [""]))
            case .figures(let figures):
                for figure in figures {
                    out.append(Group(lines: Self.wrap(figure.caption + " (" + figure.path + ")", width: columns - 6).map { "   " + $0 }))
                }
                out.append(Group(lines: [""]))
            }
        }
        return out
    }

    /// "   Raihat          ████████████░░░░  75%": labels cut to 18 columns, bars of 40.
    static func chartLines(_ chart: Paper.Chart) -> [String] {
        let labelWidth = min(18, chart.bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        return chart.bars.map { bar in
            let filled = chart.maximum > 0 ? min(40, bar.value * 40 / chart.maximum) : 0
            return "   " + DisplayWidth.pad(DisplayWidth.clip(bar.label, to: labelWidth, ellipsis: true), to: labelWidth) + "  "
                + String(repeating: "█", count: filled) + String(repeating: "░", count: 40 - filled) + "  " + bar.text
        }
    }

    /// "Label : value" lines, the value wrapped beside the label's column and a label longer than it wrapped too (never
    /// cut).
    func fieldLines(_ fields: [Paper.Field], labelWidth: Int) -> [String] {
        fields.flatMap { field -> [String] in
            let labels = Self.wrap(field.label, width: labelWidth)
            let values = Self.wrap(field.value, width: columns - labelWidth - 3 - 3)
            return (0..<max(labels.count, values.count)).map { line in
                DisplayWidth.pad(line < labels.count ? labels[line] : "", to: labelWidth) + (line == 0 ? " : " : "   ")
                    + (line < values.count ? values[line] : "")
            }
        }
    }

    /// Tables already laid out in this render: the laporan's attachment repeats the daftar hadir's table, and
    /// at 100,000 seats laying it out is most of the work. Comparing first is cheap: the copy shares its storage.
    struct TableLayouts {
        private var done: [(table: Paper.Table, groups: [Group])] = []

        mutating func groups(_ table: Paper.Table, form: TextPaper) throws -> [Group] {
            if let known = done.first(where: { $0.table == table }) { return known.groups }
            let groups = try form.tableGroups(table)
            done.append((table, groups))
            return groups
        }
    }

    /// A table's groups: its header, then a group per row (its lines, padding and rule) that carries the header to
    /// repeat. A table whose least widths do not fit the line is refused: it says where it can be printed.
    func tableGroups(_ table: Paper.Table) throws -> [Group] {
        guard let widths = TextColumns.widths(table, total: columns) else {
            let wider = Self.widths.first { $0 > columns && TextColumns.widths(table, total: $0) != nil }
            throw AulaError(
                id: "Tabel \(table.dataHeaders.joined(separator: ", ")) tidak muat pada \(columns) kolom tanpa memotong angka "
                    + "atau menyempitkan kolom tanda tangan di bawah \(TextColumns.signatureMinimum) karakter. "
                    + (wider.map { "Cetak dengan --width \($0) (huruf rapat, printer dot-matrix), atau b" } ?? "B")
                    + "uat PDF atau xlsx: --format pdf / --format xlsx.",
                en: "The table \(table.dataHeaders.joined(separator: ", ")) does not fit \(columns) columns without breaking a number "
                    + "or narrowing the signature column below \(TextColumns.signatureMinimum) characters. "
                    + (wider.map { "Print it with --width \($0) (condensed, dot-matrix), or m" } ?? "M")
                    + "ake the PDF or the xlsx: --format pdf / --format xlsx.")
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+"
        let header = [rule] + Self.rowLines(table.headers, table, widths, alignRight: false) + [rule.replacingOccurrences(of: "-", with: "=")]
        let padding = Array(repeating: Self.rowLines(Array(repeating: "", count: widths.count), table, widths, alignRight: false),
                            count: table.rowPadding).flatMap { $0 }
        // A row's lines depend on that row alone, so a long roster is laid out on every core.
        let pieces = Parallel.pieces(count: table.rows.count) { range in
            range.map { index in
                var lines = Self.rowLines(table.rows[index], table, widths, alignRight: true, extra: padding.count + 1)
                lines += padding
                lines.append(rule)
                return Group(lines: lines, header: header)
            }
        }
        return [Group(lines: header)] + pieces.joined()
    }

    /// A table row's lines (more than one when a cell wraps), with room reserved for `extra` more lines.
    static func rowLines(_ cells: [String], _ table: Paper.Table, _ widths: [Int], alignRight: Bool, extra: Int = 0) -> [String] {
        // Most cells fit on one line: only the others are wrapped (one array per row, not one per cell).
        let columns = min(cells.count, widths.count)
        var wrapped = [[String]?](repeating: nil, count: columns)
        var height = 1
        for column in 0..<columns where !fits(cells[column], widths[column]) {
            let parts = wrap(cells[column], width: widths[column])
            wrapped[column] = parts
            height = max(height, parts.count)
        }
        var lines: [String] = []
        lines.reserveCapacity(height + extra)
        for line in 0..<height {
            var out = "|"
            for column in 0..<columns {
                var text = wrapped[column].map { line < $0.count ? $0[line] : "" } ?? (line == 0 ? cells[column] : "")
                // A signing form's even rows sign in the right half of the Tanda Tangan column.
                if alignRight && table.rowPadding > 0 && column == columns - 1 && text.hasPrefix(" ") {
                    text = spaces(widths[column] / 2) + text.trimmingCharacters(in: .whitespaces)
                }
                let pad = spaces(widths[column] - DisplayWidth.of(text))
                if alignRight && table.rightAligned[column] {
                    out += pad
                    out += text
                } else {
                    out += text
                    out += pad
                }
                out += "|"
            }
            lines.append(out)
        }
        return lines
    }

    /// True when `wrap` would give `text` back as its one line.
    static func fits(_ text: String, _ width: Int) -> Bool {
        TextSanitizer.isTidyLine(text) && DisplayWidth.of(text) <= width
    }

    /// Runs of spaces up to the widest line, made once.
    private static let spaceRuns = (0...widths.max()!).map { String(repeating: " ", count: $0) }

    /// `count` spaces (none when negative).
    static func spaces(_ count: Int) -> String {
        count <= 0 ? "" : count < spaceRuns.count ? spaceRuns[count] : String(repeating: " ", count: count)
    }

    /// Signature blocks side by side (one signer at the right half): the place and date above the last, caption and
    /// jabatan, room to sign, then the name and the NIP, each wrapped at its column (never cut), names on one line
    /// across the columns and NIPs on the next.
    func signatureLines(_ placeAndDate: String, _ signatures: [Paper.Signature]) -> [String] {
        let count = max(2, signatures.count)
        let columnWidth = columns / count
        let room = columnWidth - 2
        /// Lines made of one text per signer, each wrapped at its column (the last one to the line's end).
        func rows(_ texts: [String]) -> [String] {
            let wrapped = texts.enumerated().map { index, text in
                text.isEmpty ? [] : Self.wrap(text, width: index == texts.count - 1 ? columns - (count - 1) * columnWidth : room)
            }
            return (0..<(wrapped.map(\.count).max() ?? 0)).map { line in
                var out = ""
                for (index, parts) in wrapped.enumerated() where line < parts.count {
                    let start = (count - signatures.count + index) * columnWidth
                    out += String(repeating: " ", count: max(0, start - DisplayWidth.of(out))) + parts[line]
                }
                return out
            }
        }
        var lines = [""]
        // The place and date on one line over the last signer, ending at the line's end when longer than its column.
        let date = DisplayWidth.of(placeAndDate)
        if date > room {
            lines.append(Self.spaces(min((count - 1) * columnWidth, columns - date)) + placeAndDate)
        } else {
            lines += rows(signatures.indices.map { $0 == signatures.count - 1 ? placeAndDate : "" })
        }
        lines += rows(signatures.map(\.caption))
        lines += rows(signatures.map(\.role))
        // The room to sign, with a meterai's place where one is due.
        lines += [""] + (signatures.contains { $0.stamp != nil } ? rows(signatures.map { $0.stamp.map { "[" + $0 + "]" } ?? "" }) : [""]) + [""]
        lines += rows(signatures.map(\.name))
        lines += rows(signatures.map(\.nip))
        return lines
    }

    /// Word-wraps by display width; words longer than the width are cut. Leading spaces are kept as an indent when
    /// two columns are left beside them.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        // Most table cells: one clean line that fits, with single spaces between words.
        if fits(text, width) { return [text] }
        if let lines = asciiWrap(text, width: width) { return lines }
        return wordWrap(text, width: width)
    }

    /// `wrap` for any text, word by word by display width.
    static func wordWrap(_ text: String, width: Int) -> [String] {
        // Leading spaces are layout (the signature column's right-hand numbers): keep them on the first line.
        let indent = text.prefix { $0 == " " }.count
        if indent > 0 && indent <= width - 2 {
            var lines = wrap(String(text.dropFirst(indent)), width: width - indent)
            lines[0] = String(repeating: " ", count: indent) + lines[0]
            return lines
        }
        var lines: [String] = []
        let paragraphs = TextSanitizer.isTidyLine(text) ? [Substring(text)]
            : TextSanitizer.multiline(text).split(separator: "\n", omittingEmptySubsequences: false)
        for paragraph in paragraphs {
            var line = ""
            var lineWidth = 0
            for piece in paragraph.split(separator: " ") {
                var word = String(piece)
                var wordWidth = DisplayWidth.of(word)
                while wordWidth > width {
                    if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                    // A character wider than the whole width (東 in one column) gets a line of its own.
                    let clipped = DisplayWidth.clip(word, to: width)
                    let head = clipped.isEmpty ? String(word.prefix(1)) : clipped
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                if line.isEmpty {
                    line = word
                    lineWidth = wordWidth
                } else if lineWidth + 1 + wordWidth <= width {
                    line += " "
                    line += word
                    lineWidth += 1 + wordWidth
                } else {
                    lines.append(line)
                    line = word
                    lineWidth = wordWidth
                }
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }

    /// `wrap` for a tidy line of printable ASCII (most cells of a roster), on its bytes: one character a column.
    /// Nil for any other text.
    static func asciiWrap(_ text: String, width: Int) -> [String]? {
        guard TextSanitizer.isTidyLine(text), text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0
        while start < bytes.count {
            if bytes.count - start <= width {
                lines.append(String(decoding: bytes[start...], as: UTF8.self))
                break
            }
            let end = start + width
            if bytes[end] == 0x20 {
                lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = end + 1
                continue
            }
            var space = end - 1
            while space > start && bytes[space] != 0x20 { space -= 1 }
            // A word longer than the line is cut where the line ends.
            let cut = space > start ? space : end
            lines.append(String(decoding: bytes[start..<cut], as: UTF8.self))
            start = space > start ? space + 1 : end
        }
        return lines
    }

    func center(_ text: String) -> String {
        let clipped = DisplayWidth.clip(text, to: columns, ellipsis: true)
        return String(repeating: " ", count: max(0, (columns - DisplayWidth.of(clipped)) / 2)) + clipped
    }
}
