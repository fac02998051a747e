/// A number stored in a cell, as text: whole numbers in full up to the 15 digits Excel keeps, larger ones in
/// Excel's scientific form (so a NIP typed as a number shows that its tail is lost), dates and times by their style.
enum CellNumber {
    /// The text for `number` shown in a style.
    static func text(_ number: Double, shown: CellStyles.Shown, date1904: Bool) -> String {
        switch shown {
        case .plain: return plain(number)
        case .date, .time, .dateTime:
            guard number >= 0, number < 2_958_466 else { return plain(number) } // up to 9999-12-31
            let days = Int(number.rounded(.down))
            let minutes = Int(((number - Double(days)) * 1440).rounded())
            let date = civilDate(days: days + (minutes == 1440 ? 1 : 0), date1904: date1904)
            let time = ClockText.hoursMinutes(minutes % 1440 / 60, minutes % 60)
            switch shown {
            case .date: return date
            case .time: return time
            default: return date + " " + time
            }
        }
    }

    /// Excel's General form: whole numbers in full while they fit its 15 digits, else scientific.
    static func plain(_ number: Double) -> String {
        guard number.isFinite else { return "" }  // no cell holds one; a damaged file might
        if number.rounded() == number && abs(number) < 1e15 { return String(Int64(number)) }
        guard abs(number) >= 1e15 else { return String(number) }
        var exponent = 0
        var mantissa = abs(number)
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        var digits = String(Int64((mantissa * 1e14).rounded()))
        while digits.count > 1 && digits.hasSuffix("0") { digits.removeLast() }
        let sign = number < 0 ? "-" : ""
        let fraction = digits.dropFirst()
        return sign + String(digits.prefix(1)) + (fraction.isEmpty ? "" : "." + fraction) + "E+" + (exponent < 10 ? "0" : "") + String(exponent)
    }

    /// "2020-03-27" for a day serial: days since 1899-12-30 (or since 1904-01-01 in a 1904 workbook). Excel's 1900
    /// system counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3): it is shown as Excel shows
    /// it, and serials 1 to 59 are the days before it, 1900-01-01 to 1900-02-28.
    static func civilDate(days serial: Int, date1904: Bool) -> String {
        if !date1904 && serial == 60 { return "1900-02-29" }
        // Days from 1970-01-01, then the civil-from-days algorithm (proleptic Gregorian).
        let z = serial + (date1904 ? -24_107 : serial < 60 ? -25_568 : -25_569) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return String(year) + "-" + two(month) + "-" + two(day)
    }
}
