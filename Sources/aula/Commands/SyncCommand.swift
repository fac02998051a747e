import AulaCore
import ArgumentParser
import Foundation

/// `aula sync DIR OTHER`.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Samakan dua salinan sesi (laptop dan flashdisk), dua arah. / Bring two copies of a session to their union.",
        discussion: """
            Hanya baris yang belum ada yang ditambahkan di akhir berkas meja; tidak ada yang dipotong atau ditulis ulang. \
            Menjalankannya dua kali tidak mengubah apa-apa. OTHER boleh belum ada (salinan pertama ke flashdisk).
            Only missing lines are appended at the end of desk files; nothing is cut or rewritten. Running it twice \
            changes nothing. OTHER may not exist yet (a first copy to a USB stick).
            """)

    @Argument(help: "Folder sesi ini. / This session folder.")
    var dir: String
    @Argument(help: "Salinan lain. / The other copy.")
    var other: String
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let a = SessionPath.resolve(dir), b = URL(fileURLWithPath: other)
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
