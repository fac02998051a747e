import AulaCore
import AulaTUI
import CursesTerminal
import Foundation

/// The start screen on the terminal: the office's sessions until one is chosen, a new one asked for, the demo, or quit.
enum StartShell {
    static func run(_ office: SessionFolder, lang: Lang) throws -> StartScreen.Outcome {
        let entries = office.session.index.map { listed -> StartScreen.Entry in
            let session = try? SessionFolder(url: URL(fileURLWithPath: listed.path), desk: office.desk, writable: false).session
            let invited = session?.attendees.filter(\.invited)
            return StartScreen.Entry(path: listed.path, title: listed.title, date: listed.date, invited: invited?.count,
                                     present: invited?.filter { $0.attendance?.status.isPresent == true }.count)
        }
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch let error as TerminalError {
            throw AulaError(id: "Tampilan layar penuh perlu terminal (\(error.message)).", en: "The full-screen app needs a terminal (\(error.message)).")
        }
        defer { terminal.stop() }
        var state = StartScreen(office: office.session.title, entries: entries, lang: lang, size: terminal.size)
        while !terminal.stopRequested {
            terminal.present(StartView.render(state))
            guard let key = terminal.readKey(timeout: 250) else { continue }
            if key == .resize {
                terminal.invalidate()
                state.size = terminal.size
            }
            if let outcome = state.update(key) { return outcome }
        }
        return .quit
    }
}
