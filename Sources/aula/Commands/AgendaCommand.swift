import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda`: the acara.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Susunan acara: tambah, mulai, selesai, tampilkan. / The agenda: add, start, end, list.",
        subcommands: [AgendaAddCommand.self, AgendaStartCommand.self, AgendaEndCommand.self, AgendaListCommand.self])
}

/// `aula agenda add DIR TITLE`.
struct AgendaAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Tambah acara di akhir susunan. / Add an item at the end of the agenda.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama acara. / Title of the item.")
    var title: String
    @Option(help: "Narasumber. / Speaker.")
    var speaker: String?
    @Option(help: "Jam mulai rencana, JJ:MM. / Planned start, HH:MM.")
    var at: String?
    @Option(help: "Lama rencana dalam menit. / Planned minutes.")
    var minutes: Int?

    func validate() throws {
        if TextSanitizer.line(title).isEmpty { throw ValidationError("TITLE kosong / empty") }
        if let at, SessionClock.parseTime(at) == nil { throw ValidationError("--at: JJ:MM / HH:MM") }
        if let minutes, !(1...1440).contains(minutes) { throw ValidationError("--minutes: 1–1440") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            var fields: ChangeFields<Change.AgendaField> = [.title: TextSanitizer.line(title)]
            if let speaker { fields[.speaker] = TextSanitizer.line(speaker) }
            if let at, let (h, m) = SessionClock.parseTime(at) { fields[.plannedStart] = String(format: "%02d:%02d", h, m) }
            if let minutes { fields[.minutes] = String(minutes) }
            try folder.append([.agenda(id: UUID().uuidString.lowercased(), fields: fields)])
            let item = folder.session.agenda.last!
            print(TextSanitizer.line("\(item.number). \(item.title)"))
        }
    }
}

/// `aula agenda start DIR [N]`.
struct AgendaStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Mulai acara N (bawaan: berikutnya); acara yang sedang berjalan diakhiri. / Start item N (default: the next).")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let s = folder.session
            let item: AgendaItem
            if let number {
                item = try AgendaRef.item(number, in: s)
            } else {
                guard let next = s.nextItemToStart else {
                    throw AulaError(id: "Semua acara sudah dimulai.", en: "Every agenda item has already started.")
                }
                item = next
            }
            let now = s.clock.iso(Date())
            let changes = s.changesToStart(item, at: now)
            try folder.append(changes)
            AgendaRef.announce(lang.t("Dimulai: ", "Started: "), item, at: now, in: s)
        }
    }
}

/// `aula agenda end DIR [N]`.
struct AgendaEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "Akhiri acara yang berjalan (atau acara N). / End the running item (or item N).")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let s = folder.session
            let item: AgendaItem
            if let number {
                item = try AgendaRef.item(number, in: s)
                guard item.isRunning else {
                    throw AulaError(id: "Acara \(number) tidak sedang berjalan.", en: "Item \(number) is not running.")
                }
            } else {
                guard let running = s.runningItem else {
                    throw AulaError(id: "Tidak ada acara yang sedang berjalan.", en: "No agenda item is running.")
                }
                item = running
            }
            let now = s.clock.iso(Date())
            try folder.append([.agenda(id: item.id, fields: [.end: now])])
            AgendaRef.announce(lang.t("Selesai: ", "Ended: "), item, at: now, in: s)
        }
    }
}

/// `aula agenda list DIR`.
struct AgendaListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Tampilkan susunan acara. / Show the agenda.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            var table = TextTable(
                headers: ["No", lang.t("Rencana", "Planned"), lang.t("Menit", "Min"), lang.t("Acara", "Item"),
                          lang.t("Narasumber", "Speaker"), lang.t("Mulai", "Start"), lang.t("Selesai", "End"),
                          lang.t("Materi", "Mat."), lang.t("Catatan", "Notes")],
                maxWidths: [3, 7, 5, 44, 34, 6, 8, 6, 7])
            for item in s.agenda {
                table.rows.append([
                    String(item.number), item.plannedStart, item.minutes > 0 ? String(item.minutes) : "",
                    item.title, item.speaker,
                    s.clock.clockTime(ofISO: item.actualStart) ?? "",
                    item.isRunning ? lang.t("berjalan", "running") : s.clock.clockTime(ofISO: item.actualEnd) ?? "",
                    String(s.materials.filter { $0.item == item.id }.count),
                    String(s.notes.filter { $0.item == item.id }.count),
                ])
            }
            print(table.render())
        }
    }
}

/// Agenda items named by number on the command line.
enum AgendaRef {
    /// Prints "Dimulai: 2. Pembukaan 09:02 WITA".
    static func announce(_ what: String, _ item: AgendaItem, at time: String, in session: Session) {
        print(TextSanitizer.line(what + "\(item.number). \(item.title) " + (session.clock.clockTime(ofISO: time) ?? "")
                                 + " \(session.clock.abbreviation)"))
    }

    static func item(_ number: Int, in session: Session) throws -> AgendaItem {
        guard (1...max(1, session.agenda.count)).contains(number), number <= session.agenda.count else {
            throw AulaError(id: "Tidak ada acara nomor \(number) (ada \(session.agenda.count)). Lihat: aula agenda list",
                            en: "There is no agenda item \(number) (there are \(session.agenda.count)). See: aula agenda list")
        }
        return session.agenda[number - 1]
    }
}
