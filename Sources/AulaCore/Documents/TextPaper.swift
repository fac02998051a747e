/// The text form of papers for a printer: A4 pages of 80 columns and 60 lines, a form feed between pages,
/// "Halaman N dari M" at the foot, table headers repeated on each page, no line wider than 80 columns.
public enum TextPaper {
    public static let width = 80
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
    public static func bytes(_ papers: [Paper], lang: Lang) -> [UInt8] {
        var tables = TableLayouts()
        let groups = papers.map { Self.groups($0, tables: &tables) }
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
                appendTrimmed(center(lang.t("Halaman \(index + 1) dari \(pages.count)", "Page \(index + 1) of \(pages.count)")),
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
    static func groups(_ paper: Paper, tables: inout TableLayouts) -> [Group] {
        var out: [Group] = []
        var pendingHeading: [String] = []
        for group in blockGroups(paper, tables: &tables) {
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

    static func blockGroups(_ paper: Paper, tables: inout TableLayouts) -> [Group] {
        var out: [Group] = []
        let head = paper.letterhead.flatMap { wrap($0, width: width).map(center) }
            + (paper.letterhead.isEmpty ? [] : [String(repeating: "=", count: width)])
            + (paper.lampiran?.lines ?? []).flatMap { wrap($0, width: width / 2).map { String(repeating: " ", count: width / 2) + $0 } }
        out.append(Group(lines: head + [""] + wrap(paper.title, width: width).map(center) + [""]))
        let labelWidth = min(16, paper.info.map { DisplayWidth.of($0.label) }.max() ?? 0)
        out.append(Group(lines: fieldLines(paper.info, labelWidth: labelWidth) + [""]))
        for block in paper.blocks {
            switch block {
            case .heading(let text):
                out.append(Group(lines: [""] + wrap(text, width: width), isHeading: true))
            case .paragraph(let text):
                out.append(Group(lines: wrap(text, width: width - 3).map { "   " + $0 } + [""]))
            case .blank(let count):
                out.append(Group(lines: Array(repeating: "   " + String(repeating: ".", count: width - 3), count: count) + [""]))
            case .fields(let fields):
                out.append(Group(lines: fieldLines(fields, labelWidth: 12).map { "   " + $0 }))
            case .list(let items):
                for item in items {
                    let wrapped = wrap(item, width: width - 6)
                    out.append(Group(lines: wrapped.enumerated().map { ($0.offset == 0 ? "   " : "      ") + $0.element }))
                }
                out.append(Group(lines: [""]))
            case .table(let table):
                out += tables.groups(table)
                out.append(Group(lines: [""]))
            case .signatures(let placeAndDate, let signatures):
                out.append(Group(lines: signatureLines(placeAndDate, signatures)))
            case .chart(let chart):
                out.append(Group(lines: [""] + wrap(chart.title, width: width).map { "   " + $0 } + chartLines(chart) + [""]))
            case .lines(let lines):
                out.append(Group(lines: lines.flatMap { wrap($0, width: width) } + [""]))
            case .code(let code):
                out.append(Group(lines: [String(repeating: " ", count: max(0, width - DisplayWidth.of(code) - 2)) + "[" + code + "]", ""]))
            case .nameTags(let tags):
                for tag in tags {
                    let line = [tag.name, tag.jabatan, tag.unit].filter { !$0.isEmpty }.joined(separator: " — ")
                    out.append(Group(lines: wrap(line.isEmpty ? String(repeating: ".", count: 40) : line + "  [" + tag.code + "]",
                                             width: width - 3).map { "   " + $0 }))
                }
                out.append(Group(lines: [""]))
            case .figures(let figures):
                for figure in figures {
                    out.append(Group(lines: wrap(figure.caption + " (" + figure.path + ")", width: width - 6).map { "   " + $0 }))
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

    static func fieldLines(_ fields: [Paper.Field], labelWidth: Int) -> [String] {
        fields.flatMap { field -> [String] in
            let label = DisplayWidth.pad(field.label, to: labelWidth) + " : "
            let wrapped = wrap(field.value, width: width - DisplayWidth.of(label) - 3)
            return wrapped.enumerated().map { ($0.offset == 0 ? label : String(repeating: " ", count: DisplayWidth.of(label))) + $0.element }
        }
    }

    /// Tables already laid out in this render: the laporan's attachment repeats the daftar hadir's table, and
    /// at 100,000 seats laying it out is most of the work. Comparing first is cheap: the copy shares its storage.
    struct TableLayouts {
        private var done: [(table: Paper.Table, groups: [Group])] = []

        mutating func groups(_ table: Paper.Table) -> [Group] {
            if let known = done.first(where: { $0.table == table }) { return known.groups }
            let groups = tableGroups(table)
            done.append((table, groups))
            return groups
        }
    }

    static func tableGroups(_ table: Paper.Table) -> [Group] {
        let rule = "+" + table.widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+"
        let header = [rule] + rowLines(table.headers, table, alignRight: false) + [rule.replacingOccurrences(of: "-", with: "=")]
        let padding = Array(repeating: rowLines(Array(repeating: "", count: table.widths.count), table, alignRight: false),
                            count: table.rowPadding).flatMap { $0 }
        // A row's lines depend on that row alone, so a long roster is laid out on every core.
        let pieces = Parallel.pieces(count: table.rows.count) { range in
            range.map { index in
                var lines = rowLines(table.rows[index], table, alignRight: true, extra: padding.count + 1)
                lines += padding
                lines.append(rule)
                return Group(lines: lines, header: header)
            }
        }
        return [Group(lines: header)] + pieces.joined()
    }

    /// A table row's lines (more than one when a cell wraps), with room reserved for `extra` more lines.
    static func rowLines(_ cells: [String], _ table: Paper.Table, alignRight: Bool, extra: Int = 0) -> [String] {
        // Most cells fit on one line: only the others are wrapped (one array per row, not one per cell).
        let columns = min(cells.count, table.widths.count)
        var wrapped = [[String]?](repeating: nil, count: columns)
        var height = 1
        for column in 0..<columns where !fits(cells[column], table.widths[column]) {
            let parts = wrap(cells[column], width: table.widths[column])
            wrapped[column] = parts
            height = max(height, parts.count)
        }
        var lines: [String] = []
        lines.reserveCapacity(height + extra)
        for line in 0..<height {
            var out = "|"
            out.reserveCapacity(width + 1)
            for column in 0..<columns {
                let text = wrapped[column].map { line < $0.count ? $0[line] : "" } ?? (line == 0 ? cells[column] : "")
                let pad = spaces(table.widths[column] - DisplayWidth.of(text))
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

    /// Runs of spaces up to a line's width, made once.
    private static let spaceRuns = (0...width).map { String(repeating: " ", count: $0) }

    /// `count` spaces (none when negative).
    static func spaces(_ count: Int) -> String {
        count <= 0 ? "" : count <= width ? spaceRuns[count] : String(repeating: " ", count: count)
    }

    static func signatureLines(_ placeAndDate: String, _ signatures: [Paper.Signature]) -> [String] {
        let columnWidth = width / max(1, signatures.count)
        func row(_ parts: [String]) -> String {
            var line = ""
            for (i, part) in parts.enumerated() {
                let start = signatures.count == 1 ? width / 2 : i * columnWidth
                // The last column may use the rest of the line.
                let room = i == parts.count - 1 ? width - start : columnWidth - 2
                let cell = DisplayWidth.clip(part, to: room, ellipsis: true)
                line += String(repeating: " ", count: max(0, start - DisplayWidth.of(line))) + cell
            }
            return line
        }
        var lines = [""]
        lines.append(row(signatures.indices.map { $0 == signatures.count - 1 ? placeAndDate : "" }))
        lines.append(row(signatures.map(\.caption)))
        // A long jabatan ("Kepala Dinas Komunikasi dan Informatika") is wrapped at a word, not cut.
        let roles = signatures.map { signature in
            signature.role.isEmpty ? [] : wrap(signature.role, width: signatures.count == 1 ? width / 2 : columnWidth - 2)
        }
        for line in 0..<(roles.map(\.count).max() ?? 0) {
            lines.append(row(roles.map { $0.indices.contains(line) ? $0[line] : "" }))
        }
        lines += ["", "", ""]
        lines.append(row(signatures.map(\.name)))
        lines.append(row(signatures.map(\.nip)))
        return lines
    }

    /// Word-wraps by display width; words longer than the width are cut. Leading spaces are kept as an indent when
    /// two columns are left beside them.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        // Most table cells: one clean line that fits, with single spaces between words.
        if fits(text, width) { return [text] }
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

    static func center(_ text: String) -> String {
        let clipped = DisplayWidth.clip(text, to: width, ellipsis: true)
        return String(repeating: " ", count: max(0, (width - DisplayWidth.of(clipped)) / 2)) + clipped
    }
}
