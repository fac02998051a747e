import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda edit DIR N [--title] [--speaker] [--minutes] [--at]`.
struct AgendaEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Ubah acara N: nama, narasumber, lama, jam rencana. / Edit item N.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int
    @Option(help: "Nama acara. / Title.")
    var title: String?
    @Option(help: "Narasumber (kosong menghapus). / Speaker (empty clears it).")
    var speaker: String?
    @Option(help: "Lama rencana dalam menit. / Planned minutes.")
    var minutes: Int?
    @Option(help: "Jam mulai rencana, JJ:MM (kosong menghapus). / Planned start, HH:MM.")
    var at: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform(lang: lang) { s in
                try AgendaOperations.edit(number: number, title: title, speaker: speaker, plannedStart: at, minutes: minutes,
                                          in: s, lang: lang)
            }
        }
    }
}
