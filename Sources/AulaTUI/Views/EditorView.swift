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
        let width = max(1, box.width - 4)
        // Long lines wrap (at a space when there is one) instead of scrolling sideways.
        var visual: [(row: Int, start: Int, end: Int)] = []
        var cursorVisual = 0
        for (row, line) in editor.lines.enumerated() {
            for (start, end) in segments(line, width: width) {
                if row == editor.row && editor.column >= start && (editor.column < end || end == line.count) {
                    cursorVisual = visual.count
                }
                visual.append((row, start, end))
            }
        }
        // The cursor's line is always on screen: the view starts as low as it must.
        let top = max(0, cursorVisual - rows + 1)
        for (i, piece) in visual.dropFirst(top).prefix(rows).enumerated() {
            let y = box.y + 1 + i
            let line = editor.lines[piece.row]
            screen.put(String(line[piece.start..<piece.end]), x: box.x + 2, y: y, maxWidth: width)
            if top + i == cursorVisual {
                let cursorX = box.x + 2 + DisplayWidth.of(String(line[piece.start..<min(editor.column, line.count)]))
                screen.paint(x: min(cursorX, box.x + 1 + width), y: y, width: 1, style: .reverse)
            }
        }
    }

    /// The pieces of a line that fit `width` columns, as character ranges; a piece ends after a space when it can.
    static func segments(_ line: [Character], width: Int) -> [(Int, Int)] {
        guard !line.isEmpty else { return [(0, 0)] }
        var pieces: [(Int, Int)] = []
        var start = 0
        while start < line.count {
            var end = start, used = 0
            while end < line.count {
                let w = DisplayWidth.of(String(line[end]))
                if used + w > width && end > start { break }
                used += w
                end += 1
            }
            if end < line.count, let space = line[start..<end].lastIndex(of: " "), space > start { end = space + 1 }
            pieces.append((start, end))
            start = end
        }
        return pieces
    }
}
