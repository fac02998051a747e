import AulaCore

/// Dokumen: the attendance recap as it will be printed, scrollable; x exports it.
enum DokumenView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lines = AttendanceRecap.text(state.session, lang: state.lang)
        let rows = Layout.textRows(state.size)
        let from = min(state.documentScroll, max(0, lines.count - 1))
        let shown = lines.dropFirst(from).prefix(rows)
        for (i, line) in shown.enumerated() {
            screen.put(" " + line, x: 0, y: area.y + i, maxWidth: area.width)
        }
        let position = state.lang.t("baris \(from + 1)–\(from + shown.count) dari \(lines.count) · x ekspor ke exports/",
                                    "lines \(from + 1)–\(from + shown.count) of \(lines.count) · x exports to exports/")
        screen.put(position, x: max(0, area.width - DisplayWidth.of(position) - 1), y: area.y + area.height - 1,
                   style: .role(.muted))
    }
}
