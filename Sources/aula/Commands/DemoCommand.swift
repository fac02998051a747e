import AulaCore
import ArgumentParser
import Foundation

/// `aula demo DIR`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Buat sesi demo (Sosialisasi KIM, Belu, 27 Maret 2020). / Create the demo session.")

    @Argument(help: "Folder sesi baru. / New session folder.")
    var dir: String
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let folder = try DemoSession.create(at: SessionPath.forNew(dir), desk: try desk.resolved())
            print(lang.t("Sesi demo dibuat: \(folder.url.path)", "Demo session created: \(folder.url.path)"))
            print(StatusReport.text(folder.session, lang: lang))
        }
    }
}
