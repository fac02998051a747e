import AulaCore
import ArgumentParser

/// `aula status DIR`.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Rekap kehadiran: per status dan per kecamatan. / Attendance by status and district.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: false, lang: lang)
            print(StatusReport.text(folder.session, lang: lang))
            for torn in try DeskCopies.tornFiles(in: folder.url) {
                print(lang.t("Disisihkan: \(torn) (baris terpotong oleh listrik padam, tidak terbaca); periksa, lalu hapus.",
                             "Set aside: \(torn) (a line cut off by a power loss, not readable); look at it, then remove it."))
            }
        }
    }
}
