/// A cell's place in a sheet, as Excel names it: column letters and a 1-based row ("C14").
struct CellReference: Equatable {
    /// 0-based column (A is 0).
    var column: Int
    /// 1-based row.
    var row: Int

    /// The most columns a sheet has (XFD).
    static let columnLimit = 16_384

    /// "C14" → column 2, row 14; nil for anything else.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where row == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where row == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 1 << 24 { return nil }
            default: return nil
            }
            if letters > 3 { return nil }
        }
        guard column > 0, column <= Self.columnLimit, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// "C" for column 2.
    static func letters(_ column: Int) -> String {
        var n = column + 1
        var out: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    /// "C14".
    var name: String { Self.letters(column) + String(row) }
}
