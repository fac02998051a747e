/// Every change to one seat, from every desk, in log order: who marked what, when, where.
public enum SeatHistory {
    /// One change to the seat.
    public struct Entry: Equatable, Sendable {
        /// When it was recorded (ISO 8601).
        public var at: String
        /// The desk that recorded it.
        public var desk: String
        /// What it did ("hadir: Kepala Desa Tohe", "ubah peserta: ... (name)").
        public var what: String
        /// Taken back later by an undo.
        public var undone: Bool

        /// When, in the session's zone: "08:41 WITA" on the session's day, "2020-03-09 09:00 WITA" on another (an
        /// import made days before must not read as that morning's).
        public func when(in session: Session) -> String {
            let clock = session.clock
            guard let time = clock.clockTime(ofISO: at) else { return at }
            let day = clock.localDate(ofISO: at) ?? session.date
            return (day == session.date ? "" : day + " ") + time + " " + clock.abbreviation
        }

        /// The whole entry on one line, as the app's history overlay shows it.
        public func line(in session: Session, lang: Lang) -> String {
            when(in: session) + "  " + desk + "  " + description(lang)
        }

        /// What it did, marked when it was taken back: "hadir: Kepala Desa Tohe [dibatalkan]".
        public func description(_ lang: Lang) -> String {
            TextSanitizer.line(what + (undone ? lang.t(" [dibatalkan]", " [undone]") : ""))
        }
    }

    /// "Riwayat: 22. Yohanes Bau — Kepala Desa Tohe", the heading over a seat's entries.
    public static func title(of seat: Attendee, lang: Lang) -> String {
        lang.t("Riwayat: ", "History: ") + seat.heading
    }

    /// The seat's entries, oldest first.
    public static func entries(for attendee: String, events: [Event], session: Session, lang: Lang) -> [Entry] {
        let undone = UndoneEvents.ids(in: events)
        var out: [Entry] = []
        for event in events {
            switch event.change {
            case .attendee(let id, _, _) where id == attendee: break
            case .checkIn(let id, let status, let standIn, _, let time, let reason) where id == attendee:
                var what = ChangeDescription.describe(event.change, in: session, lang: lang)
                if !standIn.isEmpty { what += lang.t(" oleh ", " by ") + TextSanitizer.line(standIn) }
                if !reason.isEmpty { what += " (" + TextSanitizer.line(reason) + ")" }
                if status != .belumHadir, !time.isEmpty, let stated = session.clock.clockTime(ofISO: time) {
                    what += lang.t(" (jam \(stated))", " (at \(stated))")
                }
                out.append(Entry(at: event.at, desk: event.desk, what: what, undone: undone.contains(event.id)))
                continue
            default: continue
            }
            out.append(Entry(at: event.at, desk: event.desk, what: ChangeDescription.describe(event.change, in: session, lang: lang),
                             undone: undone.contains(event.id)))
        }
        return out
    }
}
