import Foundation
import Mustache

/// The HTML form of papers: one self-contained file from Mustache templates (`document` and its `style` partial),
/// bundled with Aula or from an office's own folder. Every value is HTML-escaped by the template.
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
        let context: [String: Any] = [
            "lang": lang.rawValue,
            "documentTitle": papers.map(\.title).joined(separator: " · "),
            "papers": papers.map(Self.context),
        ]
        return library.render(context, withTemplate: "document") ?? ""
    }

    static func context(_ paper: Paper) -> [String: Any] {
        [
            "hasLetterhead": !paper.letterhead.isEmpty,
            "letterhead": paper.letterhead,
            "title": paper.title,
            "info": paper.info.map { ["label": $0.label, "value": $0.value] },
            "blocks": paper.blocks.map { block(paper.kind, $0) },
        ]
    }

    static func block(_ kind: Paper.Kind, _ block: Paper.Block) -> [String: Any] {
        switch block {
        case .heading(let text): return ["isHeading": true, "text": text]
        case .paragraph(let text): return ["isParagraph": true, "text": text]
        case .blank(let lines): return ["isBlank": true, "lines": Array(repeating: true, count: lines)]
        case .fields(let fields): return ["isFields": true, "fields": fields.map { ["label": $0.label, "value": $0.value] }]
        case .list(let items): return ["isList": true, "items": items]
        case .table(let table):
            let rows: [[String: Any]] = table.rows.enumerated().map { index, row in
                ["cells": row.enumerated().map { column, text -> [String: Any] in
                    let isSign = kind == .daftarHadir && column == row.count - 1
                    let align = isSign ? (index % 2 == 0 ? "sign-left" : "sign-right") : (table.rightAligned[column] ? "right" : "left")
                    return ["text": isSign ? text.trimmingCharacters(in: .whitespaces) : text, "align": align]
                }]
            }
            return ["isTable": true, "kind": kind.rawValue, "headers": table.headers, "rows": rows]
        case .signatures(let place, let people):
            return ["isSignatures": true, "place": place,
                    "people": people.map { ["caption": $0.caption, "role": $0.role, "name": $0.name, "nip": $0.nip] }]
        }
    }
}
