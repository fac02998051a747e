import AulaCore
import ArgumentParser

/// `aula history DIR QUERY`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Riwayat satu peserta: setiap perubahan dengan jam dan meja. / One attendee's every change, with time and desk.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama, jabatan, unit atau nomor baris (harus tepat satu). / Who (must match one).")
    var query: [String]

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: false, lang: lang)
            let seat = try SeatResolver.resolve(query.joined(separator: " "), in: folder.session)
            print(TextSanitizer.line("\(seat.row). \(seat.displayName) — \(seat.seatName)"))
            let clock = folder.session.clock
            var table = TextTable(headers: [lang.t("Waktu", "Time"), lang.t("Meja", "Desk"), lang.t("Perubahan", "Change")],
                                  maxWidths: [14, 16, 60])
            for entry in SeatHistory.entries(for: seat.id, events: folder.events, session: folder.session, lang: lang) {
                let time = (clock.clockTime(ofISO: entry.at) ?? entry.at) + " " + clock.abbreviation
                table.rows.append([time, entry.desk, entry.what + (entry.undone ? lang.t(" [dibatalkan]", " [undone]") : "")])
            }
            print(table.render())
        }
    }
}
