import AulaCore
import ArgumentParser

/// `aula status DIR`.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Rekap kehadiran: per status dan per kecamatan. / Attendance by status and district.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            print(StatusReport.text(try session.open(writable: false, lang: lang).session, lang: lang))
        }
    }
}
