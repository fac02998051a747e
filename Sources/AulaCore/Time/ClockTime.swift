/// A time of day as a user types it (`09:00`, `9:00`, or `9.00` as Indonesian papers write it) and as the log keeps
/// it (`09:00`): parsed once, here, with the one message that says what a time looks like.
public struct ClockTime: Equatable, Comparable, Sendable {
    public let hour: Int
    public let minute: Int

    /// The time `text` names; nil when it is not a time of day.
    public init?(_ text: String) {
        guard let (hour, minute) = SessionClock.parseTime(text) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time `text` names, or the error that says what a time looks like.
    public static func parsed(_ text: String) throws(AulaError) -> ClockTime {
        guard let time = ClockTime(text) else { throw invalid(text) }
        return time
    }

    /// The time `minutes` later, within the day (past midnight it wraps, as a clock does).
    public func adding(minutes: Int) -> ClockTime {
        let total = ((hour * 60 + minute + minutes) % 1440 + 1440) % 1440
        return ClockTime(hour: total / 60, minute: total % 60)
    }

    private init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// "09:00", as the log and the papers write it.
    public var text: String { ClockText.hoursMinutes(hour, minute) }

    /// The one message for a time that is not one.
    public static func invalid(_ text: String) -> AulaError {
        AulaError(id: "Jam '\(TextSanitizer.excerpt(text, width: 20))' tidak sah: pakai JJ:MM, misalnya 09:00.",
                  en: "Invalid time '\(TextSanitizer.excerpt(text, width: 20))': use HH:MM, for example 09:00.")
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// A session's day as typed and kept (`2020-03-27`): parsed once, here, with the one message that says what a date
/// looks like.
public struct SessionDate: Equatable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date `text` names; nil when it is not a real `YYYY-MM-DD` day.
    public init?(_ text: String) {
        guard let (year, month, day) = SessionClock.parseDate(text) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `text` names, or the error that says what a date looks like.
    public static func parsed(_ text: String) throws(AulaError) -> SessionDate {
        guard let date = SessionDate(text) else { throw invalid(text) }
        return date
    }

    /// "2020-03-27".
    public var text: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return String(year) + "-" + two(month) + "-" + two(day)
    }

    /// The one message for a date that is not one.
    public static func invalid(_ text: String) -> AulaError {
        AulaError(id: "Tanggal '\(TextSanitizer.excerpt(text, width: 20))' tidak sah: pakai TTTT-BB-HH, misalnya 2020-03-27.",
                  en: "Invalid date '\(TextSanitizer.excerpt(text, width: 20))': use YYYY-MM-DD, for example 2020-03-27.")
    }
}
