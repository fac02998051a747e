import AulaCore
import ArgumentParser
import Foundation

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
            try folder.perform(lang: lang) { s in try AgendaOperations.move(number: number, to: to, in: s, lang: lang) }
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
            try folder.perform(lang: lang) { s in try AgendaOperations.remove(number: number, force: force, in: s, lang: lang) }
        }
    }
}
