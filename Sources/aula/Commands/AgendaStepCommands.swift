import AulaCore
import ArgumentParser
import Foundation

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
            try folder.perform(lang: lang) { s in
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
            try folder.perform(lang: lang) { s in
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
            try folder.perform(lang: lang) { s in try AgendaOperations.back(in: s, lang: lang) }
        }
    }
}
