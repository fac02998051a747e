import AulaCore
import ArgumentParser

/// `aula tui DIR`: the full-screen app on a session.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Buka tampilan layar penuh (hadir, acara, materi, dokumen). / Open the full-screen app.",
        discussion: "F1 di dalam aplikasi menampilkan semua tombol. / F1 inside the app lists every key.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try SessionFolder(url: SessionPath.resolve(session.dir), desk: try session.desk.resolved(), writable: true)
            try TUIShell.run(folder, lang: lang)
        }
    }
}
