import Foundation

/// Marking a seat at the door: hadir, diwakili (with the stand-in), izin, sakit, dinas luar, or clearing it; with the
/// person's name filled in when the seat had none, and a time stated when it is typed in later from the paper list.
/// After saving, `CheckInReport` says what holds.
public enum CheckInOperation {
    /// What was asked at the door.
    public struct Request: Equatable, Sendable {
        public var status: AttendanceStatus
        public var standIn = ""
        public var standInJabatan = ""
        /// The person's name, to fill in a seat that has none yet.
        public var name = ""
        /// A clock time (`HH:MM`) stated for when the person came; empty: now.
        public var at = ""
        /// Why someone is excused (izin, sakit, dinas luar); optional.
        public var reason = ""

        /// Creates a request.
        public init(_ status: AttendanceStatus, standIn: String = "", standInJabatan: String = "", name: String = "",
                    at: String = "", reason: String = "") {
            self.reason = reason
            self.status = status
            self.standIn = standIn
            self.standInJabatan = standInJabatan
            self.name = name
            self.at = at
        }
    }

    /// What the door does with a request for a seat.
    public enum Decision: Equatable, Sendable {
        /// Mark the seat: the changes to save and the confirmation to show.
        case record(Attendee, Outcome)
        /// Already present: nothing changes; the message says since when and where.
        case alreadyPresent(Attendee, message: String)
    }

    /// The one rule at the door: marking hadir a seat already present (hadir or represented), with no name to fill
    /// in and no time stated, keeps the first record and says so; anything else is marked as asked (a change of
    /// status on purpose: diwakili, izin, a time typed in from the paper list). The command line, the app's Enter and
    /// a scan all decide here.
    public static func checkIn(_ seat: Attendee, _ request: Request, in session: Session, now: Date,
                               lang: Lang) throws(AulaError) -> Decision {
        if request.status == .hadir, request.name.isEmpty, request.at.isEmpty,
           let message = alreadyPresent(seat, in: session, lang: lang) {
            return .alreadyPresent(seat, message: message)
        }
        return .record(seat, try mark(seat, request, in: session, now: now, lang: lang))
    }

    /// "Kepala Desa Tohe (Yohanes Bau) sudah hadir sejak 08:41 (meja1)" when the seat is present already (hadir or
    /// represented), else nil: marking hadir again (Enter, a scan, `aula checkin` again) keeps the first record.
    public static func alreadyPresent(_ seat: Attendee, in session: Session, lang: Lang) -> String? {
        guard let attendance = seat.attendance, attendance.status.isPresent else { return nil }
        let time = session.clock.clockTime(ofISO: attendance.time) ?? ""
        let who = seat.name.isEmpty ? "" : " (\(seat.name))"
        let by = attendance.standIn.isEmpty ? "" : lang.t(", diwakili ", ", represented by ") + attendance.standIn
        return TextSanitizer.line(seat.seatName + who + lang.t(" sudah hadir sejak ", " already present since ")
                                  + time + " (" + attendance.desk + ")" + by)
    }

    /// Marks `seat` as `request` asks, at `now`: "✓ hadir: Kepala Desa Tohe (Yohanes Bau) 09:14".
    public static func mark(_ seat: Attendee, _ request: Request, in session: Session, now: Date,
                            lang: Lang) throws(AulaError) -> Outcome {
        let standIn = TextSanitizer.line(request.standIn), name = TextSanitizer.line(request.name)
        if request.status == .diwakili && standIn.isEmpty {
            throw AulaError(id: "Nama wakil wajib diisi.", en: "The stand-in's name is required.", remedy: .nameTheStandIn)
        }
        if request.status != .diwakili && !standIn.isEmpty {
            throw AulaError(id: "Nama wakil hanya untuk status diwakili.", en: "A stand-in only goes with diwakili.")
        }
        let reason = TextSanitizer.line(request.reason)
        if !reason.isEmpty && !request.status.isExcused {
            throw AulaError(id: "Alasan hanya untuk izin, sakit atau dinas luar.", en: "A reason only goes with izin, sakit or dinas luar.")
        }
        var time = ""
        if !request.at.isEmpty {
            let clock = try ClockTime.parsed(request.at)
            guard let stated = try? session.clock.instant(date: session.date, time: clock.text) else {
                throw SessionDate.invalid(session.date)
            }
            time = session.clock.iso(stated)
        }
        var changes: [Change] = []
        if !name.isEmpty { changes.append(.attendee(id: seat.id, fields: [.name: name], invited: nil)) }
        changes.append(.checkIn(attendee: seat.id, status: request.status, standIn: standIn,
                                standInJabatan: TextSanitizer.line(request.standInJabatan), time: time, reason: reason))
        // Said as the report says it once saved (the command line and the app alike): the seat, then its state.
        var named = seat
        if !name.isEmpty { named.name = name }
        let shown = request.status == .belumHadir ? nil
            : session.clock.clockTime(ofISO: time) ?? ClockText.hoursMinutes(now, session.clock)
        let state = CheckInReport.state(request.status, standIn: standIn, time: shown, session: session, lang: lang)
        return Outcome(changes, message: TextSanitizer.line(named.heading + ": " + state))
    }
}
