import AulaCore
import ArgumentParser

// The typed values of the command line: a wrong value is refused by the parser, which lists the valid ones, and no
// command parses a string again later.

extension AttendanceStatus: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension PaperRequest.Selection: ExpressibleByArgument {}

extension PaperRequest.Format: ExpressibleByArgument {
    /// A format by name, or by its file ending: `md` for markdown, `txt` for text.
    public init?(argument: String) {
        let name = argument.lowercased()
        guard let format = Self.allCases.first(where: { $0.rawValue == name || $0.fileExtension == name }) else { return nil }
        self = format
    }
}

extension PaperSize: ExpressibleByArgument {}

extension Golongan: ExpressibleByArgument {
    /// I, II, III or IV, with or without its ruang (III/c).
    public init?(argument: String) { self.init(text: argument) }
}

extension Percent: ExpressibleByArgument {
    /// `15`, `2,5` or `2.5`.
    public init?(argument: String) { self.init(argument) }
}

/// An amount of money as the app's rate form takes it: `150000`, `150.000` or `Rp150.000`, whole rupiah.
struct RupiahArgument: ExpressibleByArgument {
    let value: Int

    init?(argument: String) {
        guard let value = Rupiah.parse(argument) else { return nil }
        self.value = value
    }
}

/// A session's time zone as the command line takes it: an IANA name (Asia/Makassar for WITA), checked by the same
/// `SessionClock` the session uses.
struct ZoneArgument: ExpressibleByArgument {
    let identifier: String

    init?(argument: String) {
        guard (try? SessionClock(zoneIdentifier: argument)) != nil else { return nil }
        identifier = argument
    }

    var defaultValueDescription: String { identifier }
}

extension ClockTime: ExpressibleByArgument {
    /// `09:00`, `9:00` or `9.00`; the parser's complaint shows the option's help, which says `JJ:MM / HH:MM`.
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { text }
}

extension SessionDate: ExpressibleByArgument {
    /// `2020-03-27`, a real day.
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { text }
}

extension Change.SessionField: ExpressibleByArgument {
    public static var allValueStrings: [String] { settable.map(\.argumentName) }
}

extension Lang: ExpressibleByArgument {
    /// `id` or `en`, in any case, and a locale such as `en_US`.
    public init?(argument: String) {
        self.init(rawValue: String(argument.lowercased().prefix(2)))
    }
}

/// The CSV delimiter: a comma, or a semicolon as Excel writes it in Indonesia.
enum CSVDelimiter: String, CaseIterable, ExpressibleByArgument {
    case comma = ","
    case semicolon = ";"

    var character: Character { Character(rawValue) }

    /// The delimiter asked for, else what Excel in the language's locale opens as columns: `;` in Indonesian
    /// (where the comma is the decimal mark), `,` in English.
    static func resolved(_ asked: CSVDelimiter?, _ lang: Lang) -> Character {
        asked?.character ?? lang.csvDelimiter
    }
}
