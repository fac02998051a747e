import AulaCore

/// F1: every key, per tab, each section's keys flowing across the box.
enum HelpView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let box = Rect(x: 1, y: area.y, width: area.width - 2, height: area.height)
        Box.draw(&screen, box, title: lang.t("Bantuan — tombol (Esc menutup)", "Help — keys (Esc closes)"))
        let sections: [(String, [(String, String)])] = [
            (lang.t("Di mana saja", "Everywhere"), KeyMap.globalHelp(lang)),
            (Tab.hadir.label(lang), KeyMap.help(.hadir, lang)),
            (Tab.acara.label(lang), KeyMap.help(.acara, lang)),
            (Tab.materi.label(lang), KeyMap.help(.materi, lang)),
            (Tab.dokumen.label(lang), KeyMap.help(.dokumen, lang)),
            (lang.t("Formulir", "Forms"), KeyMap.help(.form, lang)),
            (lang.t("Notulen", "Notes editor"), KeyMap.help(.editor, lang)),
        ]
        let left = box.x + 2
        let right = box.x + box.width - 2
        var y = box.y + 1
        let bottom = box.y + box.height - 1
        for (title, keys) in sections {
            guard y < bottom else { return }
            var x = left + screen.put(title + ":", x: left, y: y, maxWidth: 16, style: Style(bold: true, underline: true))
            x = max(x + 1, left + 15)
            for (key, what) in keys {
                let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(what)
                if x + width > right {
                    y += 1
                    x = left + 15
                    guard y < bottom else { return }
                }
                x += screen.put(key, x: x, y: y, style: .bold)
                x += screen.put(" " + what, x: x, y: y, maxWidth: right - x)
                x += 3
            }
            y += 1
        }
    }
}
