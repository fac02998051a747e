import AulaCore

/// A form drawn as a box over the middle of the body.
enum FormView {
    static func draw(_ screen: inout ScreenBuffer, _ form: Form, _ state: AppState, in area: Rect) {
        let labelWidth = min(22, form.labels.map { DisplayWidth.of($0) }.max() ?? 0)
        let width = min(area.width - 4, 76)
        var extra = form.error == nil && form.note == nil ? 0 : 1
        var candidates: [Attendee] = []
        if case .question = form.purpose, !form.fields[0].text.isEmpty {
            candidates = state.index.search(form.fields[0].text).prefix(4).map { state.session.attendees[$0.index] }
            extra += max(1, candidates.count)
        }
        let height = form.fields.count + 4 + extra
        let box = Rect(x: (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 3), width: width, height: height)
        Box.draw(&screen, box, title: form.title)
        var y = box.y + 2
        for (i, label) in form.labels.enumerated() {
            screen.put(label, x: box.x + 2, y: y, maxWidth: labelWidth, style: i == form.focus ? .bold : .plain)
            let fieldX = box.x + 3 + labelWidth
            let fieldWidth = box.width - labelWidth - 5
            let text = form.fields[i].text
            // Keep the cursor in view: show the end of a long value.
            let before = String(text.prefix(form.fields[i].cursor))
            let shift = max(0, DisplayWidth.of(before) - fieldWidth + 1)
            let shown = shift == 0 ? text : String(text.dropFirst(shift))
            screen.clear(x: fieldX, y: y, width: fieldWidth, style: Style(underline: true))
            screen.put(shown, x: fieldX, y: y, maxWidth: fieldWidth, style: Style(underline: true))
            if i == form.focus {
                let cursorX = fieldX + DisplayWidth.of(String(before.dropFirst(shift)))
                screen.paint(x: min(cursorX, fieldX + fieldWidth - 1), y: y, width: 1, style: .reverse)
            }
            y += 1
            if i == 0, case .question = form.purpose, !form.fields[0].text.isEmpty {
                if candidates.isEmpty {
                    screen.put(state.lang.t("(tidak ada yang cocok)", "(no match)"), x: fieldX, y: y, style: .role(.muted))
                    y += 1
                }
                for (n, a) in candidates.enumerated() {
                    let mark = n == form.askerPick ? "▶ " : "  "
                    screen.put(mark + "\(a.row). \(a.displayName) — \(a.seatName)", x: fieldX, y: y,
                               maxWidth: box.width - labelWidth - 5, style: n == form.askerPick ? .bold : .role(.muted))
                    y += 1
                }
            }
        }
        if let error = form.error {
            screen.put(error, x: box.x + 2, y: y, maxWidth: box.width - 4, style: .role(.danger, bold: true))
        } else if let note = form.note {
            screen.put(note, x: box.x + 2, y: y, maxWidth: box.width - 4, style: .role(.muted))
        }
    }
}

/// A framed, cleared rectangle with a title.
/// The frame of an overlay (a form, help, history, the note editor), drawn over the screen.
enum Box {
    /// The gap to the screen's edge, in columns, under which what lies behind is cleared too: a column or two of the
    /// screen behind would show only fragments of words beside the frame ("│4").
    static let narrowMargin = 2

    static func draw(_ screen: inout ScreenBuffer, _ r: Rect, title: String) {
        let left = r.x <= narrowMargin ? 0 : r.x
        let right = screen.width - (r.x + r.width) <= narrowMargin ? screen.width : r.x + r.width
        for y in r.y..<(r.y + r.height) { screen.clear(x: left, y: y, width: right - left) }
        let inner = max(0, r.width - 2)
        screen.put("┌" + String(repeating: "─", count: inner) + "┐", x: r.x, y: r.y)
        for y in (r.y + 1)..<(r.y + r.height - 1) {
            screen.put("│", x: r.x, y: y)
            screen.put("│", x: r.x + r.width - 1, y: y)
        }
        screen.put("└" + String(repeating: "─", count: inner) + "┘", x: r.x, y: r.y + r.height - 1)
        screen.put(" " + title + " ", x: r.x + 2, y: r.y, maxWidth: r.width - 4, style: .bold)
    }
}
