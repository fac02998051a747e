/// The Markdown form of papers: headings, field lists and pipe tables.
public enum MarkdownPaper {
    public static func render(_ papers: [Paper]) -> String {
        papers.map(render).joined(separator: "\n---\n\n")
    }

    static func render(_ paper: Paper) -> String {
        var out = paper.letterhead.map { "**\(escape($0))**  " }.joined(separator: "\n")
        if let lampiran = paper.lampiran { out += lampiran.lines.map { escape($0) + "  " }.joined(separator: "\n") }
        if !out.isEmpty { out += "\n\n" }
        if !paper.title.isEmpty { out += "# \(escape(paper.title))\n\n" }
        out += paper.info.map { "- **\(escape($0.label))**: \(escape($0.value))" }.joined(separator: "\n") + "\n\n"
        for block in paper.blocks {
            switch block {
            case .heading(let text): out += "## \(escape(text))\n\n"
            case .paragraph(let text): out += escape(text) + "\n\n"
            case .blank(let lines): out += Array(repeating: String(repeating: ".", count: 60), count: lines).joined(separator: "  \n") + "\n\n"
            case .fields(let fields): out += fields.map { "- **\(escape($0.label))**: \(escape($0.value))" }.joined(separator: "\n") + "\n\n"
            case .list(let items): out += items.map { "- " + escape($0) }.joined(separator: "\n") + "\n\n"
            case .chart(let chart):
                out += "**\(escape(chart.title))**\n\n" + chart.bars.map { "- \(escape($0.label)): \(escape($0.text))" }
                    .joined(separator: "\n") + "\n\n"
            case .figures(let figures):
                out += figures.map { "- \(escape($0.caption)) (`\($0.path)`)" }.joined(separator: "\n") + "\n\n"
            case .lines(let lines): out += lines.map(escape).joined(separator: "  \n") + "\n\n"
            case .code(let code): out += "**\(escape(code))**\n\n"
            case .nameTags(let tags):
                out += tags.map { "- **\(escape($0.name))**, \(escape($0.jabatan)), \(escape($0.unit)) `\($0.code)`" }
                    .joined(separator: "\n") + "\n\n"
            case .table(let table):
                out += "| " + table.headers.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + table.rightAligned.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
                for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
                out += "\n"
            case .signatures(let placeAndDate, let signatures):
                out += escape(placeAndDate) + "\n\n"
                for s in signatures {
                    out += [s.caption, s.role, "", "", s.name, s.nip].map(escape).joined(separator: "  \n") + "\n\n"
                }
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { escape(text).replacingOccurrences(of: "|", with: "\\|") }

    /// Escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in TextSanitizer.line(text) {
            if "\\`*_[]<>#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
