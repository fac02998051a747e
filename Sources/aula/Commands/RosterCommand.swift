import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula roster`: the invitation roster.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Daftar undangan: impor, kursi dari kode wilayah, tampilkan. / The roster: import, seats, list.",
        subcommands: [RosterImportCommand.self, RosterExportCommand.self, RosterSeatsCommand.self, RosterAddCommand.self,
                      RosterListCommand.self])
}

/// `aula roster list DIR`.
struct RosterListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Tampilkan daftar peserta dan statusnya. / List the roster with each seat's status.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Hanya kecamatan ini. / Only this kecamatan.")
    var kecamatan: String?
    @Flag(help: "Hanya yang belum hadir. / Only seats not yet attended.")
    var missing = false

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let wanted = kecamatan.map(SearchText.normalize)
            let rows = s.attendees.filter { a in
                (wanted == nil || SearchText.normalize(a.kecamatan) == wanted) && (!missing || a.status == .belumHadir)
            }
            print(RosterTableText.render(rows, session: s, lang: lang))
        }
    }
}
