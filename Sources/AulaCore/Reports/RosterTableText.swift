/// The roster as a text table: No, status, name, jabatan, unit, kecamatan, time.
public enum RosterTableText {
    /// The seats as lines of a table, a stand-in's name beside "diwakili".
    public static func render(_ attendees: some Collection<Attendee>, session: Session, lang: Lang) -> String {
        var table = TextTable(
            headers: ["No", "Status", lang.t("Nama", "Name"), lang.t("Jabatan", "Position"),
                      lang.t("Unit/Instansi", "Unit"), lang.t("Kecamatan", "District"), lang.t("Jam", "Time")],
            maxWidths: [6, 26, 30, 22, 28, 18, 5])
        for a in attendees {
            var status = a.status.label(lang)
            if let attendance = a.attendance, attendance.status == .diwakili, !attendance.standIn.isEmpty {
                status += " (\(attendance.standIn))"
            }
            let time = a.attendance.flatMap { session.clock.clockTime(ofISO: $0.time) } ?? ""
            table.rows.append([String(a.row), status, a.name.isEmpty ? "—" : a.name, a.jabatan, a.unit, a.kecamatan, time])
        }
        return table.render()
    }
}
