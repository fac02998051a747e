import AulaCore
import AulaResources
import AulaTUI
import CursesTerminal
import Foundation

/// Runs the full-screen app: keys from the terminal become actions, `update` changes the state, effects are
/// performed here (append to the log, copy and open materials, export) and their results go back as actions.
enum TUIShell {
    /// Runs until Ctrl-Q/F10 or a stop signal; the terminal is restored on every way out, then errors are shown.
    static func run(_ folder: SessionFolder, lang: Lang) throws {
        let terminal = CursesTerminal()
        do {
            try terminal.start()
        } catch let error as TerminalError {
            throw AulaError(id: "Tampilan layar penuh perlu terminal (\(error.message)). Untuk skrip, pakai: aula status DIR",
                            en: "The full-screen app needs a terminal (\(error.message)). For scripts use: aula status DIR")
        }
        defer { terminal.stop() }
        var state = AppState(session: folder.session, lang: lang, desk: folder.desk, folderPath: folder.url.path,
                             size: terminal.size, now: Date())
        let machineKop = MachineLetterhead(ProcessInfo.processInfo.environment)
        let letterhead = machineKop.text
        state.machineLetterhead = letterhead
        let warnings = folder.warnings + (machineKop.warning.map { [$0] } ?? [])
        if !warnings.isEmpty {
            state.message = warnings.map { $0.message(lang) }.joined(separator: " ")
        }
        let shell = Effects(folder: folder, lang: lang, letterhead: letterhead)
        func apply(_ action: Action) {
            for effect in update(&state, action) {
                for result in shell.perform(effect) { apply(result) }
            }
        }
        var lastSecond = Int(Date().timeIntervalSince1970)
        var dirty = true
        while true {
            if dirty {
                terminal.present(AppView.render(state))
                dirty = false
            }
            if state.quitRequested || terminal.stopRequested { break }
            let key = terminal.readKey(timeout: 250)
            let now = Date()
            // Once a second: the clock, and other desks' changes to the shared folder (they show within a second or two).
            if Int(now.timeIntervalSince1970) != lastSecond {
                lastSecond = Int(now.timeIntervalSince1970)
                apply(.tick(now))
                do {
                    let known = folder.warnings.count
                    if try folder.refresh() { apply(.refreshed(folder.session)) }
                    if folder.warnings.count > known { apply(.inform(folder.warnings[known].message(lang))) }
                } catch let error as AulaError {
                    apply(.failed(error.message(lang)))
                }
                dirty = true
            }
            guard let key else { continue }
            apply(.tick(now))
            if key == .resize {
                terminal.invalidate()
                apply(.resize(terminal.size))
            } else if let action = KeyMap.action(for: key, in: KeyMap.mode(state)) {
                apply(action)
            }
            dirty = true
        }
    }
}

/// What the app's effects do to the world.
struct Effects {
    let folder: SessionFolder
    let lang: Lang
    /// This machine's kop surat (`kop.txt` in the config directory).
    let letterhead: String

    func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .append(let changes, let message):
                try folder.append(changes)
                // What holds now, other desks' latest changes included: a check-in another desk overrode says so.
                try folder.refresh()
                let overridden = changes.lazy.compactMap { change -> String? in
                    guard case .checkIn(let seat, let status, let standIn, _, _) = change else { return nil }
                    return CheckInReport(seatID: seat, asked: status, askedStandIn: standIn, desk: folder.desk,
                                         in: folder.session, lang: lang).overriddenBy
                }.first
                return [.saved(folder.session, message: overridden ?? message)]
            case .undo:
                let outcome: Outcome
                do {
                    outcome = try UndoOperation.undo(folder.lastUndoable, desk: folder.desk, in: folder.session, lang: lang)
                } catch {
                    return [.inform(error.message(lang))]
                }
                try folder.append(outcome.changes)
                return [.saved(folder.session, message: outcome.message)]
            case .addMaterial(let path, let item, let title):
                let expanded = (path as NSString).expandingTildeInPath
                let material = try MaterialCopy.add(URL(fileURLWithPath: expanded), item: item, title: title, to: folder)
                try folder.append([.material(material)])
                return [.saved(folder.session, message: lang.t("Materi ditambahkan: ", "Material added: ") + material.title),
                        checkMaterials()]
            case .openMaterial(let material):
                return [open(material)]
            case .checkMaterials:
                return [checkMaterials()]
            case .loadHistory(let id):
                let session = folder.session
                guard let seat = session.attendee(id: id) else { return [] }
                let lines = SeatHistory.entries(for: id, events: folder.events, session: session, lang: lang).map { entry in
                    entry.time(session.clock) + "  " + entry.desk + "  " + entry.description(lang)
                }
                return [.historyLoaded(title: SeatHistory.title(of: seat, lang: lang), lines: lines)]
            case .exportPapers:
                let written = try PaperExport.all(folder.session, lang: lang, letterhead: letterhead, into: folder.url)
                return [.inform(lang.t("Diekspor \(written.count) berkas ke ", "Exported \(written.count) files to ")
                                + folder.url.appendingPathComponent("exports").path)]
            case .printPaper(let kind):
                let papers = PaperSet.papers(PaperSet.Selection(rawValue: kind.rawValue)!,
                                             builder: PaperBuilder(session: folder.session, lang: lang, machineLetterhead: letterhead))
                let (file, _, result) = try Printing.print(papers, named: kind.rawValue, title: kind.rawValue, lang: lang,
                                                           session: folder.url, printer: nil, copies: 1)
                switch result {
                case .queued(let job): return [.inform(lang.t("Dicetak (\(job)): ", "Printing (\(job)): ") + file.lastPathComponent)]
                case .unavailable(let reason):
                    return [.failed(lang.t("Tidak bisa mencetak (\(reason)); berkas: ", "Cannot print (\(reason)); file: ") + file.path)]
                }
            }
        } catch let error as AulaError {
            return [.failed(error.message(lang))]
        } catch {
            return [.failed(error.localizedDescription)]
        }
    }

    private func checkMaterials() -> Action {
        var intact: [String: Bool] = [:]
        for material in folder.session.materials {
            intact[material.sha256] = MaterialCopy.isIntact(material, in: folder.url)
        }
        return .materialsChecked(intact)
    }

    /// Opens a material with `xdg-open` when there is a desktop to show it; else says where the file is.
    private func open(_ material: Material) -> Action {
        let path = folder.url.appendingPathComponent(material.storedPath).path
        let environment = ProcessInfo.processInfo.environment
        let hasDesktop = environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil
        let opener = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/xdg-open" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard hasDesktop, let opener else { return .inform(lang.t("Berkas: ", "File: ") + path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return .inform(lang.t("Dibuka: ", "Opened: ") + path)
        } catch {
            return .inform(lang.t("Berkas: ", "File: ") + path)
        }
    }
}
