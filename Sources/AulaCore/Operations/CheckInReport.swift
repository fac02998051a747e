/// What a check-in says once it is saved: the seat as the session now has it, not as it was asked. When another
/// desk's change comes after this one in log order (the two were made without seeing each other), the report says
/// that the other desk's change is the one that holds. The command line and the full-screen app both show it.
public struct CheckInReport: Equatable, Sendable {
    /// "22. Yohanes Bau — Kepala Desa Tohe: hadir 08:52 WITA": the seat's state now.
    public var line: String
    /// Set when another desk's later change overrides what was just asked: which desk, and what holds.
    public var overriddenBy: String?

    /// "hadir 08:52 WITA", "diwakili oleh Maria Bete 09:10 WITA", "belum hadir": a seat's state, worded once for
    /// what a check-in says before it is saved (`CheckInOperation`) and after (this report).
    static func state(_ status: AttendanceStatus, standIn: String, time: String?, session: Session, lang: Lang) -> String {
        status.label(lang) + (standIn.isEmpty ? "" : lang.t(" oleh ", " by ") + standIn)
            + (time.map { " \($0) \(session.clock.abbreviation)" } ?? "")
    }

    /// The report for `seatID` in `session` (read after the check-in was appended and other desks were looked at
    /// again) when `desk` asked for `asked` (with stand-in `askedStandIn`).
    public init(seatID: String, asked: AttendanceStatus, askedStandIn: String, desk: String, in session: Session,
                lang: Lang) {
        guard let seat = session.attendee(id: seatID) else {
            line = ""
            return
        }
        let state = Self.state(seat.status, standIn: seat.attendance?.standIn ?? "",
                               time: seat.attendance.flatMap { session.clock.clockTime(ofISO: $0.time) }, session: session,
                               lang: lang)
        line = TextSanitizer.line(seat.heading + ": " + state)
        // The same mark made at two desks counts at the earlier one: that is no override.
        if let other = seat.attendance?.desk, other != desk, seat.status != asked || seat.attendance?.standIn != askedStandIn {
            overriddenBy = TextSanitizer.line(lang.t(
                "Meja \(other) mengubahnya sesudah ini tanpa melihat perubahan dari meja ini; yang berlaku: \(state).",
                "Desk \(other) changed it after this without seeing this desk's change; what holds: \(state)."))
        }
    }
}
