/// A question from the floor, with who asked (a seat on the roster, its stand-in, or anyone named) and, when given,
/// the answer.
public enum QuestionOperation {
    /// Who asked.
    public enum Asker: Equatable, Sendable {
        /// Someone on the roster (or the stand-in who came for that seat).
        case seat(Attendee)
        /// Anyone else, as named ("Antonius Mau, warga Desa Tohe").
        case named(String)
    }

    /// Records question `id` on agenda item `item` (an id) from `asker`.
    public static func ask(id: String, item: String, asker: Asker, text: String, answer: String,
                           lang: Lang) throws(AulaError) -> Outcome {
        let question = TextSanitizer.multiline(text)
        guard !question.isEmpty else { throw AulaError(id: "Pertanyaan wajib diisi.", en: "The question is required.") }
        let label: String, askerId: String
        switch asker {
        case .seat(let seat): (label, askerId) = (seat.askerLabel, seat.id)
        case .named(let name):
            (label, askerId) = (TextSanitizer.line(name), "")
            guard !label.isEmpty else { throw AulaError(id: "Nama penanya wajib diisi.", en: "Who asked is required.") }
        }
        return Outcome([.question(id: id, item: item, askerId: askerId, asker: label, text: question,
                                  answer: TextSanitizer.multiline(answer))],
                       message: TextSanitizer.line(lang.t("Pertanyaan dari ", "Question from ") + label + lang.t(" dicatat.", " recorded.")))
    }
}
