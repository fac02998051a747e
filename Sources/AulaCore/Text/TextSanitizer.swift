/// Removes what must never reach a terminal, a log line's reader or a printed page:
/// C0/C1 control characters (ESC sequences included), BiDi overrides and isolates, zero-width characters, the
/// blank fillers that pass for a name (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; Mongolian vowel separator
/// U+180E; the blank Braille pattern U+2800), the deprecated format characters U+206A to U+206F, the interlinear
/// annotation marks U+FFF9 to U+FFFB and tag characters (U+E0000 to U+E007F).
public enum TextSanitizer {
    /// A single-line value: every control character and line break becomes a space, runs of spaces collapse,
    /// and the ends are trimmed.
    public static func line(_ text: String) -> String {
        if isTidyLine(text) { return text }
        return collapse(clean(text, keepNewlines: false))
    }

    /// Text to draw as it is: control characters and line breaks become spaces, invisible characters go,
    /// but spaces are kept exactly (no trimming), so layout stays where the caller put it.
    public static func visible(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// What a user typed, quoted back in a message: one clean line, cut to `width` columns with "…" (a 5,000-character
    /// search is not echoed whole).
    public static func excerpt(_ text: String, width: Int = 60) -> String {
        DisplayWidth.clip(line(text), to: width, ellipsis: true)
    }

    /// Text for a terminal, laid out as it is: line breaks kept, every other control character (escape sequences
    /// whole) and every invisible character gone, spaces untouched.
    public static func printable(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// A multi-line value (a note, an answer): line breaks are kept (CRLF and CR become LF), other controls go.
    public static func multiline(_ text: String) -> String {
        if isPlain(text) && !text.hasSuffix(" ") { return text }
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
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0x00AD, 0x061C,
             0x115F, 0x1160, 0x180E, 0x2800, 0x3164, 0xFFA0, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// True when `text` has nothing to clean: no control character, line break or invisible character. Looks at
    /// UTF-8 bytes only: every scalar that `clean` changes starts with a byte below 0x20, 0x7F, or a lead byte
    /// C2 (C1 controls, NEL, soft hyphen), D8 (U+061C), E1 (U+115F, U+1160, U+180E), E2 (U+2000 to U+2FFF),
    /// E3 (U+3164), EF (U+FEFF, U+FFA0) or F3 (tags), so text without those bytes, like most names with
    /// diacritics, is returned as it is.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy(isPlainByte)
    }

    /// A byte that cannot start anything `clean` changes (see `isPlain`).
    private static func isPlainByte(_ b: UInt8) -> Bool {
        b >= 0x20 && b != 0x7F && b != 0xC2 && b != 0xD8 && b != 0xE1 && b != 0xE2 && b != 0xE3 && b != 0xEF && b != 0xF3
    }

    /// True when `line` would come back from `line(_:)` as it is: plain, no space at either end, no two in a row.
    static func isTidyLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            guard isPlainByte(b), !(b == 0x20 && previous == 0x20) else { return false }
            previous = b
        }
        return previous != 0x20 || text.isEmpty
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        if isPlain(text) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let s = pending ?? scalars.next() {
            pending = nil
            let v = s.value
            // A whole escape sequence goes: ESC [ params final (or the one-character CSI, U+009B), ESC ] P _ ^ up to
            // BEL or ST (or their one-character forms U+009D, U+0090, U+009F, U+009E), or ESC + one character.
            if v == 0x1B || v == 0x9B || v == 0x9D || v == 0x90 || v == 0x9F || v == 0x9E {
                var kind = v
                if v == 0x1B {
                    guard let next = scalars.next() else { break }
                    switch next {
                    case "[": kind = 0x9B
                    case "]", "P", "_", "^": kind = 0x9D
                    default: continue
                    }
                }
                if kind == 0x9B {
                    while let c = scalars.next(), !(0x40...0x7E ~= c.value) {}
                } else {
                    while let c = scalars.next() {
                        if c.value == 0x07 || c.value == 0x9C { break }
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
