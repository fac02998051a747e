/// Code 128 (character set B) for the check-in codes, for the door's cheap laser scanners that read lines, not QR
/// symbols: start B, the characters, the check character (mod 103), stop.
public enum Code128 {
    /// The bars and spaces of `text` as module widths, bar first (each symbol 11 modules, the stop 13); nil when a
    /// character is outside printable ASCII.
    public static func widths(_ text: String) -> [Int]? {
        var values = [104]
        for scalar in text.unicodeScalars {
            guard (32...126).contains(scalar.value) else { return nil }
            values.append(Int(scalar.value) - 32)
        }
        let check = values.enumerated().reduce(0) { sum, item in sum + item.element * max(1, item.offset) } % 103
        values += [check, 106]
        return values.flatMap { value in patterns[value].map { Int($0.asciiValue! - 48) } }
    }

    /// How many modules `text` takes, without the quiet zones.
    public static func modules(_ text: String) -> Int? { widths(text).map { $0.reduce(0, +) } }

    /// The quiet zone a scanner needs on each side, in modules.
    public static let quietZone = 10

    /// Bar and space widths of the symbols 0...106 (103–105: start A, B, C; 106: stop).
    static let patterns: [String] = [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ]
}
