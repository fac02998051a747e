import AulaCore
import Foundation

/// Acara: the agenda table, and below it the selected item: its timer, speaker, materials, notes and questions.
enum AcaraView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let s = state.session
        let widths = Columns.widths(total: area.width - 2, [(3, 0), (7, 0), (5, 0), (nil, 50), (nil, 30), (5, 0), (8, 0)])
        Columns.titles(&screen, ["No", lang.t("Rencana", "Planned"), lang.t("Menit", "Min"), lang.t("Acara", "Item"),
                                 lang.t("Narasumber", "Speaker"), lang.t("Mulai", "Start"), lang.t("Selesai", "End")],
                       widths: widths, x: 1, y: area.y, rightAligned: [0, 2])
        if s.agenda.isEmpty {
            screen.put(lang.t("Belum ada acara. Tekan a untuk menambah.", "No agenda yet. Press a to add an item."),
                       x: 2, y: area.y + 1, style: .role(.muted))
            return
        }
        let rows = Layout.agendaRows(state.size) - 1
        let top = Columns.firstVisible(selected: state.agendaSelected, count: s.agenda.count, rows: rows)
        for (line, item) in s.agenda.dropFirst(top).prefix(rows).enumerated() {
            let y = area.y + 1 + line
            let selected = item.number - 1 == state.agendaSelected
            var style: Style = item.isRunning ? .role(.accent, bold: true) : (item.actualEnd.isEmpty ? .plain : .role(.muted))
            if selected { style = Style(bold: true, reverse: true) ; screen.clear(x: 0, y: y, width: area.width, style: style) }
            let end = item.isRunning ? "▶ " + lang.t("jalan", "on") : (s.clock.clockTime(ofISO: item.actualEnd) ?? "")
            Columns.draw(&screen, [String(item.number), item.plannedStart, item.minutes > 0 ? String(item.minutes) : "",
                                   item.title, item.speaker, s.clock.clockTime(ofISO: item.actualStart) ?? "", end],
                         widths: widths, x: 1, y: y, style: style, rightAligned: [0, 2])
        }
        guard let item = state.selectedItem else { return }
        var y = area.y + Layout.agendaRows(state.size) + 1
        let bottom = area.y + area.height
        screen.put(String(repeating: "─", count: area.width), x: 0, y: y - 1, style: .role(.muted))
        screen.put(" \(item.number). " + item.title, x: 0, y: y, style: .bold)
        y += 1
        if let (text, style) = timer(item, state) {
            screen.put(" " + text, x: 0, y: y, style: style)
            y += 1
        }
        if !item.speaker.isEmpty, y < bottom {
            screen.put(" " + lang.t("Narasumber: ", "Speaker: ") + item.speaker, x: 0, y: y)
            y += 1
        }
        let materials = s.materials.filter { $0.item == item.id }
        if !materials.isEmpty, y < bottom {
            screen.put(" " + lang.t("Materi: ", "Materials: ") + materials.map(\.title).joined(separator: "; "), x: 0, y: y)
            y += 1
        }
        // Lazily: a note can be a megabyte long, and only the lines that fit are drawn.
        let notes = s.notes.lazy.filter { $0.item == item.id }
            .flatMap { $0.text.lazy.split(separator: "\n", omittingEmptySubsequences: false) }
        let questions = s.questions.filter { $0.item == item.id }
        if y < bottom {
            screen.put(" " + lang.t("Notulen", "Notes") + (notes.isEmpty ? lang.t(": (kosong — Enter untuk menulis)", ": (empty — Enter to write)") : ":"),
                       x: 0, y: y, style: .role(.muted))
            y += 1
        }
        let questionLines = questions.isEmpty ? 0 : min(questions.count + 1, 4)
        for line in notes.prefix(max(0, bottom - y - questionLines)) {
            screen.put("   " + line, x: 0, y: y)
            y += 1
        }
        if !questions.isEmpty, y < bottom {
            screen.put(" " + lang.t("Tanya jawab (\(questions.count)):", "Questions (\(questions.count)):"), x: 0, y: y,
                       style: .role(.muted))
            y += 1
            for q in questions.suffix(max(0, bottom - y)) {
                let answer = q.answer.isEmpty ? "" : " → " + q.answer
                screen.put("   " + q.asker + ": " + q.text + answer, x: 0, y: y)
                y += 1
            }
        }
    }

    /// "Berjalan 12:04 dari 45 menit", marked when 2 minutes remain and when over.
    static func timer(_ item: AgendaItem, _ state: AppState) -> (String, Style)? {
        let lang = state.lang
        guard let timer = AgendaTimer(item, now: state.now) else { return nil }
        let clock = ClockText.minutesSeconds(timer.elapsed)
        let base = "▶ " + lang.t("Berjalan ", "Running ") + clock
        switch timer.phase {
        case .open:
            return (base, .role(.accent, bold: true))
        case .over:
            return (base + lang.t(" dari \(item.minutes) menit", " of \(item.minutes) min") + lang.t("  ■ LEWAT +", "  ■ OVER +")
                    + ClockText.minutesSeconds(-timer.remaining), .role(.danger, bold: true))
        case .ending:
            return (base + lang.t(" dari \(item.minutes) menit", " of \(item.minutes) min") + lang.t("  ◆ sisa ", "  ◆ ")
                    + ClockText.minutesSeconds(timer.remaining) + lang.t("", " left"), .role(.warn, bold: true))
        case .running:
            return (base + lang.t(" dari \(item.minutes) menit", " of \(item.minutes) min") + lang.t("  (sisa ", "  (")
                    + ClockText.minutesSeconds(timer.remaining) + lang.t(")", " left)"), .role(.accent, bold: true))
        }
    }
}
