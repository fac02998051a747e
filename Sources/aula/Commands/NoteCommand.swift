import AulaCore
import ArgumentParser
import Foundation

/// `aula note DIR --item N TEXT`.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Tambah catatan notulen pada acara N. / Add a minutes note to item N.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Nomor acara. / Agenda item number.")
    var item: Int
    @Argument(help: "Isi catatan. / The note.")
    var text: String

    func validate() throws {
        if TextSanitizer.multiline(text).isEmpty { throw ValidationError("TEXT kosong / empty") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let agendaItem = try AgendaRef.item(item, in: folder.session)
            try folder.append([.note(id: UUID().uuidString.lowercased(), item: agendaItem.id,
                                     text: TextSanitizer.multiline(text))])
            print(TextSanitizer.line(lang.t("Catatan disimpan pada acara \(item): ", "Note saved on item \(item): ")
                  + agendaItem.title))
        }
    }
}

/// `aula question DIR --item N --from QUERY TEXT`.
struct QuestionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "question",
        abstract: "Catat pertanyaan peserta (dan jawabannya) pada acara N. / Record a question (and answer) on item N.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Nomor acara. / Agenda item number.")
    var item: Int
    @Option(help: "Penanya: nama, jabatan, unit atau nomor baris (harus tepat satu). / Who asked (must match one).")
    var from: String
    @Argument(help: "Pertanyaan. / The question.")
    var text: String
    @Option(help: "Jawaban. / The answer.")
    var answer: String?

    func validate() throws {
        if TextSanitizer.multiline(text).isEmpty { throw ValidationError("TEXT kosong / empty") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let agendaItem = try AgendaRef.item(item, in: folder.session)
            let asker = try SeatResolver.resolve(from, in: folder.session)
            let label = asker.name.isEmpty ? asker.seatName : "\(asker.name) (\(asker.seatName))"
            try folder.append([.question(id: UUID().uuidString.lowercased(), item: agendaItem.id, askerId: asker.id,
                                         asker: label, text: TextSanitizer.multiline(text),
                                         answer: TextSanitizer.multiline(answer ?? ""))])
            print(TextSanitizer.line(lang.t("Pertanyaan dari ", "Question from ") + label
                  + lang.t(" disimpan pada acara \(item).", " saved on item \(item).")))
        }
    }
}
