/// A note in the notulen of an agenda item: written from the command line or the app's editor.
public enum NoteOperation {
    /// Saves note `id` on the item with id `item`: a new note, or new text for one already written. A new note must
    /// say something; an existing one may be emptied.
    public static func save(id: String, item: String, text: String, in session: Session,
                            lang: Lang) throws(AulaError) -> Outcome {
        guard let agendaItem = session.agenda.first(where: { $0.id == item }) else {
            throw AulaError(id: "Acara itu tidak ada lagi.", en: "That agenda item no longer exists.")
        }
        let note = TextSanitizer.multiline(text)
        if note.isEmpty && !session.notes.contains(where: { $0.id == id }) {
            throw AulaError(id: "Catatan kosong; tidak ada yang disimpan.", en: "The note is empty; nothing was saved.")
        }
        return Outcome([.note(id: id, item: item, text: note)],
                       message: TextSanitizer.line(lang.t("Notulen disimpan pada acara \(agendaItem.number): ",
                                                          "Notes saved on item \(agendaItem.number): ") + agendaItem.title))
    }
}
