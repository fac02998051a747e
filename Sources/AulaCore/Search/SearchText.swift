import Foundation

/// The text form search compares: lower case, no diacritics, no apostrophes (straight or curly),
/// every other non-letter a word break, and gelar (Drs., S.Sos., M.Si., ...) or Bapak/Ibu left out of names.
public enum SearchText {
    /// `Fatuba’a` → `fatubaa`, `Niki-Niki` → `niki niki`, `Sékolah` → `sekolah`.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ s: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: emit(Unicode.Scalar(v + 32)!)
                case 0x61...0x7A, 0x30...0x39: emit(scalar)
                case 0x27, 0x60: continue  // ' and ` join the word: Fatuba'a
                default: pendingSpace = true
                }
                continue
            }
            if apostrophes.contains(v) || TextSanitizer.isInvisible(v) { continue }
            for folded in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
                let category = folded.properties.generalCategory
                if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { continue }
                if folded.properties.isAlphabetic || folded.properties.numericType != nil {
                    emit(folded)
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(out)
    }

    /// The words of a normalised text.
    public static func words(_ text: String) -> [String] {
        asciiWords(text) ?? normalize(text).split(separator: " ").map(String.init)
    }

    /// `words` for ASCII text, by bytes (nearly every roster cell; building the index of 100,000 seats went
    /// through Characters before); nil for other text.
    static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case 0x80...: return nil
            case 0x41...0x5A: word.append(b + 32)
            case 0x61...0x7A, 0x30...0x39: word.append(b)
            case 0x27, 0x60: continue  // ' and ` join the word: Fatuba'a
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The words of a person's name without gelar or forms of address: `Drs. Johanes Andes Prihatin, SE, MM`
    /// → `johanes andes prihatin`. A name made only of such words keeps them.
    public static func nameWords(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: tokens split at commas and ASCII whitespace, by bytes.
            let tokens = name.utf8.split(whereSeparator: { $0 == 0x2C || $0 == 0x20 || (0x09...0x0D).contains($0) })
            let kept = tokens.map { Substring($0) }.filter { !isGelar($0) }.flatMap { asciiWords(String($0)) ?? [] }
            return kept.isEmpty ? words(name) : kept
        }
        return nameWordsByCharacters(name)
    }

    /// `nameWords` for any text, Character by Character.
    static func nameWordsByCharacters(_ name: String) -> [String] {
        var kept: [String] = []
        for part in name.split(separator: ",", omittingEmptySubsequences: false) {
            for token in part.split(whereSeparator: \.isWhitespace) {
                if isGelar(token) { continue }
                kept += words(String(token))
            }
        }
        return kept.isEmpty ? words(name) : kept
    }

    /// Query words: the normalised words, less gelar and forms of address unless nothing else is left.
    public static func queryWords(_ query: String) -> [String] {
        let tokens = query.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        let kept = tokens.filter { !isGelar($0) }.flatMap { words(String($0)) }
        return ShortForms.replaced(kept.isEmpty ? words(query) : kept)
    }

    /// True for a gelar or form of address, with or without dots (`S.Sos.`, `SSos`, `Bpk.`).
    static func isGelar<S: StringProtocol>(_ token: S) -> Bool {
        let key = String(token.lowercased().filter { $0 != "." && $0 != "," })
        return gelar.contains(key)
    }

    private static let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032, 0x02B9, 0xFF07]

    private static let gelar: Set<String> = [
        // forms of address
        "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "saudara", "saudari", "yth",
        // before the name
        "drs", "dra", "dr", "ir", "prof", "h", "hj", "ns", "apt", "drg",
        // after the name
        "se", "mm", "ssos", "msi", "spd", "mpd", "sh", "mh", "st", "mt", "skom", "mkom", "sip", "map", "sag", "mag",
        "spdi", "mpdi", "skm", "mkes", "skep", "sked", "ssi", "sp", "mp", "amd", "amdkep", "amdkeb", "ma", "msc",
        "phd", "stp", "shut", "spt", "sst", "ak", "ssttpar", "sthi", "sth", "mth", "sstp", "msp", "mba", "bsc",
        "lc", "ssn", "sik", "sikom", "shi", "me", "mse", "mikom", "sfarm", "mfarm", "skg",
    ]
}
