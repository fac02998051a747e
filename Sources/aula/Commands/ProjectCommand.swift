import AulaCore
import ArgumentParser
import Foundation

/// `aula project DIR`: the read-only screen for the hall.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Layar proyektor (hanya baca): acara yang berjalan, waktu, acara berikutnya, jumlah hadir. / The projector screen.",
        discussion: "Mengikuti log secara langsung; q, Ctrl-Q atau F10 keluar. / Follows the log live; q, Ctrl-Q or F10 quits.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try SessionFolder(url: SessionPath.resolve(session.dir), desk: try session.desk.resolved(), writable: false)
            try TUIShell.run(folder, lang: lang, role: .projector)
        }
    }
}
