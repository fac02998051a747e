import Foundation

/// Terminal display width of text: wide East Asian characters take two cells, combining marks none.
public enum DisplayWidth {
    /// Cells taken by one scalar (0, 1 or 2).
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0 ~= v) ? 0 : 1 }
        if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark
            || TextSanitizer.isInvisible(v) {
            return 0
        }
        if (0x1100...0x115F ~= v) || (0x2E80...0x303E ~= v) || (0x3041...0x33FF ~= v)
            || (0x3400...0x4DBF ~= v) || (0x4E00...0x9FFF ~= v) || (0xA000...0xA4CF ~= v)
            || (0xAC00...0xD7A3 ~= v) || (0xF900...0xFAFF ~= v) || (0xFE30...0xFE4F ~= v)
            || (0xFF00...0xFF60 ~= v) || (0xFFE0...0xFFE6 ~= v) || (0x1F300...0x1F64F ~= v)
            || (0x1F900...0x1F9FF ~= v) || (0x20000...0x3FFFD ~= v) {
            return 2
        }
        return 1
    }

    /// Cells taken by a string.
    public static func of(_ text: String) -> Int {
        // Printable ASCII, nearly every cell of a roster, is one cell a byte.
        var ascii = 0
        for b in text.utf8 {
            guard b >= 0x20 && b < 0x7F else { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
            ascii += 1
        }
        return ascii
    }

    /// The longest prefix of `text` that fits in `width` cells, with "…" marking a cut when `ellipsis` is set.
    public static func clip(_ text: String, to width: Int, ellipsis: Bool = false) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let limit = ellipsis ? width - 1 : width
        var used = 0
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let w = of(s)
            if used + w > limit { break }
            used += w
            out.append(s)
        }
        return String(out) + (ellipsis ? "…" : "")
    }

    /// `text` shortened to `width` cells at a word, "…" marking the cut: a message never ends mid-word (a single word
    /// wider than the width is clipped).
    public static func shortened(_ text: String, to width: Int) -> String {
        if of(text) <= width { return text }
        let clipped = clip(text, to: width - 1)
        guard let space = clipped.lastIndex(of: " "), space > clipped.startIndex else { return clip(text, to: width, ellipsis: true) }
        return String(clipped[..<space]).trimmingCharacters(in: CharacterSet(charactersIn: " —-;,:")) + "…"
    }

    /// `text` clipped to `width` cells and padded with spaces to exactly `width` cells.
    public static func pad(_ text: String, to width: Int) -> String {
        let clipped = clip(text, to: width, ellipsis: true)
        return clipped + String(repeating: " ", count: max(0, width - of(clipped)))
    }
}
