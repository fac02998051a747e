/// Reads one sheet of a LibreOffice spreadsheet (.ods) as `XLSXReader` reads an Excel one: `content.xml`'s tables,
/// cells repeated by `number-columns-repeated` and rows by `number-rows-repeated` (LibreOffice writes a million empty
/// ones), numbers as Excel would show them in a General cell, dates as dates, empty rows dropped.
enum ODSReader {
    /// The table named `sheet` (any case), or the first one.
    static func sheet(_ package: WorkbookPackage, file: String, named sheet: String?) throws -> XLSXReader.Sheet {
        guard let content = try package.part("content.xml") else {
            throw WorkbookPackage.broken(file, "tidak ada content.xml", "no content.xml")
        }
        return try self.sheet(content: content, file: file, named: sheet)
    }

    /// The table named `sheet`, or the first one, of a `content.xml`.
    static func sheet(content: [UInt8], file: String, named sheet: String?) throws -> XLSXReader.Sheet {
        var names: [String] = []
        var chosen: XLSXReader.Sheet?
        try XLSXReader.scan(content, part: "content.xml", file: file) { scanner, token in
            guard case .start("table", let attributes, let selfClosing) = token else { return }
            let name = TextSanitizer.line(attributes["table:name"] ?? "Sheet\(names.count + 1)")
            names.append(name)
            let wanted = chosen == nil && (sheet.map { $0.lowercased() == name.lowercased() } ?? true)
            if selfClosing { if wanted { chosen = XLSXReader.Sheet(name: name, records: []) }; return }
            guard wanted else { return try scanner.skipElement() }
            chosen = XLSXReader.Sheet(name: name, records: try records(&scanner, file: file, sheet: name))
        }
        if let chosen { return chosen }
        guard let sheet else { throw WorkbookPackage.broken(file, "tidak ada lembar kerja", "no worksheet") }
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        throw AulaError(id: "\(file): tidak ada lembar \"\(sheet)\". Lembar yang ada: \(list).",
                        en: "\(file): no sheet \"\(sheet)\". The sheets are: \(list).")
    }

    /// The most cells a sheet may expand to once its repeats are counted (a 200,000-row roster of 20 columns).
    static let mostCells = 4_000_000
    /// The most characters (UTF-8 bytes) a sheet may expand to: a few kilobytes of XML can repeat a long text over a
    /// million cells.
    static let mostCharacters = 64 << 20
    /// The most characters in one cell: Excel's own limit.
    static let mostCellCharacters = 32_767

    /// The non-empty rows of the table the scanner is in, up to its end. What the repeats expand to is counted as it
    /// grows, and a sheet that would pass `mostCells` or `mostCharacters` is refused before it is built.
    private static func records(_ scanner: inout XMLScanner, file: String, sheet: String) throws -> [CSVReader.Record] {
        var records: [CSVReader.Record] = []
        var line = 0
        var expandedCells = 0, characters = 0
        while let token = try scanner.next() {
            switch token {
            case .start("table-row", let attributes, let selfClosing):
                // LibreOffice repeats at most its last row (2^20, or 2^24 in newer versions).
                let repeated = min(1 << 24, max(1, Int(attributes["table:number-rows-repeated"] ?? "") ?? 1))
                let fields = selfClosing ? [] : try cells(&scanner)
                if fields.contains(where: { !$0.isEmpty }) {
                    guard records.count + repeated <= XLSXReader.mostRows else {
                        throw AulaError(id: "\(file): lembar \(sheet) berisi lebih dari \(XLSXReader.mostRows) baris; daftar undangan sebesar itu tidak dibaca.",
                                        en: "\(file): sheet \(sheet) holds more than \(XLSXReader.mostRows) rows; a roster that large is not read.")
                    }
                    expandedCells += fields.count * repeated
                    characters += fields.reduce(0) { $0 + $1.utf8.count } * repeated
                    guard expandedCells <= mostCells, characters <= mostCharacters else {
                        throw AulaError(
                            id: "\(file): lembar \(sheet) berulang menjadi lebih dari \(mostCells / 1_000_000) juta sel atau "
                                + "\(mostCharacters >> 20) MB teks (sampai baris \(line + repeated)); daftar undangan sebesar itu tidak dibaca.",
                            en: "\(file): sheet \(sheet) repeats into more than \(mostCells / 1_000_000) million cells or "
                                + "\(mostCharacters >> 20) MB of text (by row \(line + repeated)); a roster that large is not read.")
                    }
                    for copy in 0..<repeated { records.append(CSVReader.Record(line: line + copy + 1, fields: fields)) }
                }
                line += repeated
            case .end("table"):
                return records
            default:
                break
            }
        }
        return records
    }

