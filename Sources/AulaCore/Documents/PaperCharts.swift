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

    /// Arrivals on the session's day, from the stated or recorded time of each hadir and diwakili, per 15 minutes from
    /// the first bucket with an arrival to the last, in wider buckets (30, 60, 120 minutes) when 15 would draw more than
    /// `ArrivalBuckets.maximumBars` bars. Arrivals recorded on another day (a check-in typed days later) are not drawn; a
    /// sentence after the chart says how many. Nothing when nobody has arrived.
    func arrivalBlocks() -> [Paper.Block] {
        let clock = self.clock
        let dayStart = (try? clock.instant(date: session.date, time: "00:00"))?.timeIntervalSince1970
        var seconds: [Double] = []
        var otherDays = 0
        for a in session.attendees {
            guard let attendance = a.attendance, attendance.status.isPresent,
                  let at = SessionClock.epochSeconds(ofISO: attendance.time) else { continue }
            if let dayStart, at < dayStart || at >= dayStart + 86_400 { otherDays += 1 } else { seconds.append(at) }
        }
        let note: [Paper.Block] = otherDays == 0 ? [] : [.paragraph(lang.t(
            "\(otherDays) kedatangan tercatat di luar tanggal kegiatan dan tidak digambarkan pada grafik.",
            "\(otherDays) arrivals were recorded on another date and are not drawn in the chart."))]
        guard let buckets = ArrivalBuckets(seconds) else { return note }
        let bars = buckets.counts.enumerated().map { offset, count in
            let start = buckets.start(of: offset)
            let label = paperTime(ofISO: clock.iso(Date(timeIntervalSince1970: start))) ?? ""
            let end = paperTime(ofISO: clock.iso(Date(timeIntervalSince1970: start + buckets.width))) ?? ""
            return Paper.Chart.Bar(label: "\(label)–\(end)", value: count, text: lang.t("\(count) orang", "\(count)"))
        }
        let minutes = Int(buckets.width / 60)
        return [.chart(Paper.Chart(title: lang.t("Kedatangan peserta per \(minutes) menit (\(zone))", "Arrivals per \(minutes) minutes (\(zone))"),
                                bars: bars, maximum: buckets.counts.max() ?? 0))] + note
    }
}

/// Arrival instants counted into equal buckets of 15, 30, 60 or 120 minutes, aligned to the hour's quarters.
struct ArrivalBuckets {
    /// The most bars one chart draws: a whole day fits at 60 minutes a bar.
    static let maximumBars = 24
    /// The bucket width in seconds.
    let width: Double
    /// The index of the first bucket since the epoch.
    let first: Int
    /// The arrivals in each bucket, from the first with an arrival to the last.
    let counts: [Int]

    /// Nil when there are no arrivals.
    init?(_ seconds: [Double]) {
        guard let low = seconds.min(), let high = seconds.max() else { return nil }
        let widths: [Double] = [900, 1800, 3600, 7200]
        let width = widths.first { Int((high / $0).rounded(.down)) - Int((low / $0).rounded(.down)) < Self.maximumBars }
            ?? widths.last!
        let first = Int((low / width).rounded(.down))
        let last = Int((high / width).rounded(.down))
        var counts = [Int](repeating: 0, count: last - first + 1)
        for at in seconds { counts[Int((at / width).rounded(.down)) - first] += 1 }
        (self.width, self.first, self.counts) = (width, first, counts)
    }

    /// The instant a bucket starts, in seconds since the epoch.
    func start(of offset: Int) -> Double { Double(first + offset) * width }
}
