import AulaCore
import ArgumentParser
import Foundation

/// `aula agenda`: the acara.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Susunan acara: tambah, mulai, selesai, notulen, tanya jawab. / The agenda: add, start, end, notes, questions.",
        subcommands: [AgendaAddCommand.self, AgendaEditCommand.self, AgendaMoveCommand.self, AgendaRemoveCommand.self,
                      AgendaStartCommand.self, AgendaEndCommand.self, AgendaBackCommand.self,
                      AgendaListCommand.self, NoteCommand.self, QuestionCommand.self])
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

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in
                try AgendaOperations.add(id: UUID().uuidString.lowercased(), title: title, speaker: speaker ?? "",
                                         plannedStart: at ?? "", minutes: minutes, in: s, lang: lang)
            }
        }
    }
}

/// `aula agenda edit DIR N [--title] [--speaker] [--minutes] [--at]`.
struct AgendaEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Ubah acara N: nama, narasumber, lama, jam rencana. / Edit item N.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int
    @Option(help: "Nama acara. / Title.")
    var title: String?
    @Option(help: "Narasumber (kosong menghapus). / Speaker (empty clears it).")
    var speaker: String?
    @Option(help: "Lama rencana dalam menit. / Planned minutes.")
    var minutes: Int?
    @Option(help: "Jam mulai rencana, JJ:MM (kosong menghapus). / Planned start, HH:MM.")
    var at: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in
                try AgendaOperations.edit(number: number, title: title, speaker: speaker, plannedStart: at, minutes: minutes,
                                          in: s, lang: lang)
            }
        }
    }
}

/// `aula agenda move DIR N --to M`.
struct AgendaMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Pindahkan acara N ke urutan M. / Move item N to place M.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int
    @Option(help: "Urutan baru. / The new place.")
    var to: Int

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in try AgendaOperations.move(number: number, to: to, in: s, lang: lang) }
        }
    }
}

/// `aula agenda remove DIR N [--force]`.
struct AgendaRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Hapus acara N dari susunan (yang sudah dimulai atau punya catatan hanya dengan --force). "
            + "/ Take item N out of the agenda (once started or with notes only with --force).")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor acara. / Item number.")
    var number: Int
    @Flag(help: ArgumentHelp("Hapus juga bila sudah dimulai atau punya catatan, pertanyaan, materi atau honorarium. "
            + "/ Remove it even when started or holding notes, questions, materials or an honorarium."))
    var force = false

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in try AgendaOperations.remove(number: number, force: force, in: s, lang: lang) }
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
    @OptionGroup var stated: StatedTime

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in
                let when = try stated.instant(in: s) ?? Date()
                if let number { return try AgendaOperations.start(number: number, in: s, at: when, lang: lang) }
                return try AgendaOperations.startNext(in: s, at: when, lang: lang)
            }
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
    @OptionGroup var stated: StatedTime

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in
                guard let when = try stated.instant(in: s) else {
                    if let number { return try AgendaOperations.end(number: number, in: s, at: Date(), lang: lang) }
                    return try AgendaOperations.endRunning(in: s, at: Date(), lang: lang)
                }
                guard let number = number ?? s.runningItem?.number else {
                    throw AulaError(id: "Tidak ada acara yang sedang berjalan.", en: "No agenda item is running.")
                }
                return try AgendaOperations.end(number: number, in: s, statedAt: when, lang: lang)
            }
        }
    }
}

/// `aula agenda back DIR`.
struct AgendaBackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "back",
        abstract: "Mundur satu langkah: acara terakhir yang dimulai kembali belum dimulai, acara sebelumnya berjalan lagi. "
            + "/ One step back: the latest item returns to not started, the one before runs again.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            try folder.perform { s in try AgendaOperations.back(in: s, lang: lang) }
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
