import AulaCore

/// F1: every key, per tab.
enum HelpView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let box = Rect(x: 2, y: area.y, width: area.width - 4, height: area.height)
        Box.draw(&screen, box, title: lang.t("Bantuan — tombol", "Help — keys"))
        var lines: [(String, String, Bool)] = []
        let sections: [(String, [(String, String)])] = [
            (lang.t("Di mana saja", "Everywhere"), KeyMap.globalHelp(lang)),
            (Tab.hadir.label(lang), KeyMap.help(.hadir, lang)),
            (Tab.acara.label(lang), KeyMap.help(.acara, lang)),
            (Tab.materi.label(lang), KeyMap.help(.materi, lang)),
            (Tab.dokumen.label(lang), KeyMap.help(.dokumen, lang)),
            (lang.t("Formulir", "Forms"), KeyMap.help(.form, lang)),
            (lang.t("Notulen", "Notes editor"), KeyMap.help(.editor, lang)),
        ]
        for (title, keys) in sections {
            lines.append((title, "", true))
            lines += keys.map { ($0.0, $0.1, false) }
        }
        // Two columns when the box is tall enough for neither.
        let rows = box.height - 2
        let columns = lines.count > rows ? 2 : 1
        let columnWidth = (box.width - 4) / columns
        for (i, line) in lines.prefix(rows * columns).enumerated() {
            let x = box.x + 2 + (i / rows) * columnWidth
            let y = box.y + 1 + i % rows
            if line.2 {
                screen.put(line.0, x: x, y: y, maxWidth: columnWidth - 1, style: Style(bold: true, underline: true))
            } else {
                let used = screen.put("  " + line.0, x: x, y: y, maxWidth: 24, style: .bold)
                screen.put(String(repeating: " ", count: max(1, 24 - used)) + line.1, x: x + used, y: y,
                           maxWidth: columnWidth - used - 1)
            }
        }
    }
}
