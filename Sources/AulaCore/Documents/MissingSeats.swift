/// Seats not attended, grouped by kecamatan: the "who is still missing" list at the door.
public enum MissingSeats {
    /// Seats not attended, grouped by kecamatan: a heading line per kecamatan, then one line per seat.
    public static func lines(_ session: Session, lang: Lang) -> [String] {
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
            lines.append((kecamatan.isEmpty ? lang.t("Kabupaten/lainnya", "Other") : TextSanitizer.line(kecamatan)) + " (\(seats.count))")
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
