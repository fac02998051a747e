/// Reads a worksheet part's rows in one pass: each cell's text by its type and style, rows and cells placed by
/// their references (or in order where a writer leaves them out).
struct SheetReader {
    var file: String
    var sheet: String
    var strings: [String]
    var styles: CellStyles
    var date1904: Bool

    /// The non-empty rows of the sheet.
    func records(_ bytes: [UInt8]) throws -> [CSVReader.Record] {
        var records: [CSVReader.Record] = []
        var scanner = XMLScanner(bytes)
        var rowNumber = 0
        var inRow = false
        var fields: [String] = []
        do {
            while let token = try scanner.next() {
                switch token {
                case .start("row", let attributes, let selfClosing):
                    rowNumber = attributes["r"].flatMap { Int($0) }.map { max($0, rowNumber + 1) } ?? rowNumber + 1
                    fields = []
                    inRow = !selfClosing
                case .end("row"):
                    guard inRow else { continue }
                    inRow = false
                    guard fields.contains(where: { !$0.isEmpty }) else { continue }
                    guard records.count < XLSXReader.mostRows else {
                        throw AulaError(
                            id: "\(file): lembar \(sheet) berisi lebih dari \(XLSXReader.mostRows) baris terisi (sampai "
                                + "baris \(rowNumber)); ini bukan daftar undangan. Hapus baris yang tidak dipakai.",
                            en: "\(file): sheet \(sheet) holds more than \(XLSXReader.mostRows) filled rows (up to row "
                                + "\(rowNumber)); this is not an invitation list. Delete the rows not used.")
                    }
                    records.append(CSVReader.Record(line: rowNumber, fields: fields))
                case .start("c", _, let selfClosing) where !inRow:
                    // A cell outside any row belongs nowhere.
                    if !selfClosing { try scanner.skipElement() }
                case .start("c", let attributes, let selfClosing):
                    let column = attributes["r"].flatMap(CellReference.init).map(\.column) ?? fields.count
                    let text = selfClosing ? "" : try cell(&scanner, attributes, at: CellReference(column: column, row: rowNumber))
                    guard column < XLSXReader.mostColumns, !text.isEmpty else { continue }
                    if fields.count <= column { fields += Array(repeating: "", count: column + 1 - fields.count) }
                    fields[column] = text
                default:
                    break
                }
            }
        } catch let failure as XMLScanner.Failure {
            throw WorkbookPackage.broken(file, "XML lembar \(sheet) pada bita \(failure.offset): \(failure.reason)",
                                         "XML of sheet \(sheet) at byte \(failure.offset): \(failure.reason)")
        }
        return records
    }

    /// The text of the cell just opened, read up to its `</c>`.
    private func cell(_ scanner: inout XMLScanner, _ attributes: XMLScanner.Attributes, at place: CellReference) throws -> String {
        var value: String?
        var inline: String?
        var hasFormula = false
        while let token = try scanner.next() {
            switch token {
            case .start("v", _, false): value = try scanner.text(until: "v")
            case .start("f", _, let selfClosing):
                hasFormula = true
                if !selfClosing { try scanner.skipElement() }
            case .start("is", _, false): inline = try XLSXReader.richText(&scanner, closing: "is")
            case .start(_, _, false): try scanner.skipElement()
            case .end("c"):
                return try text(type: attributes["t"] ?? "n", style: attributes["s"].flatMap { Int($0) } ?? 0,
                                value: value, inline: inline, formula: hasFormula, at: place)
            default: break
            }
        }
        throw XMLScanner.Failure(offset: 0, reason: "cell \(place.name) is not closed")
    }

    private func text(type: String, style: Int, value: String?, inline: String?, formula: Bool,
                      at place: CellReference) throws -> String {
        let cell = "\(sheet)!\(place.name)"
        if type == "inlineStr" { return inline ?? "" }
        guard let value else {
            if formula {
                throw AulaError(
                    id: "\(file) \(cell): rumus tanpa nilai tersimpan. Buka berkas di Excel atau LibreOffice lalu simpan "
                        + "lagi, agar nilainya dihitung.",
                    en: "\(file) \(cell): a formula with no stored value. Open the file in Excel or LibreOffice and save "
                        + "it again so its value is computed.")
            }
            return ""
        }
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw WorkbookPackage.broken(file, "\(cell) menunjuk teks bersama nomor \(value) yang tidak ada",
                                             "\(cell) points at shared string \(value), which does not exist")
            }
            return strings[index]
        case "str", "e": return OOXMLEscapes.decode(value)
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "d": return value
        default:
            guard let number = Double(value), number.isFinite else {
                throw WorkbookPackage.broken(file, "\(cell) berisi angka \"\(TextSanitizer.line(value))\" yang tidak sah",
                                             "\(cell) holds a number \"\(TextSanitizer.line(value))\" that is not valid")
            }
            return CellNumber.text(number, shown: styles.shown(style: style), date1904: date1904)
        }
    }
}
