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
        for paper in papers { pages += paginate(groups(paper)) }
        let total = pages.count
        return pages.enumerated().map { index, lines in
            var page = lines
            while page.count < pageLines - footerLines { page.append("") }
            page.append("")
            page.append(center(lang.t("Halaman \(index + 1) dari \(total)", "Page \(index + 1) of \(total)")))
            return page.map(trimEnd).joined(separator: "\n")
        }.joined(separator: "\n\u{0C}") + "\n"
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
    static func groups(_ paper: Paper) -> [Group] {
        var out: [Group] = []
        var pendingHeading: [String] = []
        for group in blockGroups(paper) {
            if group.isHeading {
                pendingHeading += group.lines
            } else {
                out.append(Group(lines: pendingHeading + group.lines, header: group.header))
                pendingHeading = []
            }
        }
        if !pendingHeading.isEmpty { out.append(Group(lines: pendingHeading)) }
        return out
    }

    static func blockGroups(_ paper: Paper) -> [Group] {
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
                out += tableGroups(table)
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

    static func tableGroups(_ table: Paper.Table) -> [Group] {
        let rule = "+" + table.widths.map { String(repeating: "-", count: $0) }.joined(separator: "+") + "+"
        let header = [rule] + rowLines(table.headers, table, alignRight: false) + [rule.replacingOccurrences(of: "-", with: "=")]
        var groups = [Group(lines: header)]
        for row in table.rows {
            var lines = rowLines(row, table, alignRight: true)
            for _ in 0..<table.rowPadding { lines += rowLines(Array(repeating: "", count: row.count), table, alignRight: false) }
            lines.append(rule)
            groups.append(Group(lines: lines, header: header))
        }
        return groups
    }

    static func rowLines(_ cells: [String], _ table: Paper.Table, alignRight: Bool) -> [String] {
        let wrapped = zip(cells, table.widths).map { wrap($0, width: $1) }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        return (0..<height).map { line in
            "|" + wrapped.enumerated().map { column, parts in
                let text = line < parts.count ? parts[line] : ""
                let w = table.widths[column]
                let pad = String(repeating: " ", count: max(0, w - DisplayWidth.of(text)))
                return alignRight && table.rightAligned[column] ? pad + text : text + pad
            }.joined(separator: "|") + "|"
        }
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

    /// Word-wraps by display width; words longer than the width are cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        // Leading spaces are layout (the signature column's right-hand numbers): keep them on the first line.
        let indent = text.prefix { $0 == " " }.count
        if indent > 0 && indent < width {
            var lines = wrap(String(text.dropFirst(indent)), width: width - indent)
            lines[0] = String(repeating: " ", count: indent) + lines[0]
            return lines
        }
        var lines: [String] = []
        for paragraph in TextSanitizer.multiline(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while DisplayWidth.of(word) > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    let head = DisplayWidth.clip(word, to: width)
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                }
                if line.isEmpty {
                    line = word
                } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = word
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

    static func trimEnd(_ text: String) -> String {
        var s = Substring(text)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
