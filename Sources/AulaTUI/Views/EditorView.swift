import AulaCore

/// The notulen editor (and the papers' narrative fields), over the body.
enum EditorView {
    /// The name of a session field edited in the editor.
    static func title(_ field: Change.SessionField, _ lang: Lang) -> String {
        switch field {
        case .conclusion: return lang.t("Kesimpulan", "Conclusions")
        case .followUp: return lang.t("Tindak lanjut", "Follow-up")
        default: return field.argumentName
        }
    }

    static func draw(_ screen: inout ScreenBuffer, _ editor: NoteEditor, _ state: AppState, in area: Rect) {
        let heading: String
        switch editor.target {
        case .note(let item, _):
            heading = state.lang.t("Notulen: ", "Notes: ")
                + (state.session.agenda.first { $0.id == item }.map { "\($0.number). \($0.title)" } ?? "")
        case .field(let field):
            heading = title(field, state.lang)
        }
        let box = Rect(x: 1, y: area.y, width: area.width - 2, height: area.height)
        Box.draw(&screen, box, title: heading + (editor.isModified ? " *" : ""))
        let rows = box.height - 2
        let width = box.width - 4
        // The cursor's line is always on screen: the view starts as low as it must.
        let top = max(0, editor.row - rows + 1)
        for (i, line) in editor.lines.dropFirst(top).prefix(rows).enumerated() {
            let y = box.y + 1 + i
            let row = top + i
            let chars = line
            // Scroll a long line horizontally so the cursor stays visible.
            let shift = row == editor.row ? max(0, DisplayWidth.of(String(chars.prefix(editor.column))) - width + 1) : 0
            var shown = String(chars)
            if shift > 0 { shown = String(shown.dropFirst(shift)) }
            screen.put(shown, x: box.x + 2, y: y, maxWidth: width)
            if row == editor.row {
                let cursorX = box.x + 2 + DisplayWidth.of(String(chars.prefix(editor.column))) - shift
                screen.paint(x: min(cursorX, box.x + 1 + width), y: y, width: 1, style: .reverse)
            }
        }
    }
}
