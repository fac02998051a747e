import AulaCore
import ArgumentParser
import Foundation

/// `aula repair DIR [OTHER]`.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Gabungkan riwayat ganda satu meja tanpa membuang apa pun. / Merge a desk's two histories, dropping nothing.",
        discussion: """
            Tanpa OTHER: salinan bentrok Syncthing (desk-X.sync-conflict-….jsonl) dan cadangan rsync (desk-X.jsonl~) \
            di DIR digabung: perubahan yang hanya ada di salinan itu pindah ke meja baru yang dinamai menurut perubahan itu (X-1a2b3c4d, sama di setiap laptop), dan salinannya disimpan \
            sebagai ….merged. Dengan OTHER: berkas meja yang berbeda di kedua salinan (dua laptop memakai nama meja yang \
            sama) disiapkan agar aula sync DIR OTHER tidak kehilangan apa pun.
            Without OTHER: Syncthing conflict copies and rsync backups in DIR are merged: the changes only a copy holds \
            move to a new desk named after them (X-1a2b3c4d, the same on every laptop), and the copy is kept as ….merged. With OTHER: desk files that differ between the \
            copies (two laptops used one desk name) are prepared so that aula sync DIR OTHER loses nothing.
            """)

    @Argument(help: "Folder sesi. / The session folder.")
    var dir: String
    @Argument(help: "Salinan lain dengan riwayat meja yang berbeda. / The other copy, whose desk history differs.")
    var other: String?
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let folder = SessionPath.resolve(dir)
            var merged: [DeskRepair.Merged] = []
            if let other {
                let otherURL = SessionPath.resolve(other)
                let result = try DeskRepair.repair(folder, against: otherURL)
                for name in result.replaced {
                    print(lang.t("\(otherURL.lastPathComponent)/\(name): riwayatnya berbeda; disalin sebagai \(name)~ lalu "
                                 + "disamakan dengan \(folder.lastPathComponent)",
                                 "\(otherURL.lastPathComponent)/\(name): its history differs; copied to \(name)~, then made "
                                 + "the same as \(folder.lastPathComponent)'s"))
                }
                merged = result.merged
            }
            merged += try DeskRepair.repair(folder)
            if merged.isEmpty {
                print(lang.t("Tidak ada yang perlu digabung.", "Nothing to merge."))
                return
            }
            for entry in merged { print(entry.line(lang)) }
            if let other { print(lang.t("Sekarang jalankan: aula sync \(dir) \(other)", "Now run: aula sync \(dir) \(other)")) }
        }
    }
}