    /// The cells of a row as text, up to `</table-row>`, trailing empty cells left out.
    private static func cells(_ scanner: inout XMLScanner) throws(XMLScanner.Failure) -> [String] {
        var fields: [String] = []
        while let token = try scanner.next() {
            switch token {
            case .start(let name, let attributes, let selfClosing) where name == "table-cell" || name == "covered-table-cell":
                let repeated = max(1, Int(attributes["table:number-columns-repeated"] ?? "") ?? 1)
                let shown = selfClosing ? "" : try text(&scanner, closing: name)
                let value = self.value(attributes, shown: shown)
                // A run of empty cells (LibreOffice repeats one to the sheet's last column) adds nothing.
                if !value.isEmpty {
                    fields += Array(repeating: value, count: min(repeated, XLSXReader.mostColumns))
                } else if fields.count < XLSXReader.mostColumns {
                    fields += Array(repeating: "", count: min(repeated, XLSXReader.mostColumns - fields.count))
                }
            case .end("table-row"):
                while fields.last?.isEmpty == true { fields.removeLast() }
                return Array(fields.prefix(XLSXReader.mostColumns))
            default:
                break
            }
        }
        throw XMLScanner.Failure(offset: 0, reason: "<table-row> is not closed")
    }

    /// A cell's value: numbers from `office:value` as Excel shows them, dates and times from their ISO values, text
    /// as shown.
    private static func value(_ attributes: XMLScanner.Attributes, shown: String) -> String {
        switch attributes["office:value-type"] ?? "" {
        case "float", "percentage", "currency":
            guard let number = attributes["office:value"].flatMap(Double.init), number.isFinite else { return shown }
            return CellNumber.plain(number)
        case "date":
            let value = attributes["office:date-value"] ?? ""
            let parts = value.split(separator: "T")
            guard let day = parts.first, day.count == 10 else { return shown }
            return parts.count > 1 ? day + " " + String(parts[1].prefix(5)) : String(day)
        case "time":
            // PT09H30M00S
            let value = attributes["office:time-value"] ?? ""
            let digits = value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard digits.count >= 2 else { return shown }
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
            return two(digits[0]) + ":" + two(digits[1])
        default:
            return shown
        }
    }

    /// The text of a cell: its paragraphs on separate lines, `<text:s text:c="3"/>` as spaces, tabs and line breaks.
    /// A cell that grows past `mostCellCharacters` (a few bytes of `<text:s text:c="1000"/>` each) is refused.
    private static func text(_ scanner: inout XMLScanner, closing: String) throws(XMLScanner.Failure) -> String {
        var paragraphs: [String] = []
        var current = ""
        var inParagraph = false
        var length = 0
        func grow(_ piece: String) throws(XMLScanner.Failure) {
            length += piece.utf8.count
            guard length <= mostCellCharacters else {
                throw XMLScanner.Failure(offset: scanner.offset, reason: "a cell holds more than \(mostCellCharacters) characters")
            }
            current += piece
        }
        while let token = try scanner.next() {
            switch token {
            case .start("p", _, let selfClosing):
                if selfClosing { paragraphs.append("") } else { inParagraph = true; current = "" }
            case .end("p"):
                paragraphs.append(current)
                inParagraph = false
            case .start("s", let attributes, _) where inParagraph:
                let count = Int(attributes["text:c"] ?? "") ?? 1
                try grow(String(repeating: " ", count: min(mostCellCharacters + 1, max(1, count))))
            case .start("tab", _, _) where inParagraph: try grow("\t")
            case .start("line-break", _, _) where inParagraph: try grow("\n")
            case .start("annotation", _, false): try scanner.skipElement()
            case .text(let text) where inParagraph: try grow(text)
            case .end(closing):
                return paragraphs.joined(separator: "\n")
            default:
                break
            }
        }
        throw XMLScanner.Failure(offset: 0, reason: "<\(closing)> is not closed")
    }
}
