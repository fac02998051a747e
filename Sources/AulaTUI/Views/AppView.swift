import AulaCore
import Foundation

/// Draws the whole app for a state: header, tabs, the current tab, overlays, message and key bar.
public enum AppView {
    /// The screen for `state` at its size.
    public static func render(_ state: AppState) -> ScreenBuffer {
        if state.role == .projector {
            return ProjectorView.render(state.session, now: state.now, size: state.size, lang: state.lang,
                                        notice: state.readProblem)
        }
        var screen = ScreenBuffer(width: state.size.width, height: state.size.height)
        guard state.size.fits else {
            drawTooSmall(&screen, state)
            return screen
        }
        drawHeader(&screen, state)
        drawTabs(&screen, state)
        let body = Rect(x: 0, y: Layout.topRows, width: screen.width, height: Layout.bodyRows(state.size))
        switch state.tab {
        case .hadir:
            if state.hadir.showMissing { MissingView.draw(&screen, state, in: body) } else { HadirView.draw(&screen, state, in: body) }
        case .acara: AcaraView.draw(&screen, state, in: body)
        case .materi: MateriView.draw(&screen, state, in: body)
        case .dokumen: DokumenView.draw(&screen, state, in: body)
        }
        if state.showHelp { HelpView.draw(&screen, state, in: body) }
        if let history = state.history {
            let box = Rect(x: 2, y: body.y, width: body.width - 4, height: body.height)
            Box.draw(&screen, box, title: history.title)
            for (i, line) in history.lines.suffix(box.height - 2).enumerated() {
                screen.put(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
            }
        }
        if let overlay = state.directoryOverlay { DirectoryView.draw(&screen, overlay, state, in: body) }
        if let editor = state.editor { EditorView.draw(&screen, editor, state, in: body) }
        if let form = state.form { FormView.draw(&screen, form, state, in: body) }
        drawBottom(&screen, state)
        return screen
    }

    private static func drawTooSmall(_ screen: inout ScreenBuffer, _ state: AppState) {
        let lang = state.lang
        let lines = [lang.t("Terminal terlalu kecil", "Terminal too small"),
                     "\(state.size.width)x\(state.size.height) < \(Size.minimum.width)x\(Size.minimum.height)",
                     lang.t("Perbesar jendela; data aman.", "Enlarge the window; data is safe."),
                     lang.t("Ctrl-Q untuk keluar", "Ctrl-Q quits")]
        let top = max(0, (screen.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            screen.put(line, x: x, y: top + i, style: i == 0 ? .role(.warn, bold: true) : .plain)
        }
    }

    private static func drawHeader(_ screen: inout ScreenBuffer, _ state: AppState) {
        let s = state.session
        let lang = state.lang
        let clock = s.clock
        let time = (clock.clockTime(ofISO: clock.iso(state.now)) ?? "") + ":" + seconds(state) + " " + clock.abbreviation
        let saved: String
        switch state.saveState {
        case .saved: saved = "✓ " + lang.t("tersimpan", "saved")
        case .pending: saved = "● " + lang.t("menyimpan", "saving")
        case .failed: saved = "✗ " + lang.t("GAGAL SIMPAN", "NOT SAVED")
        }
        let right1 = time
        let right2 = lang.t("meja ", "desk ") + state.desk + " · " + saved
        let w = screen.width
        screen.clear(x: 0, y: 0, width: w, style: .reverse)
        screen.clear(x: 0, y: 1, width: w, style: .plain)
        screen.put(right1, x: w - DisplayWidth.of(right1) - 1, y: 0, style: Style(bold: true, reverse: true))
        let demo = state.isDemo ? lang.t(" DEMO ·", " DEMO ·") : ""
        screen.put(demo + " " + s.title, x: 0, y: 0, maxWidth: w - DisplayWidth.of(right1) - 3, style: Style(bold: true, reverse: true))
        let date = SessionClock.longDate(s.date, lang: lang) ?? s.date
        let savedStyle: Style = {
            if case .failed = state.saveState { return .role(.danger, bold: true) }
            return .role(.muted)
        }()
        screen.put(right2, x: w - DisplayWidth.of(right2) - 1, y: 1, style: savedStyle)
        // A clock behind the other desks' takes the place of the date and venue: check-in times are evidence.
        if let skew = ClockSkew(s, desk: state.desk, now: state.now) {
            screen.put(" " + skew.text(lang), x: 0, y: 1, maxWidth: w - DisplayWidth.of(right2) - 3, style: .role(.warn, bold: true))
        } else {
            screen.put(" " + date + " · " + s.venue, x: 0, y: 1, maxWidth: w - DisplayWidth.of(right2) - 3)
        }
    }

    private static func seconds(_ state: AppState) -> String {
        let second = Int(state.now.timeIntervalSince1970) % 60
        return second < 10 ? "0\(second)" : "\(second)"
    }

    private static func drawTabs(_ screen: inout ScreenBuffer, _ state: AppState) {
        var x = 1
        for tab in Tab.allCases {
            let label = " \(tab.rawValue + 1) \(tab.label(state.lang)) "
            let style: Style = tab == state.tab ? Style(bold: true, reverse: true) : .role(.muted)
            x += screen.put(label, x: x, y: 2, style: style) + 1
        }
        let underline = String(repeating: "─", count: max(0, screen.width - x - 1))
        screen.put(underline, x: x, y: 2, style: .role(.muted))
    }

    private static func drawBottom(_ screen: inout ScreenBuffer, _ state: AppState) {
        let y = screen.height - 2
        // What is running, or how far it has got, never wider than half the line.
        let busy = state.busy.map { DisplayWidth.clip(state.progress ?? $0, to: max(10, screen.width / 2), ellipsis: true) }
        if let message = state.message {
            let style: Style = {
                if case .failed = state.saveState { return .role(.danger, bold: true) }
                return .role(.good)
            }()
            // Shortened at a word where the line is narrow, never cut mid-word (F1 and the log keep the whole of it).
            let room = screen.width - 1 - (busy.map { DisplayWidth.of($0) + 3 } ?? 0)
            screen.put(" " + DisplayWidth.shortened(message, to: room - 1), x: 0, y: y, style: style)
        }
        if let busy {
            screen.put(" " + busy + " ", x: max(0, screen.width - DisplayWidth.of(busy) - 2), y: y, style: .role(.accent, bold: true))
        }
        var keys = KeyMap.hints(KeyMap.mode(state), state.lang)
        // When every hint does not fit, each says only its first word ("F5 dinas"), then keys written as several
        // ("a-z 0-9") only their first, then help and quit only their keys, so no key is dropped at 80x24.
        func width(_ hints: [(String, String)]) -> Int {
            hints.reduce(0) { $0 + DisplayWidth.of($1.0) + ($1.1.isEmpty ? 1 : DisplayWidth.of($1.1) + 2) }
        }
        func first(_ text: String) -> String { String(text.split(separator: " ").first ?? Substring(text)) }
        if width(keys) > screen.width { keys = keys.map { key, what in (key, first(what)) } }
        if width(keys) > screen.width { keys = keys.map { key, what in (first(key), what) } }
        // Last, the keys every tab has (help, quit) say only their key.
        let everywhere = KeyMap.everywhereHints(KeyMap.mode(state))
        if width(keys) > screen.width {
            keys = keys.enumerated().map { index, hint in index < everywhere ? (hint.0, "") : hint }
        }
        var x = 0
        screen.clear(x: 0, y: y + 1, width: screen.width, style: .reverse)
        for (key, what) in keys {
            let label = what.isEmpty ? " " : " " + what + " "
            if x + DisplayWidth.of(key) + DisplayWidth.of(label) > screen.width { break }
            x += screen.put(key, x: x, y: y + 1, style: Style(bold: true, reverse: true))
            x += screen.put(label, x: x, y: y + 1, style: .reverse)
        }
    }
}

/// A rectangle of the screen given to a view.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
}
