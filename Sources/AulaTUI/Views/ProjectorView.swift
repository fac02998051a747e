import AulaCore
import Foundation

/// The screen facing the hall: the session, the item on now in large letters with its speaker and timer, the next
/// item, and the attendance count. Read-only; it follows the log as the presenter steps through the agenda.
public enum ProjectorView {
    /// The projector screen for a session at a moment and size; `notice` (a problem reading the log) shows on top.
    public static func render(_ session: Session, now: Date, size: Size, lang: Lang, notice: String? = nil) -> ScreenBuffer {
        var screen = ScreenBuffer(width: size.width, height: size.height)
        guard size.fits else {
            let line = lang.t("Layar terlalu kecil (\(size.width)x\(size.height) < 80x24)", "Screen too small (\(size.width)x\(size.height) < 80x24)")
            screen.put(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: size.height / 2, style: .role(.warn, bold: true))
            return screen
        }
        let w = size.width
        if let notice { screen.put(notice, x: 0, y: 0, style: .role(.danger, bold: true)) }
        var y = 1
        centered(&screen, session.title, y: &y, style: .bold)
        centered(&screen, (SessionClock.longDate(session.date, lang: lang) ?? session.date) + " · " + session.venue, y: &y,
                 style: .role(.muted))
        y += 1
        let big = size.height >= 30
        if let item = session.runningItem {
            centered(&screen, lang.t("SEKARANG", "NOW") + " — \(item.number)/\(session.agenda.count)", y: &y, style: .role(.accent, bold: true))
            y += 1
            let title = TextSanitizer.line(item.title)
            if big && BigText.canDraw(title) && BigText.width(title) <= w - 4 {
                for row in BigText.rows(title) { centered(&screen, row, y: &y, style: .bold, generated: true) }
            } else {
                for line in TextPaper.wrap(title.uppercased(), width: w - 8) { centered(&screen, line, y: &y, style: .bold) }
            }
            y += 1
            if !item.speaker.isEmpty { centered(&screen, item.speaker, y: &y) }
            y += 1
            if let timer = AgendaTimer(item, now: now) {
                let style: Style
                let clock: String, caption: String
                switch timer.phase {
                case .open:
                    (style, clock, caption) = (.role(.accent, bold: true), ClockText.minutesSeconds(timer.elapsed),
                                               lang.t("berjalan", "running"))
                case .over:
                    (style, clock, caption) = (.role(.danger, bold: true), "+" + ClockText.minutesSeconds(-timer.remaining),
                                               lang.t("LEWAT WAKTU dari \(item.minutes) menit", "OVER TIME of \(item.minutes) min"))
                case .ending, .running:
                    (style, clock, caption) = (timer.phase == .ending ? .role(.warn, bold: true) : .role(.good, bold: true),
                                               ClockText.minutesSeconds(timer.remaining),
                                               lang.t("sisa dari \(item.minutes) menit", "left of \(item.minutes) min"))
                }
                if size.height >= 24 {
                    for row in BigText.rows(clock) { centered(&screen, row, y: &y, style: style, generated: true) }
                }
                centered(&screen, caption, y: &y, style: style)
            }
        } else {
            let started = session.agenda.contains { !$0.actualStart.isEmpty }
            let text = !started ? lang.t("ACARA AKAN SEGERA DIMULAI", "STARTING SHORTLY")
                : session.nextItemToStart == nil ? lang.t("ACARA SELESAI. TERIMA KASIH", "THE END. THANK YOU")
                : lang.t("JEDA", "BREAK")
            y += 2
            if big && BigText.width(text) <= w - 4 {
                for row in BigText.rows(text) { centered(&screen, row, y: &y, style: .bold, generated: true) }
            } else {
                centered(&screen, text, y: &y, style: .bold)
            }
        }
        // The foot: next item and attendance.
        let summary = AttendanceSummary.Counts(of: session.attendees)
        var footY = size.height - 3
        if let next = session.nextItemToStart {
            let when = next.plannedStart.isEmpty ? "" : " (\(next.plannedStart) \(session.clock.abbreviation))"
            centered(&screen, lang.t("Berikutnya: ", "Next: ") + "\(next.number). " + next.title + when, y: &footY)
        } else {
            footY += 1
        }
        let clock = ClockText.hoursMinutes(now, session.clock) + " " + session.clock.abbreviation
        centered(&screen, lang.t("Hadir \(summary.present) dari \(summary.total) peserta", "\(summary.present) of \(summary.total) present")
                 + " · " + clock, y: &footY, style: .role(.muted))
        return screen
    }

    /// Draws a line centred; data is cleaned first, large-letter rows (`generated`) keep their spacing.
    private static func centered(_ screen: inout ScreenBuffer, _ text: String, y: inout Int, style: Style = .plain,
                                 generated: Bool = false) {
        let clipped = DisplayWidth.clip(generated ? text : TextSanitizer.line(text), to: screen.width - 2, ellipsis: true)
        screen.put(clipped, x: max(0, (screen.width - DisplayWidth.of(clipped)) / 2), y: y, style: style)
        y += 1
    }
}
