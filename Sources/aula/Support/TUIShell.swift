import AulaCore
import AulaTUI
import CursesTerminal
import Foundation

/// Runs the full-screen app or the projector screen: keys from the terminal become actions for the `AppRuntime`,
/// which performs their effects against the session folder; the screen is drawn when something changed.
enum TUIShell {
    /// Runs until a quit key or a stop signal; the terminal is restored on every way out, then errors are shown.
    /// `demo`: the bundled demo session, said in the header.
    static func run(_ folder: SessionFolder, lang: Lang, role: AppState.Role = .desk, demo: Bool = false) throws {
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch let error as TerminalError {
            throw role == .projector
                ? AulaError(id: "Layar proyektor perlu terminal (\(error.message)).",
                            en: "The projector screen needs a terminal (\(error.message)).")
                : AulaError(id: "Tampilan layar penuh perlu terminal (\(error.message)). Untuk skrip, pakai: aula status DIR",
                            en: "The full-screen app needs a terminal (\(error.message)). For scripts use: aula status DIR")
        }
        defer { terminal.stop() }
        var state = AppState(session: folder.session, lang: lang, desk: folder.desk, folderPath: folder.url.path,
                             size: terminal.size, now: Date())
        state.role = role
        state.isDemo = demo
        let machineKop = MachineLetterhead(ProcessInfo.processInfo.environment)
        state.machineLetterhead = machineKop.text
        let office = OfficeFolder.location(option: nil, environment: ProcessInfo.processInfo.environment)
        state.directory = OfficeFolder.exists(office) ? (try? SessionFolder(url: office, desk: folder.desk, writable: false))?.session : nil
        let warnings = folder.warnings + (machineKop.warning.map { [$0] } ?? [])
        if !warnings.isEmpty, role == .desk {
            state.message = warnings.map { $0.message(lang) }.joined(separator: " ")
        }
        let runtime = AppRuntime(state: state, world: LiveWorld(folder: folder, letterhead: machineKop.text),
                                 background: .thread)
        var lastSecond = Int(Date().timeIntervalSince1970)
        var dirty = true
        while true {
            if dirty {
                terminal.present(AppView.render(runtime.state))
                dirty = false
            }
            if runtime.state.quitRequested || terminal.stopRequested { break }
            let key = terminal.readKey(timeout: runtime.isWaiting ? 50 : 250)
            if runtime.collect() { dirty = true }
            let now = Date()
            let bells = runtime.state.bells
            defer { if runtime.state.bells > bells { terminal.beep() } }
            // Once a second: the clock, and other desks' changes to the shared folder (they show within a second or two).
            if Int(now.timeIntervalSince1970) != lastSecond {
                lastSecond = Int(now.timeIntervalSince1970)
                runtime.send(.tick(now))
                runtime.refresh()
                dirty = true
            }
            guard let first = key else {
                // A scanner that sends no Enter: its code is taken once the keys stop.
                if runtime.state.awaitsScanEnd {
                    runtime.send(.tick(now))
                    dirty = true
                }
                continue
            }
            // Keys already waiting arrived together (a scanner's burst): they all get the time the first was read,
            // so a busy moment between two reads never makes a scan look typed by hand.
            var keys = [first]
            while keys.count < 64, let more = terminal.readKey(timeout: 0) { keys.append(more) }
            // Where keys are commands, a digit or capital may be a scanner's code arriving: let the burst finish
            // (keys within a scanner's gap of each other), and take a whole code as one scan.
            let mode = KeyMap.mode(runtime.state)
            if KeyMap.mayBeginScan(keys, in: mode) {
                while keys.count < 64, let more = terminal.readKey(timeout: KeyMap.scanGapMilliseconds) { keys.append(more) }
            }
            if let scan = KeyMap.scan(keys, in: mode) {
                runtime.send(.tick(now))
                runtime.send(scan)
                dirty = true
                continue
            }
            for key in keys {
                runtime.send(.tick(now))
                if key == .resize {
                    terminal.invalidate()
                    runtime.send(.resize(terminal.size))
                } else if let action = KeyMap.action(for: key, in: KeyMap.mode(runtime.state)) {
                    runtime.send(action)
                }
                if runtime.state.quitRequested { break }
            }
            dirty = true
        }
        // The office learns who this desk met at the door (names, stand-ins), as it would from aula people learn.
        if role == .desk, !demo, OfficeFolder.exists(office), let officeFolder = try? SessionFolder(url: office, desk: folder.desk, writable: true) {
            _ = try? folder.refresh()
            _ = try? OfficeMemory.remember(folder, in: officeFolder)
        }
    }
}
