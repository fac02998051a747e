import AulaCore
import AulaTUI
import ArgumentParser
import CursesTerminal
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
            let terminal = CursesTerminal()
            do {
                try terminal.start()
            } catch let error as TerminalError {
                throw AulaError(id: "Layar proyektor perlu terminal (\(error.message)).",
                                en: "The projector screen needs a terminal (\(error.message)).")
            }
            defer { terminal.stop() }
            var size = terminal.size
            var notice: String?
            while !terminal.stopRequested {
                do {
                    try folder.refresh()
                    notice = nil
                } catch let error as AulaError {
                    notice = error.message(lang)  // keep showing the last good state, and say why it is not moving
                }
                terminal.present(ProjectorView.render(folder.session, now: Date(), size: size, lang: lang, notice: notice))
                switch terminal.readKey(timeout: 500) {
                case .char("q")?, .ctrl("q")?, .function(10)?: return
                case .resize?:
                    terminal.invalidate()
                    size = terminal.size
                default: break
                }
            }
        }
    }
}
