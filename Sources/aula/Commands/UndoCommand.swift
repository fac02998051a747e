import AulaCore
import ArgumentParser

/// `aula undo DIR`.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Batalkan perubahan terakhir meja ini (dicatat sebagai perubahan baru). / Undo this desk's last change.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let outcome = try UndoOperation.undo(folder.lastUndoable, desk: folder.desk, in: folder.session, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}
