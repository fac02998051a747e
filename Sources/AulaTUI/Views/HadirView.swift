import AulaCore

/// Hadir: counters, the search line and the roster list.
enum HadirView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        drawCounters(&screen, state, y: area.y)
        let prompt = lang.t("Cari: ", "Search: ")
        screen.put(" " + prompt, x: 0, y: area.y + 1, style: .bold)
        let queryX = 1 + DisplayWidth.of(prompt)
        screen.put(state.hadir.query.text, x: queryX, y: area.y + 1, maxWidth: area.width - queryX - 22)
        let cursorX = queryX + DisplayWidth.of(String(state.hadir.query.text.prefix(state.hadir.query.cursor)))
        if state.form == nil && state.editor == nil && cursorX < area.width - 22 {
            screen.paint(x: cursorX, y: area.y + 1, width: 1, style: .reverse)
        }
        let count = state.hadir.query.text.isEmpty
            ? lang.t("\(state.session.attendees.count) baris", "\(state.session.attendees.count) rows")
            : lang.t("\(state.hadir.visible.count) cocok", "\(state.hadir.visible.count) match")
        screen.put(count, x: area.width - DisplayWidth.of(count) - 1, y: area.y + 1, style: .role(.muted))
        // Present seats whose person has no name yet: the daftar hadir and the payments need one.
        if state.counts.presentWithoutName > 0 {
            let nameless = lang.t("\(state.counts.presentWithoutName) hadir tanpa nama · ",
                                  "\(state.counts.presentWithoutName) present without a name · ")
            let x = area.width - DisplayWidth.of(count) - 1 - DisplayWidth.of(nameless)
            if x > queryX + DisplayWidth.of(state.hadir.query.text) + 1 {
                screen.put(nameless, x: x, y: area.y + 1, style: .role(.warn, bold: true))
            }
        }

        // Walk-ins (at the end of the list) have six-digit numbers of their own: the column widens for them.
        let walkInDigits = state.session.attendees.reversed().prefix { !$0.invited }.map { String($0.row).count }.max() ?? 0
        let widths = Columns.widths(total: area.width - 2, [(max(5, walkInDigits), 0), (nil, 30), (nil, 18), (nil, 24),
                                                            (nil, 16), (12, 0), (5, 0)])
        let titles = ["No", lang.t("Nama", "Name"), lang.t("Jabatan", "Position"), lang.t("Unit/Instansi", "Unit"),
                      lang.t("Kecamatan", "District"), "Status", lang.t("Jam", "Time")]
        Columns.titles(&screen, titles, widths: widths, x: 1, y: area.y + 2, rightAligned: [0])
        var rows = Layout.hadirListRows(state.size)
        var listY = area.y + 3
        if let banner = state.hadir.scanBanner, rows > 6 {
            drawBanner(&screen, banner, y: listY, width: area.width)
            listY += 4
            rows -= 4
        }
        let visible = state.hadir.visible
        if visible.isEmpty {
            let text = state.session.attendees.isEmpty
                ? lang.t("Daftar peserta kosong. Impor dengan: aula roster import DIR berkas.xlsx (atau .csv), atau ^N untuk peserta baru.",
                         "The roster is empty. Import with: aula roster import DIR file.xlsx (or .csv), or ^N for a walk-in.")
                : lang.t("Tidak ada yang cocok. ^N menambah peserta baru; Esc menghapus pencarian.",
                         "Nothing matches. ^N adds a walk-in; Esc clears the search.")
            screen.put(text, x: 2, y: listY, maxWidth: area.width - 4, style: .role(.muted))
            return
        }
        // With the banner up, the list starts at the selection (the seat just scanned).
        let first = state.hadir.scanBanner == nil ? state.hadir.scroll : max(0, min(state.hadir.selected, visible.count - rows))
        for line in 0..<rows {
            let position = first + line
            guard position < visible.count else { break }
            let a = state.session.attendees[visible[position]]
            let y = listY + line
            let selected = position == state.hadir.selected
            let time = a.attendance.flatMap { state.session.clock.clockTime(ofISO: $0.time) } ?? ""
            var status = a.status == .belumHadir ? "·" : a.status.label(lang)
            if a.status == .diwakili, let by = a.attendance?.standIn, !by.isEmpty { status += ": " + by }
            let name = a.name.isEmpty ? lang.t("(kursi kosong)", "(empty seat)") : a.name
            let style: Style = selected ? Style(bold: true, reverse: true) : statusStyle(a.status)
            if selected { screen.clear(x: 0, y: y, width: area.width, style: style) }
            let jabatan = Abbreviation.jabatan(a.jabatan, width: widths[2])
            let unit = Abbreviation.unit(a.unit, width: widths[3])
            Columns.draw(&screen, [String(a.row), name, jabatan, unit, a.kecamatan, status, time], widths: widths,
                         x: 1, y: y, style: style, rightAligned: [0])
            if a.name.isEmpty && !selected {
                screen.paint(x: 1 + widths[0] + 1, y: y, width: widths[1], style: .role(.muted))
            }
        }
    }

    /// The scan's result, three lines in reverse video across the tab: green when marked, yellow when already
    /// present, red when refused.
    static func drawBanner(_ screen: inout ScreenBuffer, _ banner: ScanBanner, y: Int, width: Int) {
        let role: Style.Role
        switch banner.kind {
        case .marked: role = .good
        case .alreadyPresent: role = .warn
        case .refused: role = .danger
        }
        let style = Style(bold: true, reverse: true, role: role)
        // Each line wrapped at a word to the banner's width; what does not fit its three rows is shortened at a word.
        var rows: [(text: String, bold: Bool)] = []
        for (index, line) in banner.lines.enumerated() {
            rows += TextPaper.wrap(line, width: max(1, width - 6)).map { ($0, index < 2) }
        }
        if rows.count > 3 {
            rows[2].text = DisplayWidth.shortened(rows[2].text + " " + rows[3...].map(\.text).joined(separator: " "), to: width - 6)
        }
        for row in 0..<3 {
            screen.clear(x: 1, y: y + row, width: width - 2, style: style)
            if row < rows.count {
                screen.put(rows[row].text, x: 3, y: y + row, maxWidth: width - 6, style: Style(bold: rows[row].bold, reverse: true, role: role))
            }
        }
    }

    static func statusStyle(_ status: AttendanceStatus) -> Style {
        switch status {
        case .hadir, .diwakili: return .role(.good)
        case .izin, .sakit, .dinasLuar: return .role(.warn)
        case .belumHadir: return .plain
        }
    }

    static func drawCounters(_ screen: inout ScreenBuffer, _ state: AppState, y: Int) {
        let lang = state.lang
        let all = state.counts
        let parts: [(String, Int, Style)] = [
            (lang.t("Diundang", "Invited"), all.invited, .bold),
            (lang.t("Hadir", "Present"), all[.hadir], .role(.good, bold: true)),
            (lang.t("Diwakili", "Represented"), all[.diwakili], .role(.good, bold: true)),
            (lang.t("Izin/Sakit/DL", "Excused"), all.excused, .role(.warn, bold: true)),
            (lang.t("Belum", "Not yet"), all[.belumHadir], .bold),
        ]
        let walkIns = all.total - all.invited
        let note = walkIns > 0 ? lang.t("+\(walkIns) tanpa undangan", "+\(walkIns) walk-in") : ""
        // Narrower gaps before fewer words: the line is shortened by whole words, never cut inside one.
        let counted = parts.reduce(0) { $0 + DisplayWidth.of($1.0) + 1 + String($1.1).count }
        let gap = 1 + counted + 3 * parts.count + DisplayWidth.of(note) <= screen.width ? 3 : 2
        var x = 1
        for (label, value, style) in parts {
            x += screen.put(label + " ", x: x, y: y)
            x += screen.put(String(value), x: x, y: y, style: style)
            x += screen.put(String(repeating: " ", count: gap), x: x, y: y)
        }
        let room = screen.width - x
        let shown = DisplayWidth.of(note) <= room ? note : walkIns > 0 && "+\(walkIns)".count <= room ? "+\(walkIns)" : ""
        if !shown.isEmpty { screen.put(shown, x: x, y: y, style: .role(.muted)) }
    }
}

/// Who is still missing, grouped by kecamatan (Ctrl-T on Hadir).
enum MissingView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        HadirView.drawCounters(&screen, state, y: area.y)
        let all = state.hadir.missingLines
        let rows = Layout.textRows(state.size)
        screen.put(" " + state.lang.t("Belum hadir, per kecamatan", "Not here yet, by district"), x: 0, y: area.y + 1,
                   style: Style(bold: true, underline: true))
        for (i, line) in all.dropFirst(state.hadir.missingScroll).prefix(rows - 1).enumerated() {
            let heading = !line.hasPrefix(" ")
            screen.put(" " + line, x: 0, y: area.y + 2 + i, maxWidth: area.width, style: heading ? .bold : .plain)
        }
    }
}
