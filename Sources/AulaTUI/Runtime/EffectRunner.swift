import AulaCore
import Foundation

/// Performs the app's effects against a world, and says what came of each: the one place an effect becomes I/O.
public struct EffectRunner {
    /// What performing an effect gives: its results now, or slow work whose results come later.
    public enum Work {
        case done([Action])
        /// Runs off the main loop; its results, then `.finished` when it was slow work the state waits for. It may
        /// say how far it has got through `report` (a `.progress` action) while it runs.
        case background(@Sendable (_ report: @escaping @Sendable (Action) -> Void) -> [Action])
    }

    let world: any World
    let lang: Lang

    /// A runner for `world`, its messages in `lang`.
    public init(world: any World, lang: Lang) {
        self.world = world
        self.lang = lang
    }

    /// Performs `effect` for the app in `state` (the session a preview is made from, the machine's letterhead).
    public func perform(_ effect: Effect, in state: AppState) -> Work {
        let lang = self.lang
        switch effect {
        case .exportPapers:
            let (papers, session) = (world.papers, state.session)
            return .background { progress in
                Self.reporting(lang, then: .finished) {
                    let report = try papers.exportAll(session, lang: lang) {
                        progress(.progress(lang.t("Mengekspor: ", "Exporting: ") + $0))
                    }
                    let kept = report.filing == nil ? "" : lang.t(" (undangan disimpan sebagai yang dikirim)", " (the undangan kept as sent)")
                    return [.exported(Self.warned(lang.t("Diekspor \(report.count) berkas\(kept) ke ", "Exported \(report.count) files\(kept) to ")
                                                  + report.folder, report.warnings, lang), filing: report.filing)]
                }
            }
        case .printPaper(let kind):
            let (papers, session) = (world.papers, state.session)
            return .background { _ in
                Self.reporting(lang, then: .finished) {
                    let (file, result, warnings) = try papers.print(kind, session, lang: lang)
                    switch result {
                    case .queued(let job):
                        return [.inform(Self.warned(lang.t("Dicetak (\(job)): ", "Printing (\(job)): ") + file, warnings, lang))]
                    case .unavailable(let reason):
                        // Nothing failed to save: the paper is in exports/, to print by hand.
                        return [.inform(Self.warned(lang.t("Tidak bisa mencetak (\(reason)); berkas: ",
                                                           "Cannot print (\(reason)); file: ") + file, warnings, lang))]
                    }
                }
            }
        case .makePreview(let kind, let revision):
            let (session, letterhead) = (state.session, state.machineLetterhead)
            return .background { _ in
                [.previewMade(kind, revision: revision,
                              lines: DocumentPreview.lines(kind, session, lang: lang, letterhead: letterhead))]
            }
        default:
            return .done(Self.reporting(lang) { try performNow(effect) })
        }
    }

    /// The effects quick enough to run on the main loop.
    private func performNow(_ effect: Effect) throws -> [Action] {
        switch effect {
        case .append(let changes, let message):
            try world.append(changes)
            // What holds now, other desks' latest changes included: a check-in another desk overrode says so.
            _ = try world.refresh()
            let session = world.session
            let overridden = changes.lazy.compactMap { change -> String? in
                guard case .checkIn(let seat, let status, let standIn, _, _, _) = change else { return nil }
                return CheckInReport(seatID: seat, asked: status, askedStandIn: standIn, desk: world.desk, in: session,
                                     lang: lang).overriddenBy
            }.first
            return [.saved(session, message: overridden ?? message)]
        case .undo:
            let outcome: Outcome
            do {
                outcome = try UndoOperation.undo(world.lastUndoable, desk: world.desk, in: world.session, lang: lang)
            } catch {
                return [.inform(error.message(lang))]
            }
            try world.append(outcome.changes)
            return [.saved(world.session, message: outcome.message)]
        case .addMaterial(let path, let item, let title):
            let material = try world.copyMaterial(from: path, item: item, title: title)
            let outcome = MaterialOperation.add(material, in: world.session, lang: lang)
            try world.append(outcome.changes)
            return [.saved(world.session, message: outcome.message), checkMaterials()]
        case .openStored(let storedPath):
            let (path, opened) = world.open(storedPath)
            return [.inform((opened ? lang.t("Dibuka: ", "Opened: ") : lang.t("Berkas: ", "File: ")) + path)]
        case .checkMaterials:
            return [checkMaterials()]
        case .loadHistory(let id):
            let session = world.session
            guard let seat = session.attendee(id: id) else { return [] }
            let lines = SeatHistory.entries(for: id, events: world.events, session: session, lang: lang).map {
                $0.line(in: session, lang: lang)
            }
            return [.historyLoaded(title: SeatHistory.title(of: seat, lang: lang), lines: lines)]
        case .exportPapers, .printPaper, .makePreview:
            return []  // performed in the background by `perform`
        case .appendOffice(let changes, let message):
            return [.directoryChanged(try world.appendOffice(changes), message: message)]
        }
    }

    /// `message`, then what the PDF maker warned about, as the command line says it on stderr.
    private static func warned(_ message: String, _ warnings: [String], _ lang: Lang) -> String {
        warnings.isEmpty ? message : message + lang.t(" — peringatan: ", " — warning: ") + warnings.joined(separator: "; ")
    }

    private func checkMaterials() -> Action {
        var intact: [String: Bool] = [:]
        let session = world.session
        for material in session.materials { intact[material.sha256] = world.isIntact(material.storedPath, sha256: material.sha256) }
        for photo in session.photos { intact[photo.sha256] = world.isIntact(photo.storedPath, sha256: photo.sha256) }
        return .materialsChecked(intact)
    }

    /// The actions `body` returns, or `.failed` with the error's message; then `last`, if any.
    private static func reporting(_ lang: Lang, then last: Action? = nil, _ body: () throws -> [Action]) -> [Action] {
        var actions: [Action]
        do {
            actions = try body()
        } catch let error as AulaError {
            actions = [.failed(error.message(lang))]
        } catch {
            actions = [.failed(error.localizedDescription)]
        }
        return actions + (last.map { [$0] } ?? [])
    }
}
