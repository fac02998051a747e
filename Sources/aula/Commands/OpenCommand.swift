import AulaCore
import ArgumentParser
import Foundation

/// `aula` with no command: the only `*.aula` folder here; else, on a terminal with an office folder that lists
/// sessions, the start screen (open one, or make a new one from it); else the demo (kept in the user's data
/// directory), in the full-screen app; when output is not a terminal, its status instead.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Buka sesi: satu-satunya folder *.aula di sini, atau sesi demo. / Open the session here, or the demo.",
        shouldDisplay: false)

    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var office: OfficeOptions

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
                if interactive, let chosen = try startScreen(lang: lang) {
                    return try TUIShell.run(chosen, lang: lang)
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

    /// The start screen when the office lists sessions: the folder chosen or made, nil for the demo; quitting ends.
    func startScreen(lang: Lang) throws -> SessionFolder? {
        let desk = try self.desk.resolved()
        guard let officeFolder = office.openIfThere(desk: desk, lang: lang), !officeFolder.session.index.isEmpty else { return nil }
        switch try StartShell.run(officeFolder, lang: lang) {
        case .open(let path):
            return try SessionFolder(url: URL(fileURLWithPath: path), desk: desk, writable: true)
        case .copy(let path, let dir, let title, let date):
            let earlier = try SessionFolder(url: URL(fileURLWithPath: path), desk: desk, writable: false)
            let e = earlier.session
            let details: ChangeFields<Change.SessionField> = [.title: title, .date: date, .start: e.start, .venue: e.venue,
                                                              .organizer: e.organizer, .timeZone: e.timeZone]
            return try SessionCreation.create(SessionPath.forNew(dir), details: details, from: earlier, office: office, desk: desk, lang: lang)
        case .demo:
            return nil
        case .quit:
            throw ExitCode.success
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
