/// A question from the floor, with who asked (a seat on the roster) and, when given, the answer.
public enum QuestionOperation {
    /// Records question `id` on agenda item `item` (an id) from `asker`.
    public static func ask(id: String, item: String, asker: Attendee, text: String, answer: String,
                           lang: Lang) throws(AulaError) -> Outcome {
        let question = TextSanitizer.multiline(text)
        guard !question.isEmpty else { throw AulaError(id: "Pertanyaan wajib diisi.", en: "The question is required.") }
        let label = asker.askerLabel
        return Outcome([.question(id: id, item: item, askerId: asker.id, asker: label, text: question,
                                  answer: TextSanitizer.multiline(answer))],
                       message: TextSanitizer.line(lang.t("Pertanyaan dari ", "Question from ") + label + lang.t(" dicatat.", " recorded.")))
    }
}
