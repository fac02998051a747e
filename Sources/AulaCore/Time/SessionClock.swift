import Foundation

/// Times as the session states them: ISO 8601 with the session zone's UTC offset, local clock times,
/// the Indonesian zone names (WIB, WITA, WIT) and Indonesian dates ("Jumat, 27 Maret 2020").
public struct SessionClock: Sendable {
    /// The session's time zone.
    public let zone: TimeZone

    /// A clock for the zone with this identifier; an unknown identifier is an error that names it.
    public init(zoneIdentifier: String) throws {
        guard let zone = TimeZone(identifier: zoneIdentifier) else {
            throw AulaError(
                id: "Zona waktu '\(zoneIdentifier)' tidak dikenal (contoh: Asia/Makassar untuk WITA).",
                en: "Unknown time zone '\(zoneIdentifier)' (for example Asia/Makassar for WITA).")
        }
        self.zone = zone
    }

    /// A clock for a zone already known to be valid.
    public init(zone: TimeZone) {
        self.zone = zone
    }

    private var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    /// `2020-03-27T09:14:03+08:00`: the instant in the session's zone, with its offset; with `milliseconds`,
    /// `09:14:03.250+08:00` (event stamps, so that events of one second keep their order across desks).
    public func iso(_ date: Date, milliseconds: Bool = false) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let second = Date(timeIntervalSince1970: whole)
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: second)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let hh = abs(offset) / 3600, mm = abs(offset) % 3600 / 60
        let fraction = milliseconds ? String(format: ".%03d", min(999, Int((date.timeIntervalSince1970 - whole) * 1000))) : ""
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
            + fraction + String(format: "%@%02d:%02d", sign, hh, mm)
    }

    /// The instant at a local date (`yyyy-MM-dd`) and clock time (`HH:MM`) in the session's zone.
    public func instant(date: String, time: String) throws -> Date {
        let day = try SessionDate.parsed(date), clock = try ClockTime.parsed(time)
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: clock.hour,
                                                  minute: clock.minute))!
    }

    /// `HH:MM` of an ISO time, in the session's zone; nil when the text is not an ISO time.
    public func clockTime(ofISO text: String) -> String? {
        // Plain arithmetic on the zone's offset at that instant: the daftar hadir asks this once per seat.
        Self.epochSeconds(ofISO: text).map { ClockText.hoursMinutes(Date(timeIntervalSince1970: $0), self) }
    }

    /// The local day (`2020-03-27`) of an ISO time, in the session's zone; nil when the text is not an ISO time.
    public func localDate(ofISO text: String) -> String? {
        Self.epochSeconds(ofISO: text).map { String(iso(Date(timeIntervalSince1970: $0)).prefix(10)) }
    }

    /// The zone's Indonesian abbreviation (WIB, WITA, WIT), else "UTC+8"-style.
    public var abbreviation: String {
        switch zone.identifier {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar", "Asia/Ujung_Pandang": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default:
            let offset = zone.secondsFromGMT()
            let sign = offset < 0 ? "-" : "+"
            let h = abs(offset) / 3600, m = abs(offset) % 3600 / 60
            return m == 0 ? "UTC\(sign)\(h)" : String(format: "UTC%@%d:%02d", sign, h, m)
        }
    }

    /// "Jumat, 27 Maret 2020" (or "Friday, 27 March 2020") for a `yyyy-MM-dd` date; the weekday is computed.
    public static func longDate(_ date: String, lang: Lang) -> String? {
        guard let (y, m, d) = parseDate(date) else { return nil }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        guard let day = c.date(from: DateComponents(year: y, month: m, day: d)) else { return nil }
        let weekday = c.component(.weekday, from: day)  // 1 = Sunday
        let days = lang == .id
            ? ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
            : ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = lang == .id
            ? ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(days[weekday - 1]), \(d) \(months[m - 1]) \(y)"
    }

    /// Year, month and day of a valid `yyyy-MM-dd` date.
    public static func parseDate(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return (y, m, d)
    }

    /// Hour and minute of a valid `HH:MM` (or `H.MM`, as Indonesian papers write it) time.
    public static func parseTime(_ text: String) -> (Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return (h, m)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`; nil when the text is not such a time.
    public static func epochSeconds(ofISO text: String) -> Double? {
        // Read in place: every event line's time passes through here when a session opens.
        text.utf8.withContiguousStorageIfAvailable(epochSeconds(utf8:))
            ?? Array(text.utf8).withUnsafeBufferPointer(epochSeconds(utf8:))
    }

    private static func epochSeconds(utf8 u: UnsafeBufferPointer<UInt8>) -> Double? {
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= u.count else { return nil }
            var v = 0
            for k in from..<(from + len) {
                let b = u[k]
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard u.count >= 20, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58,
              let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2),
              let h = num(11, 2), let mi = num(14, 2), let s = num(17, 2),
              (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        var k = 19
        var fraction = 0.0
        if u[k] == 46 {
            k += 1
            var scale = 0.1
            let start = k
            while k < u.count, u[k] >= 48, u[k] <= 57 {
                fraction += Double(u[k] - 48) * scale
                scale /= 10
                k += 1
            }
            guard k > start else { return nil }
        }
        guard k < u.count else { return nil }
        var offset = 0
        if u[k] == 90 {
            k += 1
        } else if u[k] == 43 || u[k] == 45 {
            guard let oh = num(k + 1, 2), k + 3 < u.count, u[k + 3] == 58, let om = num(k + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (u[k] == 45 ? -1 : 1)
            k += 6
        } else {
            return nil
        }
        guard k == u.count else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return Double(days * 86400 + h * 3600 + mi * 60 + s - offset) + fraction
    }
}
