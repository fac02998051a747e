/// Reads one sheet of an Excel workbook (.xlsx), or of a LibreOffice one (.ods, through `ODSReader`), into rows of cell text, as a roster import needs them: shared and
/// inline strings, numbers as Excel would show them in a General cell, dates as dates, empty rows dropped. Every
/// complaint names the file, the sheet and the cell.
public enum XLSXReader {
    /// One sheet read into rows; `records[i].line` is the sheet's row number.
    public struct Sheet: Equatable, Sendable {
        /// The sheet's name ("Sheet1", "Undangan").
        public var name: String
        /// The non-empty rows in order, each with its row number and its cells from column A on.
        public var records: [CSVReader.Record]
    }

    /// The most non-empty rows a sheet may have: a roster is a few thousand at most.
    public static let mostRows = 200_000
    /// The most bytes a part of a workbook may inflate to (a 100,000-row sheet is about 30 MB).
    public static let partLimit = 200 * 1024 * 1024
    /// Cells right of this column are not read (a roster has a dozen columns).
    static let mostColumns = 256

    /// The sheet named `sheet` (any case), or the first visible one; no part may inflate past `partLimit` bytes.
    public static func sheet(bytes: [UInt8], file: String, named sheet: String? = nil,
                             partLimit: Int = partLimit) throws -> Sheet {
        let package = try WorkbookPackage(bytes: bytes, file: file, limit: partLimit)
        if !package.contains("xl/workbook.xml"), package.contains("content.xml") {
            return try ODSReader.sheet(package, file: file, named: sheet)
        }
        let book = try workbook(package, file: file)
        let chosen: WorkbookEntry
        if let sheet {
            guard let named = book.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                let names = book.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw AulaError(id: "\(file): tidak ada lembar \"\(sheet)\". Lembar yang ada: \(names).",
                                en: "\(file): no sheet \"\(sheet)\". The sheets are: \(names).")
            }
            chosen = named
        } else {
            guard let visible = book.sheets.first(where: { !$0.hidden }) ?? book.sheets.first else {
                throw WorkbookPackage.broken(file, "tidak ada lembar kerja", "no worksheet")
            }
            chosen = visible
        }
        guard let bytes = try package.part(chosen.path) else {
            throw WorkbookPackage.broken(file, "lembar \(chosen.name) tidak ada di \(chosen.path)",
                                         "sheet \(chosen.name) is missing from \(chosen.path)")
        }
        let strings = try package.part("xl/sharedStrings.xml").map { try sharedStrings($0, file: file) } ?? []
        let styles = try package.part("xl/styles.xml").map { try CellStyles(xml: $0, file: file) } ?? CellStyles()
        let reader = SheetReader(file: file, sheet: chosen.name, strings: strings, styles: styles, date1904: book.date1904)
        return Sheet(name: chosen.name, records: try reader.records(bytes))
    }

    /// A sheet as the workbook lists it.
    struct WorkbookEntry {
        var name: String
        var path: String
        var hidden: Bool
    }

    /// The sheets of `xl/workbook.xml` in order, with their parts found through the relationships.
    static func workbook(_ package: WorkbookPackage, file: String) throws -> (sheets: [WorkbookEntry], date1904: Bool) {
        guard let workbook = try package.part("xl/workbook.xml") else {
            throw AulaError(id: "\(file): arsip zip ini bukan buku kerja Excel (tidak ada xl/workbook.xml).",
                            en: "\(file): this zip archive is not an Excel workbook (no xl/workbook.xml).")
        }
        var targets: [String: String] = [:]
        if let rels = try package.part("xl/_rels/workbook.xml.rels") {
            try scan(rels, part: "xl/_rels/workbook.xml.rels", file: file) { scanner, token in
                if case .start("Relationship", let attributes, _) = token, let id = attributes["Id"], let target = attributes["Target"] {
                    targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                }
            }
        }
        var sheets: [WorkbookEntry] = []
        var date1904 = false
        try scan(workbook, part: "xl/workbook.xml", file: file) { scanner, token in
            guard case .start(let name, let attributes, _) = token else { return }
            if name == "workbookPr" { date1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
            guard name == "sheet", let sheetName = attributes["name"] else { return }
            let relation = attributes.first { $0.hasSuffix(":id") } ?? ""
            let path = targets[relation] ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
            sheets.append(WorkbookEntry(name: TextSanitizer.line(sheetName), path: path,
                                        hidden: ["hidden", "veryHidden"].contains(attributes["state"] ?? "")))
        }
        return (sheets, date1904)
    }

    /// The shared strings table: each `<si>`'s text, rich-text runs joined, phonetic hints left out.
    static func sharedStrings(_ bytes: [UInt8], file: String) throws -> [String] {
        var strings: [String] = []
        try scan(bytes, part: "xl/sharedStrings.xml", file: file) { scanner, token in
            if case .start("si", _, let selfClosing) = token {
                strings.append(selfClosing ? "" : try richText(&scanner, closing: "si"))
            }
        }
        return strings
    }

    /// The text of an `<si>` or `<is>`: every `<t>` inside, but not those of phonetic runs (`<rPh>`).
    static func richText(_ scanner: inout XMLScanner, closing: String) throws(XMLScanner.Failure) -> String {
        var text = ""
        while let token = try scanner.next() {
            switch token {
            case .start("t", _, false): text += OOXMLEscapes.decode(try scanner.text(until: "t"))
            case .start("rPh", _, false): try scanner.skipElement()
            case .end(closing): return text
            default: break
            }
        }
        throw XMLScanner.Failure(offset: 0, reason: "<\(closing)> is not closed")
    }

    /// Runs `body` on every token of a part, turning XML errors into a message naming the part.
    static func scan(_ bytes: [UInt8], part: String, file: String,
                     _ body: (inout XMLScanner, XMLScanner.Token) throws -> Void) throws {
        var scanner = XMLScanner(bytes)
        do {
            while let token = try scanner.next() { try body(&scanner, token) }
        } catch let failure as XMLScanner.Failure {
            throw WorkbookPackage.broken(file, "XML \(part) pada bita \(failure.offset): \(failure.reason)",
                                         "XML of \(part) at byte \(failure.offset): \(failure.reason)")
        }
    }
}

/// Excel's `_xHHHH_` escapes for characters XML cannot carry (control characters), decoded.
enum OOXMLEscapes {
    static func decode(_ text: String) -> String {
        // Most cells have no underscore at all; look at the bytes before asking Foundation to search.
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let code = rest[range.upperBound...].prefix(5)
            if code.count == 5, code.last == "_", let value = UInt32(code.prefix(4), radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(range.upperBound, offsetBy: 5)...]
            } else {
                out += "_x"
                rest = rest[range.upperBound...]
            }
        }
        return out + rest
    }
}
