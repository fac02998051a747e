/// The lines that head every report: title, hari/tanggal and time, venue, organiser.
public enum SessionHeading {
    /// Title, "Jumat, 27 Maret 2020, 09:00 WITA — venue", organiser; each cleaned for a line of text.
    public static func lines(_ session: Session, lang: Lang) -> [String] {
        let date = SessionClock.longDate(session.date, lang: lang) ?? session.date
        let time = session.start.isEmpty ? "" : ", \(session.start) \(session.clock.abbreviation)"
        return [
            TextSanitizer.line(session.title),
            date + time + " — " + TextSanitizer.line(session.venue),
            TextSanitizer.line(session.organizer),
        ]
    }
}
