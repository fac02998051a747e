import AulaCore
import ArgumentParser
import Foundation

/// `aula people list|find|edit|forget|learn`: the office's directory of the people it meets.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Direktori orang kantor: daftar, cari, ubah, lupakan. / The office's people directory.",
        discussion: """
            Direktori belajar dari sesi: aula new DIR --from LAMA, atau aula people learn DIR. NIK dan nomor HP disamarkan \
            kecuali --show-private (UU PDP). Melupakan seseorang menghapusnya dari direktori di setiap laptop setelah sinkron; \
            log sesi tetap menyimpan yang sudah diberkaskan.
            The directory learns from sessions: aula new DIR --from OLD, or aula people learn DIR. NIK and phone are masked \
            unless --show-private. Forgetting someone removes them from the directory on every laptop after sync; session \
            logs keep what was filed.
            """,
        subcommands: [PeopleListCommand.self, PeopleFindCommand.self, PeopleEditCommand.self, PeopleForgetCommand.self,
                      PeopleLearnCommand.self])
}

/// The options every `aula people` command takes.
struct PeopleOptions: ParsableArguments {
    @OptionGroup var office: OfficeOptions
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions
}

/// One line per person: name, role or seat, NIP and golongan, NPWP or NIK (masked), phone (masked), last seen.
enum PeopleLines {
    /// `people` in the order given.
    static func lines(_ people: [Person], showPrivate: Bool, lang: Lang) -> [String] {
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let masker = PaperBuilder(session: Session(), lang: lang, showPhone: showPrivate)
        var rows = [[lang.t("Nama", "Name"), lang.t("Peran/kursi", "Role/seat"), "NIP", "Gol.", "NPWP/NIK", "HP", lang.t("Terakhir", "Last seen")]]
        for person in people {
            let id = person.npwp.isEmpty ? (person.nik.isEmpty ? "" : "NIK " + (showPrivate ? person.nik : masker.phone(person.nik))) : person.npwp
            var seen = person.seenOn.isEmpty ? "" : person.seenOn + " " + person.seenAt
            if OfficeDirectory.mayBeReplaced(person, today: today) { seen += lang.t(" (mungkin sudah diganti)", " (may have been replaced)") }
            rows.append([TextSanitizer.line(person.name), TextSanitizer.line(person.seat.isEmpty ? person.role.label(lang) : person.seat),
                         person.nip, Golongan.grade(in: person.golongan), id, masker.phone(person.phone), TextSanitizer.line(seen)])
        }
        let widths = rows[0].indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - DisplayWidth.of($0)) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
    }
}

/// What `aula people list` and `find` take: the office and whether to show NIK and phone whole.
struct PeopleShowOptions: ParsableArguments {
    @OptionGroup var options: PeopleOptions
    @Flag(name: .customLong("show-private"), help: "Tampilkan NIK dan nomor HP utuh. / Show NIK and phone whole.")
    var showPrivate = false

    /// Prints the people `text` finds (everyone when empty); says so when there is nobody.
    func show(_ text: String) throws {
        try Console.run(options.language) { lang in
            let office = try options.office.open(writable: false, desk: try options.desk.resolved(), lang: lang)
            let found = OfficeDirectory.find(text, in: office.session)
            guard !found.isEmpty else {
                guard text.isEmpty else { throw AulaError(id: "Tidak ada yang cocok dengan '\(text)'.", en: "Nobody matches '\(text)'.") }
                print(lang.t("Direktori masih kosong. Isi dari sesi: aula people learn DIR", "The directory is empty. Fill it from a session: aula people learn DIR"))
                return
            }
            print(PeopleLines.lines(found, showPrivate: showPrivate, lang: lang).joined(separator: "\n"))
        }
    }
}

/// `aula people list`.
struct PeopleListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Semua orang di direktori. / Everyone in the directory.")
    @OptionGroup var shown: PeopleShowOptions

    func run() throws { try shown.show("") }
}

/// `aula people find TEXT`.
struct PeopleFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "find", abstract: "Cari di direktori (nama, jabatan, kursi, NIP). / Search the directory.")
    @Argument(help: "Teks yang dicari. / What to look for.")
    var text: String
    @OptionGroup var shown: PeopleShowOptions

    func run() throws { try shown.show(text) }
}

/// `aula people edit NAME FIELD VALUE`.
struct PeopleEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Ubah satu isian seseorang di direktori. / Change one field of a person.",
        discussion: "Isian / fields: " + Change.PersonField.allCases.map(\.rawValue).joined(separator: ", "))
    @Argument(help: "Nama (tanpa gelar pun boleh). / Name.")
    var name: String
    @Argument(help: "Isian. / Field.")
    var field: String
    @Argument(help: "Isi baru. / New value.")
    var value: String
    @OptionGroup var options: PeopleOptions

    func run() throws {
        try Console.run(options.language) { lang in
            let office = try options.office.open(writable: true, desk: try options.desk.resolved(), lang: lang)
            guard let which = Change.PersonField(rawValue: field) else {
                throw AulaError(id: "Isian '\(field)' tidak dikenal: " + Change.PersonField.allCases.map(\.rawValue).joined(separator: ", "),
                                en: "No field '\(field)': " + Change.PersonField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let person = try PersonOperation.find(name, in: office.session, lang: lang)
            try office.record(try PersonOperation.set(person, which, value, lang: lang), lang: lang)
        }
    }
}

/// `aula people forget NAME`.
struct PeopleForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget", abstract: "Lupakan seseorang (UU PDP): hilang dari direktori di setiap laptop. / Forget a person.")
    @Argument(help: "Nama. / Name.")
    var name: String
    @OptionGroup var options: PeopleOptions

    func run() throws {
        try Console.run(options.language) { lang in
            let office = try options.office.open(writable: true, desk: try options.desk.resolved(), lang: lang)
            let person = try PersonOperation.find(name, in: office.session, lang: lang)
            try office.append([.forget(person: person.id)])
            print(lang.t("Dilupakan: \(person.name). Log sesi tetap menyimpan yang sudah diberkaskan.",
                         "Forgotten: \(person.name). Session logs keep what was filed."))
        }
    }
}

/// `aula people learn DIR...`: the directory learns the people of sessions, and the office lists the sessions.
struct PeopleLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn", abstract: "Direktori belajar dari sesi, dan sesi dicatat di kantor. / Learn people from sessions.")
    @Argument(help: "Folder sesi. / Session folders.")
    var dirs: [String]
    @OptionGroup var options: PeopleOptions

    func run() throws {
        try Console.run(options.language) { lang in
            let desk = try options.desk.resolved()
            let office = try options.office.open(writable: true, desk: desk, lang: lang)
            for dir in dirs {
                let session = try SessionFolder(url: SessionPath.resolve(dir), desk: desk, writable: false)
                let learned = try OfficeMemory.remember(session, in: office)
                print(lang.t("\(session.session.title): \(learned) orang dipelajari", "\(session.session.title): \(learned) people learned"))
            }
        }
    }
}
