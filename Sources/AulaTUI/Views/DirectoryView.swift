import AulaCore

/// The office's directory over the body: the search, then one line per person (name, role or seat, NIP, NPWP or
/// NIK masked, phone masked, last seen), the chosen one reversed.
enum DirectoryView {
    static func draw(_ screen: inout ScreenBuffer, _ overlay: DirectoryOverlay, _ state: AppState, in body: Rect) {
        let lang = state.lang
        let office = state.directory ?? Session()
        let box = Rect(x: 1, y: body.y, width: body.width - 2, height: body.height)
        let matches = overlay.matches(in: office)
        Box.draw(&screen, box, title: lang.t("Direktori kantor: \(matches.count) dari \(office.people.count) orang",
                                             "Office directory: \(matches.count) of \(office.people.count) people"))
        screen.put(lang.t("Cari: ", "Find: ") + overlay.query.text + "▏", x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4)
        let rows = max(1, box.height - 4)
        let top = max(0, min(overlay.selected - rows + 1, matches.count - rows))
        let masker = PaperBuilder(session: Session(), lang: lang)
        for (line, index) in matches.indices.dropFirst(top).prefix(rows).enumerated() {
            let person = matches[index]
            let number = person.npwp.isEmpty ? (person.nik.isEmpty ? "" : "NIK " + masker.phone(person.nik)) : person.npwp
            let seen = person.seenOn.isEmpty ? "" : lang.t("terakhir ", "last ") + person.seenOn
                + (OfficeDirectory.mayBeReplaced(person, today: state.session.date) ? lang.t(" (mungkin diganti)", " (may be replaced)") : "")
            let cells = [TextSanitizer.line(person.name), TextSanitizer.line(person.seat.isEmpty ? person.role.label(lang) : person.seat),
                         person.nip, number, masker.phone(person.phone), seen].filter { !$0.isEmpty }
            let armed = overlay.forgetArmed == person.id
            screen.put((armed ? "✗ " : "  ") + cells.joined(separator: " · "), x: box.x + 1, y: box.y + 3 + line, maxWidth: box.width - 2,
                       style: index == overlay.selected ? (armed ? Style(reverse: true, role: .danger) : .reverse) : .plain)
        }
        if matches.isEmpty {
            screen.put(office.people.isEmpty ? lang.t("Direktori kosong: ia belajar dari sesi (aula people learn DIR).",
                                                      "The directory is empty: it learns from sessions (aula people learn DIR).")
                                             : lang.t("Tidak ada yang cocok.", "Nobody matches."),
                       x: box.x + 2, y: box.y + 3, maxWidth: box.width - 4, style: .role(.muted))
        }
    }
}
