import AulaCore
import ArgumentParser
import Foundation

/// `aula` with no command: the only `*.aula` folder here, else the demo (kept in the user's data directory),
/// in the full-screen app; when output is not a terminal, its status instead.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Buka sesi: satu-satunya folder *.aula di sini, atau sesi demo. / Open the session here, or the demo.",
        shouldDisplay: false)

    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        try Console.run(language) { lang in
            let environment = ProcessInfo.processInfo.environment
            let here = (try? FileManager.default.contentsOfDirectory(atPath: ".")) ?? []
            let sessions = here.filter { $0.hasSuffix(".aula") }.sorted()
            let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let folder: SessionFolder
            var isDemo = false
            if sessions.count == 1 {
                folder = try SessionFolder(url: URL(fileURLWithPath: sessions[0]), desk: try desk.resolved(), writable: interactive)
            } else {
                if sessions.count > 1 {
                    throw AulaError(id: "Ada beberapa sesi di sini (\(sessions.joined(separator: ", "))); sebutkan satu: aula status NAMA",
                                    en: "There are several sessions here (\(sessions.joined(separator: ", "))); name one: aula status NAME")
                }
                let demo = OpenCommand.dataDirectory(environment).appendingPathComponent("demo.aula")
                isDemo = true
                if FileManager.default.fileExists(atPath: demo.path) {
                    folder = try SessionFolder(url: demo, desk: try desk.resolved(), writable: interactive)
                } else {
                    try NoFollow.privateFolders(demo.deletingLastPathComponent())
                    folder = try DemoSession.create(at: demo, desk: try desk.resolved())
                }
            }
            if interactive { return try TUIShell.run(folder, lang: lang, demo: isDemo) }
            print(lang.t("Sesi: \(folder.url.path)", "Session: \(folder.url.path)"))
            print(lang.t("(Bukan terminal: ini ringkasan sesi. Di terminal, aula membuka tampilan layar penuh.)",
                         "(Not a terminal: this is the session summary. In a terminal, aula opens the full-screen app.)"))
            print("")
            print(StatusReport.text(folder.session, lang: lang))
        }
    }

    /// `$XDG_DATA_HOME/aula`, else `~/.local/share/aula`.
    static func dataDirectory(_ environment: [String: String]) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("aula")
        }
        return URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/share/aula")
    }
}
