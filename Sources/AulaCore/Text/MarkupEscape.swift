/// Text placed inside HTML or XML markup.
enum MarkupEscape {
    /// Appends `text` with `& < > " '` escaped; the characters XML 1.0 cannot carry (C0 controls other than tab
    /// and line feed, U+FFFE, U+FFFF) are left out.
    static func append(_ text: String, to out: inout String) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF })
        else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` escaped as `append` does.
    static func escaped(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
