/// What a workbook's styles say about how each cell style shows a number: as a date, a time, or plain.
struct CellStyles {
    /// How a number in a cell of some style reads.
    enum Shown: Equatable { case plain, date, time, dateTime }

    /// Per cell style (the `s` attribute of a cell), how numbers show.
    private(set) var shown: [Shown] = []

    init() {}

    /// Reads `xl/styles.xml`: the custom number formats and the cell formats that use them.
    init(xml: [UInt8], file: String) throws {
        var custom: [Int: String] = [:]
        var inCellFormats = false
        var formats: [Int] = []
        try XLSXReader.scan(xml, part: "xl/styles.xml", file: file) { _, token in
            switch token {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, let selfClosing):
                inCellFormats = !selfClosing
            case .end("cellXfs"):
                inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }
        shown = formats.map { Self.shown(format: $0, code: custom[$0]) }
    }

    /// How the style numbered `index` shows numbers (plain when the workbook has no such style).
    func shown(style index: Int) -> Shown {
        index >= 0 && index < shown.count ? shown[index] : .plain
    }

    /// Excel's built-in date and time formats by id, else what a custom format code's letters say.
    static func shown(format id: Int, code: String?) -> Shown {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...21, 32, 33, 45...47: return .time
        case 22: return .dateTime
        default: break
        }
        guard let code else { return .plain }
        // Letters inside quotes, after a backslash or in [colour]/[$-locale] brackets are not date parts.
        var letters = Set<Character>()
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { letters.insert(character) }
            }
        }
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return letters.contains("m") && !letters.contains("0") ? .date : .plain
        }
    }
}
