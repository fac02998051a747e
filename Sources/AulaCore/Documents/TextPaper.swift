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

    /// Renders papers one after another, each starting on a new page, numbered together.
    public static func render(_ papers: [Paper], lang: Lang) -> String {
        var pages: [[String]] = []
        var tables = TableLayouts()
        for paper in papers { pages += paginate(groups(paper, tables: &tables)) }
        var out = ""
        out.reserveCapacity(pages.count * pageLines * (width / 2))
        for (index, page) in pages.enumerated() {
            if index > 0 { out += "\n\u{0C}" }
            for line in page {
                appendTrimmed(line, to: &out)
                out += "\n"
            }
            // Blank lines down to the foot, then a blank line and the page number.
            out += String(repeating: "\n", count: pageLines - footerLines - page.count + 1)
            appendTrimmed(center(lang.t("Halaman \(index + 1) dari \(pages.count)", "Page \(index + 1) of \(pages.count)")), to: &out)
        }
        return out + "\n"
    }

    /// Appends `line` without its trailing spaces.
    static func appendTrimmed(_ line: String, to out: inout String) {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        out += line[..<end]
    }

    static func paginate(_ groups: [Group]) -> [[String]] {
        let capacity = pageLines - footerLines
        var pages: [[String]] = [[]]
        for group in groups {
            var lines = group.lines
            if pages[pages.count - 1].count + lines.count > capacity && !pages[pages.count - 1].isEmpty
                && lines.count <= capacity - group.header.count {
                pages.append(group.header)
            }
            while !lines.isEmpty {
                let room = capacity - pages[pages.count - 1].count
                if room <= 0 {
                    pages.append(group.header)
                    continue
                }
                pages[pages.count - 1] += lines.prefix(room)
                lines.removeFirst(min(room, lines.count))
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
            }
        }
        return out
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
                Group(lines: rowLines(table.rows[index], table, alignRight: true) + padding + [rule], header: header)
            }
        }
        return [Group(lines: header)] + pieces.joined()
    }

    static func rowLines(_ cells: [String], _ table: Paper.Table, alignRight: Bool) -> [String] {
        let wrapped = zip(cells, table.widths).map { wrap($0, width: $1) }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        var lines: [String] = []
        lines.reserveCapacity(height)
        for line in 0..<height {
            var out = "|"
            out.reserveCapacity(width + 1)
            for (column, parts) in wrapped.enumerated() {
                let text = line < parts.count ? parts[line] : ""
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
                let cell = DisplayWidth.clip(part, to: columnWidth - 2, ellipsis: true)
                line += String(repeating: " ", count: max(0, start - DisplayWidth.of(line))) + cell
            }
            return line
        }
        var lines = [""]
        lines.append(row(signatures.indices.map { $0 == signatures.count - 1 ? placeAndDate : "" }))
        lines.append(row(signatures.map(\.caption)))
        if signatures.contains(where: { !$0.role.isEmpty }) { lines.append(row(signatures.map(\.role))) }
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
        if TextSanitizer.isTidyLine(text) && DisplayWidth.of(text) <= width { return [text] }
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
