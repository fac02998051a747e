/// Taking back this desk's last change (as a new event, so the history keeps both).
public enum UndoOperation {
    /// Undoes `last`, the desk's latest change that can be taken back (`SessionFolder.lastUndoable`), described as
    /// it was; with none, an error that says so.
    public static func undo(_ last: Event?, desk: String, in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        guard let last else {
            throw AulaError(id: "Tidak ada perubahan dari meja \(desk) yang bisa dibatalkan.",
                            en: "Desk \(desk) has no change left to undo.")
        }
        let what = ChangeDescription.describe(last.change, in: session, lang: lang)
        return Outcome([.undo(target: last.id)], message: TextSanitizer.line(lang.t("Dibatalkan: ", "Undone: ") + what))
    }
}
