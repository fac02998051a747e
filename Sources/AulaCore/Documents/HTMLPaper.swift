import Foundation
import Mustache

/// The HTML form of papers: one self-contained file from Mustache templates (`document` and its `style` partial),
/// bundled with Aula or from an office's own folder. Every value is HTML-escaped by the template, except a table's
/// `rows`: those are made here, escaped, as `<tr>` lines (`{{{rows}}}` in the template), because a template engine
/// looking up 800,000 cells takes seconds where this takes a few hundred milliseconds.
public struct HTMLPaper: Sendable {
    let library: MustacheLibrary

    /// Loads `document.mustache` and `style.mustache` from a folder; a missing or broken template names itself.
    public init(templates folder: URL) throws {
        var library = MustacheLibrary()
        for name in ["document", "style"] {
            let file = folder.appendingPathComponent(name + ".mustache")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw AulaError(id: "Templat \(file.path) tidak ada.", en: "Template \(file.path) is missing.")
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch {
                throw AulaError(id: "Templat \(file.path) rusak: \(error)", en: "Template \(file.path) is broken: \(error)")
            }
        }
        self.library = library
    }

    /// The papers as one HTML document.
    public func render(_ papers: [Paper], lang: Lang) -> String {
        var tables = TableRows()
        let context: [String: Any] = [
            "lang": lang.rawValue,
            "documentTitle": papers.map(\.title).joined(separator: " · "),
            "papers": papers.map { Self.context($0, tables: &tables) },
        ]
        return library.render(context, withTemplate: "document") ?? ""
    }

    static func context(_ paper: Paper, tables: inout TableRows) -> [String: Any] {
        [
            "hasLetterhead": !paper.letterhead.isEmpty,
            "letterhead": paper.letterhead,
            "hasLampiran": paper.lampiran != nil,
            "lampiran": paper.lampiran?.lines ?? [],
            "title": paper.title,
            "info": paper.info.map { ["label": $0.label, "value": $0.value] },
            "blocks": paper.blocks.map { block(paper.kind, $0, tables: &tables) },
        ]
    }

    static func block(_ kind: Paper.Kind, _ block: Paper.Block, tables: inout TableRows) -> [String: Any] {
        switch block {
        case .heading(let text): return ["isHeading": true, "text": text]
        case .paragraph(let text): return ["isParagraph": true, "text": text]
        case .blank(let lines): return ["isBlank": true, "lines": Array(repeating: true, count: lines)]
        case .fields(let fields): return ["isFields": true, "fields": fields.map { ["label": $0.label, "value": $0.value] }]
        case .list(let items): return ["isList": true, "items": items]
        case .figures(let figures): return ["isList": true, "items": figures.map { "\($0.caption) (\($0.path))" }]
        case .lines(let lines): return ["isLines": true, "lines": lines]
        case .code(let code): return ["isCode": true, "code": code]
        case .nameTags(let tags):
            return ["isList": true, "items": tags.map { [$0.name, $0.jabatan, $0.unit, $0.code].filter { !$0.isEmpty }.joined(separator: " — ") }]
        case .table(let table):
            return ["isTable": true, "kind": kind.rawValue, "headers": table.headers, "rows": tables.html(table, kind: kind)]
        case .chart(let chart):
            return ["isChart": true, "title": chart.title, "bars": chart.bars.map { bar in
                ["label": bar.label, "text": bar.text,
                 "percent": chart.maximum > 0 ? String(min(100, bar.value * 100 / chart.maximum)) : "0"]
            }]
        case .signatures(let place, let people):
            return ["isSignatures": true, "place": place,
                    "people": people.map { ["caption": $0.caption, "role": $0.role, "name": $0.name, "nip": $0.nip] }]
        }
    }

    /// Tables' rows as HTML, each table made once per render (the laporan's attachment repeats the daftar hadir).
    struct TableRows {
        private var done: [(table: Paper.Table, kind: Paper.Kind, html: String)] = []

        mutating func html(_ table: Paper.Table, kind: Paper.Kind) -> String {
            if let known = done.first(where: { $0.kind == kind && $0.table == table }) { return known.html }
            let html = Self.rows(table, kind: kind)
            done.append((table, kind, html))
            return html
        }

        /// `<tr><td class="left">…</td>…</tr>` lines; the daftar hadir's signature cells alternate left and right.
        static func rows(_ table: Paper.Table, kind: Paper.Kind) -> String {
            Parallel.pieces(count: table.rows.count) { range in
                var out = ""
                out.reserveCapacity(range.count * 40 * max(1, table.headers.count))
                for index in range {
                    let row = table.rows[index]
                    out += "<tr>"
                    for (column, text) in row.enumerated() {
                        let isSign = kind == .daftarHadir && column == row.count - 1
                        let align = isSign ? (index % 2 == 0 ? "sign-left" : "sign-right")
                            : (column < table.rightAligned.count && table.rightAligned[column] ? "right" : "left")
                        out += "<td class=\"" + align + "\">"
                        MarkupEscape.append(isSign ? text.trimmingCharacters(in: .whitespaces) : text, to: &out)
                        out += "</td>"
                    }
                    out += "</tr>\n"
                }
                return out
            }.joined()
        }
    }
}
