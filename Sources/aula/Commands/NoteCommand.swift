import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda note DIR --item N TEXT` (also `aula note`).
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Tambah catatan notulen pada acara N. / Add a minutes note to item N.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Nomor acara. / Agenda item number.")
    var item: Int
    @Argument(help: "Isi catatan; - membaca dari masukan standar (teks panjang, berkas). / The note; - reads standard input.")
    var text: String

    /// The most a note read from standard input may hold.
    static let largestNote = 8 << 20

    func validate() throws {
        if text != "-" && TextSanitizer.multiline(text).isEmpty { throw ValidationError("TEXT kosong / empty") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let note = text == "-" ? try Self.readStandardInput(lang) : text
            let folder = try session.open(writable: true, lang: lang)
            let agendaItem = try AgendaOperations.item(item, in: folder.session)
            let outcome = try NoteOperation.save(id: RecordID.make(.note, desk: folder.desk), item: agendaItem.id, text: note,
                                                 in: folder.session, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}

extension NoteCommand {
    /// Standard input as text (UTF-8, or Windows-1252 as older Windows editors save), refused past `largestNote`.
    static func readStandardInput(_ lang: Lang) throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= largestNote else {
            throw AulaError(id: "Catatan dari masukan standar \(data.count) bita; paling banyak \(largestNote >> 20) MB. "
                                + "Bagi menjadi beberapa catatan.",
                            en: "The note on standard input is \(data.count) bytes; at most \(largestNote >> 20) MB. "
                                + "Split it into several notes.")
        }
        return try TextDecoding.decode(Array(data), file: lang.t("masukan standar", "standard input")).0
    }
}

/// `aula agenda question DIR --item N --from QUERY TEXT` (also `aula question`).
struct QuestionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "question",
        abstract: "Catat pertanyaan peserta (dan jawabannya) pada acara N. / Record a question (and answer) on item N.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Nomor acara. / Agenda item number.")
    var item: Int
    @Option(help: "Penanya: nama, jabatan, unit atau nomor baris (harus tepat satu). / Who asked (must match one).")
    var from: String?
    @Option(name: .customLong("from-name"), help: "Penanya yang tidak ada di daftar, seperti ditulis. / Who asked, as written, when not on the roster.")
    var fromName: String?
    @Argument(help: "Pertanyaan. / The question.")
    var text: String
    @Option(help: "Jawaban. / The answer.")
    var answer: String?

    func validate() throws {
        if TextSanitizer.multiline(text).isEmpty { throw ValidationError("TEXT kosong / empty") }
        if (from == nil) == (fromName == nil) { throw ValidationError("Sebutkan --from atau --from-name. / Name --from or --from-name.") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let agendaItem = try AgendaOperations.item(item, in: folder.session)
            let asker: QuestionOperation.Asker = try from.map { .seat(try SeatResolver.resolve($0, in: folder.session)) }
                ?? .named(fromName ?? "")
            let outcome = try QuestionOperation.ask(id: RecordID.make(.question, desk: folder.desk), item: agendaItem.id, asker: asker,
                                                    text: text, answer: answer ?? "", lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}
