import AulaCore
import ArgumentParser
import Foundation

/// `aula sync DIR OTHER`, or `aula sync DIR --syncthing [--peer ID] [--folder ID]`.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Samakan dua salinan sesi (laptop dan flashdisk), dua arah. / Bring two copies of a session to their union.",
        discussion: """
            Hanya baris yang belum ada yang ditambahkan di akhir berkas meja; tidak ada yang dipotong atau ditulis ulang. \
            Menjalankannya dua kali tidak mengubah apa-apa. OTHER boleh belum ada (salinan pertama ke flashdisk).
            Only missing lines are appended at the end of desk files; nothing is cut or rewritten. Running it twice \
            changes nothing. OTHER may not exist yet (a first copy to a USB stick).
            Dengan --syncthing, folder ini dibagikan lewat Syncthing di laptop ini ke laptop lain (--peer ID-nya), \
            tanpa GUI web; perintah untuk laptop lain dicetak.
            With --syncthing, this folder is shared through this laptop's Syncthing with another laptop (--peer its \
            ID), without the web GUI; the command to run on the other laptop is printed.
            """)

    @Argument(help: "Folder sesi ini. / This session folder.")
    var dir: String
    @Argument(help: "Salinan lain. / The other copy.")
    var other: String?
    @Flag(help: "Bagikan lewat Syncthing, bukan salin sekali. / Share through Syncthing instead of copying once.")
    var syncthing = false
    @Option(help: ArgumentHelp("ID perangkat laptop lain (ID, atau ID@tcp://ALAMAT:PORT bila penemuan diblokir). "
                               + "/ The other laptop's device ID (or ID@tcp://ADDRESS:PORT where discovery is blocked).",
                               valueName: "id"))
    var peer: String?
    @Option(help: "ID folder Syncthing yang dicetak laptop pertama. / The Syncthing folder ID the first laptop printed.")
    var folder: String?
    @Option(help: "Folder konfigurasi Syncthing (bawaan: milik Syncthing). / Syncthing's home (default: its own).")
    var syncthingHome: String?
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if syncthing && other != nil {
            throw ValidationError("--syncthing: tanpa OTHER / without OTHER")
        }
        if !syncthing && other == nil {
            throw ValidationError("OTHER (salinan lain / the other copy), atau / or --syncthing")
        }
        if !syncthing && (peer != nil || folder != nil || syncthingHome != nil) {
            throw ValidationError("--peer, --folder, --syncthing-home: hanya dengan / only with --syncthing")
        }
        if let peer, !SyncthingCLI.isDeviceID(String(peer.prefix { $0 != "@" })) {
            throw ValidationError("--peer: ID perangkat Syncthing (8 kelompok 7 huruf) / a Syncthing device ID")
        }
    }

    func run() throws {
        try Console.run(language) { lang in
            if syncthing {
                try SyncthingShare(dir: dir, peer: peer, folder: folder, cli: SyncthingCLI(home: syncthingHome)).run(lang)
                return
            }
            let a = SessionPath.resolve(dir), b = URL(fileURLWithPath: other ?? "")
            let report = try FolderSync.sync(a, b)
            if report.isEmpty {
                print(lang.t("Sudah sama; tidak ada yang diubah.", "Already the same; nothing changed."))
                return
            }
            for line in report.copied { print(lang.t("disalin: ", "copied: ") + line) }
            for (file, count) in report.appended.sorted(by: { $0.key < $1.key }) {
                print(lang.t("ditambah \(count) baris: ", "appended \(count) lines: ") + file)
            }
            if report.storedFiles > 0 {
                print(lang.t("berkas materi/logo/foto disalin: \(report.storedFiles)",
                             "material, logo and photo files copied: \(report.storedFiles)"))
            }
        }
    }
}
