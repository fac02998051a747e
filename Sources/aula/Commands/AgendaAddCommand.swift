import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda add DIR TITLE`.
struct AgendaAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Tambah acara di akhir susunan. / Add an item at the end of the agenda.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama acara. / Title of the item.")
    var title: String
    @Option(help: "Narasumber. / Speaker.")
    var speaker: String?
    @Option(help: "Jam mulai rencana, JJ:MM. / Planned start, HH:MM.")
    var at: ClockTime?
    @Option(help: "Lama rencana dalam menit. / Planned minutes.")
    var minutes: Int?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform(lang: lang) { s in
                try AgendaOperations.add(id: RecordID.make(.item, desk: folder.desk), title: title, speaker: speaker ?? "",
                                         plannedStart: at?.text ?? "", minutes: minutes, in: s, lang: lang)
            }
        }
    }
}
