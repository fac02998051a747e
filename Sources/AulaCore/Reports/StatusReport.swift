/// The status report, shared by `aula status` and `aula` before the full-screen app.
public enum StatusReport {
    /// The heading, the counts by status and the table by kecamatan.
    public static func text(_ s: Session, lang: Lang) -> String {
        let summary = AttendanceSummary(s)
        var lines = SessionHeading.lines(s, lang: lang)
        lines.append("")
        let all = summary.all
        lines.append(lang.t("Diundang", "Invited") + ": \(all.invited)"
                     + (all.total > all.invited ? lang.t(" + \(all.total - all.invited) tanpa undangan",
                                                          " + \(all.total - all.invited) walk-in") : ""))
        for status in AttendanceStatus.allCases where status != .belumHadir {
            lines.append(status.label(lang).prefix(1).uppercased() + status.label(lang).dropFirst() + ": \(all[status])")
        }
        lines.append(AttendanceStatus.belumHadir.label(lang).prefix(1).uppercased()
                     + AttendanceStatus.belumHadir.label(lang).dropFirst() + ": \(all[.belumHadir])")
        lines.append("")
        var table = TextTable(
            headers: [lang.t("Kecamatan", "District"), lang.t("Kursi", "Seats"), lang.t("Hadir", "Present"),
                      lang.t("Diwakili", "Proxy"), lang.t("Izin/Sakit/DL", "Excused"), lang.t("Belum", "Not yet")],
            maxWidths: [24, 6, 6, 8, 13, 7])
        for (kecamatan, c) in summary.byKecamatan {
            table.rows.append([kecamatan.isEmpty ? lang.t("(lainnya)", "(other)") : kecamatan, String(c.total),
                               String(c[.hadir]), String(c[.diwakili]), String(c.excused), String(c[.belumHadir])])
        }
        table.rows.append([lang.t("Jumlah", "Total"), String(all.total), String(all[.hadir]), String(all[.diwakili]),
                           String(all.excused), String(all[.belumHadir])])
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}
