/// An RFC 4180 reader that remembers the line each record starts on, so every complaint can name it.
/// Handles `,` `;` or tab (detected from the first non-empty line), quoted fields with delimiters, quotes
/// and line breaks, and LF, CRLF or CR line ends.
public enum CSVReader {
    /// A record and the 1-based line it starts on.
    public struct Record: Equatable, Sendable {
        /// The line the record starts on.
        public var line: Int
        /// The fields, unquoted.
        public var fields: [String]
    }

    /// The delimiter used most outside quotes in the first non-empty line (`,` when there is none).
    public static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var seenContent = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            if !inQuotes && (c == "\n" || c == "\r" || c == "\r\n") {
                if seenContent { break } else { continue }
            }
            seenContent = true
            if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && rank(a.key) > rank(b.key)) }!
        return best.value == 0 ? "," : best.key
    }

    private static func rank(_ c: Character) -> Int { c == "," ? 0 : c == ";" ? 1 : 2 }

    /// Splits text into records. `file` names the file in errors (an unclosed quote, text after a closing quote).
    public static func records(_ text: String, delimiter: Character, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false       // inside a quoted field
        var wasQuoted = false    // the current field was quoted and its closing quote seen
        var quoteLine = 1
        var it = text.makeIterator()
        var pending: Character? = nil

        func fail(_ line: Int, _ id: String, _ en: String) -> AulaError {
            AulaError(id: "\(file) baris \(line): \(id)", en: "\(file) line \(line): \(en)")
        }
        func endRecord() {
            fields.append(field)
            field = ""
            wasQuoted = false
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.append("\""); continue }
                        pending = n
                    }
                    quoted = false
                    wasQuoted = true
                } else {
                    if c == "\r\n" || c == "\n" || c == "\r" { line += 1; field.append("\n") } else { field.append(c) }
                }
                continue
            }
            switch c {
            case delimiter:
                fields.append(field)
                field = ""
                wasQuoted = false
            case "\r\n", "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.allSatisfy({ $0 == " " }) && !wasQuoted:
                field = ""
                quoted = true
                quoteLine = line
            default:
                if wasQuoted {
                    if c == " " { continue }
                    throw fail(line, "ada teks setelah tanda petik penutup (\"\(c)\").",
                               "text after a closing quote (\"\(c)\").")
                }
                field.append(c)
            }
        }
        if quoted {
            throw fail(quoteLine, "tanda petik (\") dibuka di sini tetapi tidak pernah ditutup.",
                       "a quote (\") opens here but is never closed.")
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
