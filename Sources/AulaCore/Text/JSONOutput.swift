/// JSON for people's terminals and other tools: what the session holds is kept exactly, but characters that would
/// act on a terminal or hide text (C1 controls, BiDi overrides, zero-width and filler characters, tags, line and
/// paragraph separators) are written as `\uXXXX` escapes, which every JSON reader turns back into the same text.
public enum JSONOutput {
    /// `json` (UTF-8, as an encoder wrote it) with those characters escaped.
    public static func escapingHidden(_ json: [UInt8]) -> [UInt8] {
        guard !json.allSatisfy({ $0 < 0x80 }) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || TextSanitizer.isInvisible(v) {
                for unit in String(scalar).utf16 { out += Array("\\u\(hex(unit))".utf8) }
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        return out
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
