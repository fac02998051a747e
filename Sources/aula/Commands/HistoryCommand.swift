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
            print(SeatHistory.title(of: seat, lang: lang))
            var table = TextTable(headers: [lang.t("Waktu", "Time"), lang.t("Meja", "Desk"), lang.t("Perubahan", "Change")],
                                  maxWidths: [21, 16, 60])
            for entry in SeatHistory.entries(for: seat.id, events: folder.events, session: folder.session, lang: lang) {
                table.rows.append([entry.when(in: folder.session), entry.desk, entry.description(lang)])
            }
            print(table.render())
        }
    }
}
