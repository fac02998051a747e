import AulaCore

/// F1: every key, per tab, each section's keys flowing across the box; ↑↓ scroll it when it is taller than the
/// screen (an arrow on the frame says there is more).
enum HelpView {
    /// One line of the help: a section title on the first line of its section, and the keys with what they do.
    struct Line {
        var title: String
        var keys: [(String, String)]
    }

    /// The box the help draws in, inside the body.
    static func box(_ area: Rect) -> Rect { Rect(x: 1, y: area.y, width: area.width - 2, height: area.height) }

    /// The help's lines for a box `width` wide, every section flowed.
    static func lines(width: Int, lang: Lang) -> [Line] {
        let sections: [(String, [(String, String)])] = [
            (lang.t("Di mana saja", "Everywhere"), KeyMap.globalHelp(lang)),
            (Tab.hadir.label(lang), KeyMap.help(.hadir, lang)),
            (Tab.acara.label(lang), KeyMap.help(.acara, lang)),
            (Tab.materi.label(lang), KeyMap.help(.materi, lang)),
            (Tab.dokumen.label(lang), KeyMap.help(.dokumen, lang)),
            (lang.t("Formulir", "Forms"), KeyMap.help(.form, lang)),
            (lang.t("Notulen", "Notes editor"), KeyMap.help(.editor, lang)),
        ]
        let room = width - 4 - 15
        var lines: [Line] = []
        for (title, keys) in sections {
            var line = Line(title: title, keys: [])
            var used = 0
            for (key, what) in keys {
                let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(what)
                if used > 0 && used + needed > room {
                    lines.append(line)
                    line = Line(title: "", keys: [])
                    used = 0
                }
                line.keys.append((key, what))
                used += needed + 3
            }
            lines.append(line)
        }
        return lines
    }

    /// How far the help can scroll on a screen of `size`.
    static func maxScroll(_ size: Size, lang: Lang) -> Int {
        let area = Rect(x: 0, y: Layout.topRows, width: size.width, height: Layout.bodyRows(size))
        let shown = box(area).height - 2
        return max(0, lines(width: box(area).width, lang: lang).count - shown)
    }

    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let box = box(area)
        Box.draw(&screen, box, title: lang.t("Bantuan — tombol (Esc menutup)", "Help — keys (Esc closes)"))
        let all = lines(width: box.width, lang: lang)
        let shown = box.height - 2
        let scroll = min(state.helpScroll, max(0, all.count - shown))
        let left = box.x + 2
        let right = box.x + box.width - 2
        for (row, line) in all.dropFirst(scroll).prefix(shown).enumerated() {
            let y = box.y + 1 + row
            if !line.title.isEmpty {
                screen.put(line.title + ":", x: left, y: y, maxWidth: 16, style: Style(bold: true, underline: true))
            }
            var x = left + 15
            for (key, what) in line.keys {
                x += screen.put(key, x: x, y: y, style: .bold)
                x += screen.put(" " + what, x: x, y: y, maxWidth: right - x)
                x += 3
            }
        }
        if scroll > 0 { screen.put("▲", x: box.x + box.width - 3, y: box.y, style: .bold) }
        if scroll + shown < all.count { screen.put("▼", x: box.x + box.width - 3, y: box.y + box.height - 1, style: .bold) }
    }
}
