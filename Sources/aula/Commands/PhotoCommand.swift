import AulaCore
import ArgumentParser
import Foundation

/// `aula foto`: photos of the event for the laporan's Lampiran dokumentasi.
struct PhotoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "foto",
        abstract: "Foto dokumentasi untuk lampiran laporan: tambah, keterangan, tampilkan. / Event photos for the report: add, caption, list.",
        subcommands: [PhotoAddCommand.self, PhotoCaptionCommand.self, PhotoListCommand.self],
        aliases: ["photo"])
}

/// `aula foto add DIR FILE... [--caption TEXT]`.
struct PhotoAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Periksa dan salin foto PNG/JPEG ke sesi. / Check and copy PNG or JPEG photos into the session.",
        discussion: "Semua berkas diperiksa dulu: satu yang rusak menolak semuanya, tidak ada yang disimpan.\n"
            + "Every file is checked first: one broken file refuses them all, and nothing is saved.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Berkas foto (PNG atau JPEG). / Photo files (PNG or JPEG).")
    var files: [String]
    @Option(help: "Keterangan di bawah foto. / The caption under each photo.")
    var caption = ""

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Sebutkan minimal satu berkas foto. / Name at least one photo file.") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let outcome = try PhotoOperation.add(files.map { URL(fileURLWithPath: $0) }, caption: caption, to: folder.url, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}

/// `aula foto caption DIR N TEXT`.
struct PhotoCaptionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caption", abstract: "Ubah keterangan foto nomor N. / Change the caption of photo N.")

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nomor foto (lihat: aula foto list). / Photo number (see: aula foto list).")
    var number: Int
    @Argument(help: "Keterangan baru. / The new caption.")
    var caption: String

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let outcome = try PhotoOperation.caption(number, to: caption, in: folder.session, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}

/// `aula foto list DIR`.
struct PhotoListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Tampilkan foto dan periksa salinannya. / List photos and check their copies.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: false, lang: lang)
            print(PhotoOperation.list(folder.session, folder: folder.url, lang: lang))
            if folder.session.photos.isEmpty {
                print(lang.t("Tambahkan dengan: aula foto add DIR BERKAS... --caption TEKS",
                             "Add some with: aula foto add DIR FILE... --caption TEXT"))
            }
        }
    }
}
