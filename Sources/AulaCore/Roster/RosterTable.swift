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

    /// The rows with a name or a jabatan.
    public var rows: [Row]
    /// How the file was decoded.
    public var encoding: TextDecoding.Encoding
    /// The delimiter found.
    public var delimiter: Character

    /// The most characters a cell may hold: a name, jabatan or unit is far shorter; a longer cell is nearly always
    /// an opening quote without its closing one, which swallows the rest of the file.
    static let longestCell = 500

    /// How many leading records may be title lines before the header.
    static let headerSearchDepth = 20

    /// Reads a roster file's bytes; `file` names it in errors.
    public init(bytes: [UInt8], file: String) throws {
        let (text, encoding) = try TextDecoding.decode(bytes, file: file)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw AulaError(id: "\(file): berkas kosong.", en: "\(file): the file is empty.")
        }
        let delimiter = CSVReader.detectDelimiter(text)
        let records = try CSVReader.records(text, delimiter: delimiter, file: file)
        guard let headerIndex = records.prefix(Self.headerSearchDepth).firstIndex(where: { record in
            let columns = record.fields.compactMap(RosterColumn.init(header:))
            return columns.contains(.name) || columns.contains(.jabatan)
        }) else {
            throw AulaError(
                id: "\(file): tidak ada baris judul kolom dengan kolom Nama atau Jabatan dalam \(Self.headerSearchDepth) baris "
                    + "pertama. Tambahkan judul kolom, misalnya: No;Nama;Jabatan;Instansi;Kecamatan;No HP.",
                en: "\(file): no header row with a Name or Jabatan column in the first \(Self.headerSearchDepth) rows. "
                    + "Add column headers, for example: No,Name,Position,Unit,District,Phone.")
        }
        let header = records[headerIndex]
        var columns: [Int: RosterColumn] = [:]
        for (index, cell) in header.fields.enumerated() {
            guard let column = RosterColumn(header: cell) else { continue }
            if let earlier = columns.first(where: { $0.value == column }) {
                throw AulaError(
                    id: "\(file) baris \(header.line): kolom \"\(TextSanitizer.line(cell))\" dan kolom ke-\(earlier.key + 1) "
                        + "sama-sama berarti \(column.rawValue). Hapus atau ganti nama salah satunya.",
                    en: "\(file) line \(header.line): column \"\(TextSanitizer.line(cell))\" and column \(earlier.key + 1) "
                        + "both mean \(column.rawValue). Remove or rename one.")
            }
            columns[index] = column
        }
        var rows: [Row] = []
        for record in records[(headerIndex + 1)...] {
            if record.fields.count > header.fields.count,
               record.fields[header.fields.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AulaError(
                    id: "\(file) baris \(record.line): \(record.fields.count) kolom, padahal judul hanya punya "
                        + "\(header.fields.count). Ada pemisah (\(delimiter)) berlebih atau koma dalam nama tanpa tanda petik?",
                    en: "\(file) line \(record.line): \(record.fields.count) fields, but the header has only "
                        + "\(header.fields.count). An extra delimiter (\(delimiter)) or an unquoted comma in a name?")
            }
            var values: [RosterColumn: String] = [:]
            for (index, column) in columns where index < record.fields.count {
                let cell = record.fields[index]
                if cell.utf8.count > Self.longestCell && cell.count > Self.longestCell {
                    let title = TextSanitizer.line(header.fields[index])
                    throw AulaError(
                        id: "\(file) baris \(record.line): sel \"\(title)\" berisi \(cell.count) karakter; paling banyak "
                            + "\(Self.longestCell). Ada tanda petik (\") pembuka tanpa penutup?",
                        en: "\(file) line \(record.line): the \"\(title)\" cell holds \(cell.count) characters; at most "
                            + "\(Self.longestCell) fit. Is a closing quote (\") missing?")
                }
                let value = TextSanitizer.line(cell)
                if !value.isEmpty { values[column] = value }
            }
            let row = Row(line: record.line, values: values)
            if row[.name].isEmpty && row[.jabatan].isEmpty {
                if values.keys.allSatisfy({ $0 == .number }) { continue }
                throw AulaError(
                    id: "\(file) baris \(record.line): tidak ada nama maupun jabatan. Isi salah satunya atau hapus baris itu.",
                    en: "\(file) line \(record.line): neither a name nor a jabatan. Fill one in or delete the row.")
            }
            rows.append(row)
        }
        guard !rows.isEmpty else {
            throw AulaError(id: "\(file): hanya ada baris judul, tidak ada peserta.",
                            en: "\(file): only a header row, no attendees.")
        }
        self.rows = rows
        self.encoding = encoding
        self.delimiter = delimiter
    }
}
