/// The attendance recap as plain text lines: per kecamatan counts, totals, and who has not come, grouped by
/// kecamatan. Shown on the Dokumen tab and exported; every line fits in 80 columns.
public enum AttendanceRecap {
    /// The whole recap.
    public static func text(_ session: Session, lang: Lang) -> [String] {
        let summary = AttendanceSummary(session)
        var lines = [lang.t("REKAP KEHADIRAN", "ATTENDANCE RECAP"), TextSanitizer.line(session.title)]
        let date = SessionClock.longDate(session.date, lang: lang) ?? session.date
        lines.append(date + " — " + TextSanitizer.line(session.venue))
        lines.append("")
        let headers = [lang.t("Kecamatan", "District"), lang.t("Diundang", "Invited"), lang.t("Hadir", "Present"),
                       lang.t("Diwakili", "Proxy"), lang.t("Izin/S/DL", "Excused"), lang.t("Belum", "Absent"), "% " + lang.t("hadir", "pres.")]
        let widths = [22, 9, 7, 9, 10, 7, 8]
        func row(_ cells: [String]) -> String {
            var text = zip(cells, widths).enumerated().map { i, pair in
                i == 0 ? DisplayWidth.pad(pair.0, to: pair.1)
                       : String(repeating: " ", count: max(0, pair.1 - DisplayWidth.of(pair.0))) + pair.0
            }.joined()
            while text.last == " " { text.removeLast() }
            return text
        }
        func counts(_ name: String, _ c: AttendanceSummary.Counts) -> String {
            let percent = c.total == 0 ? "-" : String(Int((Double(c.present) * 100 / Double(c.total)).rounded())) + "%"
            return row([name, String(c.total), String(c[.hadir]), String(c[.diwakili]), String(c.excused),
                        String(c[.belumHadir]), percent])
        }
        lines.append(row(headers))
        lines.append(String(repeating: "-", count: widths.reduce(0, +)))
        for (kecamatan, c) in summary.byKecamatan {
            lines.append(counts(kecamatan.isEmpty ? lang.t("(kabupaten/lainnya)", "(other)") : kecamatan, c))
        }
        lines.append(String(repeating: "-", count: widths.reduce(0, +)))
        lines.append(counts(lang.t("Jumlah", "Total"), summary.all))
        lines.append("")
        lines.append(lang.t("Belum/tidak hadir:", "Not attended:"))
        lines += missing(session, lang: lang)
        return lines
    }

    /// Seats not attended, grouped by kecamatan: a heading line per kecamatan, then one line per seat.
    public static func missing(_ session: Session, lang: Lang) -> [String] {
        var groups: [(String, [Attendee])] = []
        var index: [String: Int] = [:]
        for attendee in session.attendees where !attendee.status.isPresent {
            if index[attendee.kecamatan] == nil {
                index[attendee.kecamatan] = groups.count
                groups.append((attendee.kecamatan, []))
            }
            groups[index[attendee.kecamatan]!].1.append(attendee)
        }
        if groups.isEmpty { return [lang.t("  (semua sudah hadir)", "  (everyone is here)")] }
        var lines: [String] = []
        for (kecamatan, seats) in groups {
            lines.append((kecamatan.isEmpty ? lang.t("Kabupaten/lainnya", "Other") : kecamatan) + " (\(seats.count))")
            for seat in seats {
                var line = "  " + String(seat.row).leftPadded(to: 4) + "  " + TextSanitizer.line(seat.seatName)
                if !seat.name.isEmpty { line += " — " + TextSanitizer.line(seat.name) }
                if seat.status != .belumHadir { line += " [" + seat.status.label(lang) + "]" }
                lines.append(DisplayWidth.clip(line, to: 80, ellipsis: true))
            }
        }
        return lines
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
