import Foundation

extension PaperBuilder {
    /// "% hadir per kecamatan": present (hadir or diwakili) out of the invited seats of each kecamatan.
    func presenceChart(_ summary: AttendanceSummary) -> Paper.Chart {
        let bars = summary.byKecamatan.map { group -> Paper.Chart.Bar in
            let percent = group.counts.total == 0 ? 0 : Int((Double(group.counts.present) * 100 / Double(group.counts.total)).rounded())
            return Paper.Chart.Bar(label: group.kecamatan.isEmpty ? lang.t("Kabupaten/lainnya", "Other") : clean(group.kecamatan),
                                   value: percent, text: "\(percent)% (\(group.counts.present)/\(group.counts.total))")
        }
        return Paper.Chart(title: lang.t("Persentase hadir per kecamatan", "Attendance per district (%)"), bars: bars, maximum: 100)
    }

    /// Arrivals per 15 minutes, from the stated or recorded time of each hadir and diwakili, from the first quarter
    /// hour with an arrival to the last.
    func arrivalsChart() -> Paper.Chart? {
        let clock = self.clock
        let quarters = session.attendees.compactMap { a -> Int? in
            guard let attendance = a.attendance, attendance.status.isPresent,
                  let seconds = SessionClock.epochSeconds(ofISO: attendance.time) else { return nil }
            return Int((seconds / 900).rounded(.down))
        }
        guard let first = quarters.min(), let last = quarters.max() else { return nil }
        var counts = [Int](repeating: 0, count: last - first + 1)
        for quarter in quarters { counts[quarter - first] += 1 }
        let bars = counts.enumerated().map { offset, count in
            let start = Double(first + offset) * 900
            let label = clock.clockTime(ofISO: clock.iso(Date(timeIntervalSince1970: start))) ?? ""
            let end = clock.clockTime(ofISO: clock.iso(Date(timeIntervalSince1970: start + 900))) ?? ""
            return Paper.Chart.Bar(label: "\(label)–\(end)", value: count, text: lang.t("\(count) orang", "\(count)"))
        }
        return Paper.Chart(title: lang.t("Kedatangan peserta per 15 menit (\(zone))", "Arrivals per 15 minutes (\(zone))"),
                           bars: bars, maximum: counts.max() ?? 0)
    }
}
