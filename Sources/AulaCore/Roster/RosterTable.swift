import Foundation

/// A roster spreadsheet read into rows: the header row found by name (title lines above it are skipped),
/// each data row checked, and every problem reported with file, line and reason.
public struct RosterTable: Equatable, Sendable {
    /// One row of the roster, with the line it came from.
    public struct Row: Equatable, Sendable {
        /// The line in the file where the row starts.
        public var line: Int
        /// Cell values by column, cleaned of control characters.
        public var values: [RosterColumn: String]

        /// The value of a column ("" when absent).
        public subscript(_ column: RosterColumn) -> String { values[column] ?? "" }
    }

    /// Where the rows came from: a CSV file (its encoding and delimiter) or a workbook's sheet.
    public enum Origin: Equatable, Sendable {
        case csv(encoding: TextDecoding.Encoding, delimiter: Character)
        case workbook(sheet: String)
    }

    /// The rows with a name or a jabatan.
    public var rows: [Row]
    /// How the file was read.
    public var origin: Origin
    /// What was read but may be wrong (a NIP whose digits Excel lost), each naming its row or cell.
    public var warnings: [AulaError]

    /// The most characters a cell may hold: a name, jabatan or unit is far shorter; a longer cell is nearly always
    /// an opening quote without its closing one, which swallows the rest of the file.
    static let longestCell = 500

    /// How many leading records may be title lines before the header.
    static let headerSearchDepth = 20

