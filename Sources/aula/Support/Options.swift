import AulaCore
import ArgumentParser
import Foundation

/// `--lang`, shared by every command.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Bahasa keluaran: id (bawaan) atau en; juga lewat AULA_LANG. / Output language: id (default) or en.")
    var lang: Lang?

    /// The language to speak: `--lang`, else `AULA_LANG` (an unknown one is reported in both languages).
    func resolved() throws -> Lang {
        try Lang.resolve(explicit: lang?.rawValue, environment: ProcessInfo.processInfo.environment)
    }
}

/// `--desk`, shared by every command that writes.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: "Nama meja ini (huruf, angka, - _); bawaan: AULA_DESK, lalu nama tetap mesin ini. / This desk's name.")
    var desk: String?

    /// The desk id: `--desk`, `AULA_DESK`, or this machine's own.
    func resolved() throws -> String {
        try DeskID.resolve(explicit: desk, environment: ProcessInfo.processInfo.environment)
    }
}

/// The session folder argument, the desk and the language, shared by every command that opens a session.
struct SessionOptions: ParsableArguments {
    @Argument(help: "Folder sesi (NAMA.aula; akhiran .aula boleh tidak ditulis). / Session folder.")
    var dir: String

    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    /// Opens the session; writable commands lock this desk's file. Warnings go to stderr.
    func open(writable: Bool, lang: Lang) throws -> SessionFolder {
        let folder = try SessionFolder(url: SessionPath.resolve(dir), desk: try desk.resolved(), writable: writable)
        for warning in folder.warnings { Console.warn(warning.message(lang), lang: lang) }
        return folder
    }
}

/// Where a session folder argument points.
enum SessionPath {
    /// `dir` if it exists, else `dir.aula` if that exists, else `dir` (for the error to name).
    static func resolve(_ dir: String) -> URL {
        let url = URL(fileURLWithPath: dir)
        if !FileManager.default.fileExists(atPath: url.path), !dir.hasSuffix(".aula") {
            let withSuffix = URL(fileURLWithPath: dir + ".aula")
            if FileManager.default.fileExists(atPath: withSuffix.path) { return withSuffix }
        }
        return url
    }

    /// The folder a new session goes into: `dir`, with `.aula` added when it has no such ending.
    static func forNew(_ dir: String) -> URL {
        let trimmed = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        return URL(fileURLWithPath: trimmed.hasSuffix(".aula") ? trimmed : trimmed + ".aula")
    }
}

/// `--at HH:MM`: when something happened, stated afterwards (a check-in typed from the paper list, minutes written up
/// from the notulis' notes).
struct StatedTime: ParsableArguments {
    @Option(help: "Jam sebenarnya, JJ:MM (bila dicatat belakangan). / The actual time, HH:MM, when written up later.")
    var at: ClockTime?

    /// The stated time on the session's day in its zone, or nil when none was stated.
    func instant(in session: Session) throws -> Date? {
        try at.map { try session.clock.instant(date: session.date, time: $0.text) }
    }
}

/// `--blank [--extra-rows N]`: papers to fill in by hand (the daftar hadir for wet signatures, blank name tags).
struct BlankFormOptions: ParsableArguments {
    @Flag(help: "Daftar hadir kosong untuk tanda tangan basah (tanpa jam, keterangan dan nomor HP); tanda nama kosong untuk peserta tanpa undangan. / Blank form for wet signatures; blank name tags.")
    var blank = false
    @Option(name: .customLong("extra-rows"),
            help: "Dengan --blank: baris kosong bernomor untuk peserta tanpa undangan, 0 sampai 500. / With --blank: empty numbered rows for walk-ins, 0 to 500.")
    var extraRows = 10
    @Flag(name: .customLong("names-by-hand"),
          help: "Daftar penerimaan: kursi yang dibayar tanpa nama diberi garis untuk ditulis tangan (bawaan: ditolak sampai namanya diisi). / Payment lists: a line to write in a payee's missing name (default: refused until named).")
    var namesByHand = false

    func validate() throws {
        guard (0...500).contains(extraRows) else {
            throw ValidationError("--extra-rows: 0 sampai 500, bukan \(extraRows). / --extra-rows: 0 to 500, not \(extraRows).")
        }
    }

    /// Sets the builder for a form to fill in, when asked.
    func apply(to builder: inout PaperBuilder) {
        builder.blankForm = blank
        builder.extraRows = extraRows
        builder.namesByHand = namesByHand
    }
}
