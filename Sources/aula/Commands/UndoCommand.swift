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
            guard let last = folder.lastUndoable else {
                throw AulaError(id: "Tidak ada perubahan dari meja \(folder.desk) yang bisa dibatalkan.",
                                en: "Desk \(folder.desk) has no change left to undo.")
            }
            let what = ChangeDescription.describe(last.change, in: folder.session, lang: lang)
            try folder.append([.undo(target: last.id)])
            print(TextSanitizer.line(lang.t("Dibatalkan: ", "Undone: ") + what))
        }
    }
}