    /// Reads a roster CSV file's bytes; `file` names it in errors.
    public init(bytes: [UInt8], file: String) throws {
        let (text, encoding) = try TextDecoding.decode(bytes, file: file)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw AulaError(id: "\(file): berkas kosong.", en: "\(file): the file is empty.")
        }
        let delimiter = CSVReader.detectDelimiter(text)
        let records = try CSVReader.records(text, delimiter: delimiter, file: file)
        try self.init(records: records, file: file, origin: .csv(encoding: encoding, delimiter: delimiter))
    }

    /// Reads a roster from an Excel workbook: the sheet named `sheet`, or the first visible one.
    public init(workbook bytes: [UInt8], file: String, sheet: String? = nil) throws {
        let read = try XLSXReader.sheet(bytes: bytes, file: file, named: sheet)
        guard !read.records.isEmpty else {
            throw AulaError(id: "\(file): lembar \(read.name) kosong.", en: "\(file): sheet \(read.name) is empty.")
        }
        try self.init(records: read.records, file: file, origin: .workbook(sheet: read.name))
    }

    /// Reads a roster file by its content: an Excel workbook (zip) or CSV text.
    public init(file bytes: [UInt8], named file: String, sheet: String? = nil) throws {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            try self.init(workbook: bytes, file: file, sheet: sheet)
        } else {
            if let sheet {
                throw AulaError(id: "\(file): --sheet \(sheet) hanya untuk berkas .xlsx atau .ods; ini berkas teks CSV.",
                                en: "\(file): --sheet \(sheet) is for .xlsx or .ods files; this is a CSV text file.")
            }
            try self.init(bytes: bytes, file: file)
        }
    }

    /// The rows of a CSV file or a sheet: the header found among the first records, then each row checked.
    init(records: [CSVReader.Record], file: String, origin: Origin) throws {
        let place = Place(file: file, origin: origin)
        guard let headerIndex = records.prefix(Self.headerSearchDepth).firstIndex(where: { record in
            let columns = record.fields.compactMap(RosterColumn.init(header:))
            return columns.contains(.name) || columns.contains(.jabatan)
        }) else {
            throw AulaError(
                id: "\(place.file): tidak ada baris judul kolom dengan kolom Nama atau Jabatan dalam \(Self.headerSearchDepth) baris "
                    + "pertama. Tambahkan judul kolom, misalnya: No;Nama;Jabatan;Instansi;Kecamatan;No HP.",
                en: "\(place.file): no header row with a Name or Jabatan column in the first \(Self.headerSearchDepth) rows. "
                    + "Add column headers, for example: No,Name,Position,Unit,District,Phone.")
        }
        let header = records[headerIndex]
        var columns: [Int: RosterColumn] = [:]
        for (index, cell) in header.fields.enumerated() {
            guard let column = RosterColumn(header: cell) else { continue }
            if let earlier = columns.first(where: { $0.value == column }) {
                throw AulaError(
                    id: "\(place.row(header.line, "baris")): kolom \"\(TextSanitizer.line(cell))\" dan kolom ke-\(earlier.key + 1) "
                        + "sama-sama berarti \(column.rawValue). Hapus atau ganti nama salah satunya.",
                    en: "\(place.row(header.line, "line")): column \"\(TextSanitizer.line(cell))\" and column \(earlier.key + 1) "
                        + "both mean \(column.rawValue). Remove or rename one.")
            }
            columns[index] = column
        }
        var warnings: [AulaError] = []
        var rows: [Row] = []
        for record in records[(headerIndex + 1)...] {
            if case .csv(_, let delimiter) = origin, record.fields.count > header.fields.count,
               record.fields[header.fields.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AulaError(
                    id: "\(place.row(record.line, "baris")): \(record.fields.count) kolom, padahal judul hanya punya "
                        + "\(header.fields.count). Ada pemisah (\(delimiter)) berlebih atau koma dalam nama tanpa tanda petik?",
                    en: "\(place.row(record.line, "line")): \(record.fields.count) fields, but the header has only "
                        + "\(header.fields.count). An extra delimiter (\(delimiter)) or an unquoted comma in a name?")
            }
            var values: [RosterColumn: String] = [:]
            for (index, column) in columns where index < record.fields.count {
                let cell = record.fields[index]
                if cell.utf8.count > Self.longestCell && cell.count > Self.longestCell {
                    let title = TextSanitizer.line(header.fields[index])
                    throw AulaError(
                        id: "\(place.cell(index, record.line, "baris")): sel \"\(title)\" berisi \(cell.count) karakter; paling "
                            + "banyak \(Self.longestCell)." + (place.isCSV ? " Ada tanda petik (\") pembuka tanpa penutup?" : ""),
                        en: "\(place.cell(index, record.line, "line")): the \"\(title)\" cell holds \(cell.count) characters; at "
                            + "most \(Self.longestCell) fit." + (place.isCSV ? " Is a closing quote (\") missing?" : ""))
                }
                let value = Self.normalized(TextSanitizer.line(cell), column: column) { id, en in
                    warnings.append(AulaError(id: place.cell(index, record.line, "baris") + ": " + id,
                                              en: place.cell(index, record.line, "line") + ": " + en))
                }
                if !value.isEmpty { values[column] = value }
            }
            let row = Row(line: record.line, values: values)
            if row[.name].isEmpty && row[.jabatan].isEmpty {
                if values.keys.allSatisfy({ $0 == .number }) { continue }
                throw AulaError(
                    id: "\(place.row(record.line, "baris")): tidak ada nama maupun jabatan. Isi salah satunya atau hapus baris itu.",
                    en: "\(place.row(record.line, "line")): neither a name nor a jabatan. Fill one in or delete the row.")
            }
            rows.append(row)
        }
        guard !rows.isEmpty else {
            throw AulaError(id: "\(file): hanya ada baris judul, tidak ada peserta.",
                            en: "\(file): only a header row, no attendees.")
        }
        self.rows = rows
        self.origin = origin
        self.warnings = warnings
    }

    /// How a complaint names a row or a cell: "roster.csv baris 14", "undangan.xlsx Sheet1!C14".
    struct Place {
        var file: String
        var origin: Origin

        var isCSV: Bool { if case .csv = origin { true } else { false } }

        /// "FILE baris 14" or "FILE Sheet1 baris 14" (`word` is "baris" or "line").
        func row(_ line: Int, _ word: String) -> String {
            switch origin {
            case .csv: return "\(file) \(word) \(line)"
            case .workbook(let sheet): return "\(file) \(sheet) \(word) \(line)"
            }
        }

        /// "FILE baris 14" for CSV, "FILE Sheet1!C14" for a workbook.
        func cell(_ column: Int, _ line: Int, _ word: String) -> String {
            switch origin {
            case .csv: return row(line, word)
            case .workbook(let sheet): return "\(file) \(sheet)!" + CellReference(column: column, row: line).name
            }
        }
    }
}
