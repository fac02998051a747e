/// Removes what must never reach a terminal, a log line's reader or a printed page:
/// C0/C1 control characters (ESC sequences included), BiDi overrides and isolates, zero-width characters.
public enum TextSanitizer {
    /// A single-line value: every control character and line break becomes a space, runs of spaces collapse,
    /// and the ends are trimmed.
    public static func line(_ text: String) -> String {
        collapse(clean(text, keepNewlines: false))
    }

    /// Text to draw as it is: control characters and line breaks become spaces, invisible characters go,
    /// but spaces are kept exactly (no trimming), so layout stays where the caller put it.
    public static func visible(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// A multi-line value (a note, an answer): line breaks are kept (CRLF and CR become LF), other controls go.
    public static func multiline(_ text: String) -> String {
        let cleaned = clean(text, keepNewlines: true)
        var lines = cleaned.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingTrailingSpaces()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// True for scalars that are removed outright (they have no visible form).
    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x061C:
            return true
        default:
            return false
        }
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let s = pending ?? scalars.next() {
            pending = nil
            let v = s.value
            if v == 0x1B {
                // Drop a whole escape sequence: ESC [ params final, ESC ] ... BEL/ST, or ESC + one char.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(0x40...0x7E ~= c.value) {}
                } else if next == "]" || next == "P" || next == "_" || next == "^" {
                    while let c = scalars.next() {
                        if c.value == 0x07 { break }
                        if c.value == 0x1B { _ = scalars.next(); break }
                    }
                }
                continue
            }
            if v == 0x0D {
                // CRLF or lone CR: one line break.
                if let n = scalars.next(), n.value != 0x0A { pending = n }
                out.append(keepNewlines ? "\n" : " ")
                continue
            }
            if v == 0x0A {
                out.append(keepNewlines ? "\n" : " ")
                continue
            }
            if v == 0x09 || v == 0x0B || v == 0x0C || v == 0x2028 || v == 0x2029 || v == 0x85 {
                out.append(v == 0x2028 || v == 0x2029 ? (keepNewlines ? "\n" : " ") : " ")
                continue
            }
            if v < 0x20 || (0x7F...0x9F ~= v) || isInvisible(v) { continue }
            out.append(s)
        }
        return String(out)
    }

    private static func collapse(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
