import AulaCore

/// The start screen drawn: the office's name, its sessions most recent first with invited, present and %, the copy
/// form when open, and the keys.
public enum StartView {
    public static func render(_ state: StartScreen) -> ScreenBuffer {
        var screen = ScreenBuffer(width: state.size.width, height: state.size.height)
        let lang = state.lang
        let width = state.size.width
        screen.put(" Aula — " + state.office, x: 0, y: 0, maxWidth: width, style: Style(bold: true, reverse: true))
        screen.put(lang.t(" Sesi kantor ini", " This office's sessions"), x: 0, y: 2, maxWidth: width, style: Style(bold: true))
        let header = lang.t("Tanggal     Diundang Hadir    %  Kegiatan", "Date         Invited  Here    %  Session")
        screen.put(" " + header, x: 0, y: 3, maxWidth: width, style: .role(.muted))
        let rows = max(1, state.size.height - 8)
        let top = max(0, min(state.selected - rows + 1, state.entries.count - rows))
        for (line, index) in state.entries.indices.dropFirst(top).prefix(rows).enumerated() {
            let entry = state.entries[index]
            let counts: String
            if let invited = entry.invited, let present = entry.present {
                let share = invited == 0 ? "-" : "\((present * 100 + invited / 2) / invited)%"
                counts = pad(String(invited), 8) + " " + pad(String(present), 5) + " " + pad(share, 4)
            } else {
                counts = pad("-", 8) + " " + pad("-", 5) + " " + pad("", 4)
            }
            let text = " " + entry.date + "  " + counts + "  " + TextSanitizer.line(entry.title)
            screen.put(text, x: 0, y: 4 + line, maxWidth: width,
                       style: index == state.selected && state.form == nil ? Style(reverse: true) : .plain)
        }
        if state.entries.isEmpty {
            screen.put(lang.t(" Belum ada sesi tercatat.", " No session listed yet."), x: 0, y: 4, maxWidth: width, style: .role(.muted))
        }
        if let form = state.form {
            let labels = [lang.t("Folder baru", "New folder"), lang.t("Judul", "Title"), lang.t("Tanggal (TTTT-BB-HH)", "Date (YYYY-MM-DD)")]
            let y = max(4, state.size.height - 9)
            let title = lang.t(" Sesi baru dari: ", " New session from: ") + TextSanitizer.line(state.entries[state.selected].title)
            screen.put(title, x: 2, y: y, maxWidth: width - 4, style: Style(bold: true))
            for (index, label) in labels.enumerated() {
                screen.put(pad(label, 22), x: 4, y: y + 1 + index, maxWidth: width - 6,
                           style: index == state.focus ? Style(bold: true) : .plain)
                screen.put(form[index].text + (index == state.focus ? "▏" : ""), x: 27, y: y + 1 + index, maxWidth: width - 29,
                           style: index == state.focus ? Style(reverse: true) : .plain)
            }
            screen.put(lang.t("Membawa kursi (tanpa kehadiran), kerangka acara, narasumber/panitia dan tarif.",
                              "Brings the seats (not the attendance), the acara's skeleton, the people and the rates."),
                       x: 4, y: y + 5, maxWidth: width - 6, style: .role(.muted))
        }
        if let message = state.message {
            screen.put(" " + message, x: 0, y: state.size.height - 2, maxWidth: width, style: .role(.warn))
        }
        let keys = state.form == nil
            ? lang.t(" ↑↓ pilih  Enter buka  c sesi baru dari ini  d demo  q keluar", " ↑↓ choose  Enter open  c new session from it  d demo  q quit")
            : lang.t(" Tab kolom berikut  Enter buat dan buka  Esc batal", " Tab next field  Enter make and open  Esc cancel")
        screen.put(keys, x: 0, y: state.size.height - 1, maxWidth: width, style: .role(.muted))
        return screen
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
