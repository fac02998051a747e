import AulaCore
import ArgumentParser
import Foundation

/// `--office DIR`: the office folder (else `AULA_OFFICE`, else under the user's data directory).
struct OfficeOptions: ParsableArguments {
    @Option(name: .customLong("office"), help: "Folder kantor (bawaan: AULA_OFFICE, lalu ~/.local/share/aula/office). / The office folder.")
    var folder: String?

    var url: URL { OfficeFolder.location(option: folder, environment: ProcessInfo.processInfo.environment) }

    /// Opens the office folder, creating it when `writable` (named `name`, with this machine's kop read into it
    /// once). Warnings go to stderr.
    func open(writable: Bool, desk: String, lang: Lang, name: String = "") throws -> SessionFolder {
        let kop = MachineLetterhead(ProcessInfo.processInfo.environment).text
        let office = try OfficeFolder.open(url, desk: desk, writable: writable, name: name, machineKop: kop)
        for warning in office.warnings { Console.warn(warning.message(lang), lang: lang) }
        return office
    }

    /// The office when its folder is there; nil (and a warning) when it cannot be read: a session never depends on it.
    func openIfThere(desk: String, lang: Lang) -> SessionFolder? {
        guard OfficeFolder.exists(url) else { return nil }
        do {
            return try open(writable: false, desk: desk, lang: lang)
        } catch {
            Console.warn(lang.t("Folder kantor tidak terbaca: ", "The office folder cannot be read: ")
                         + ((error as? AulaError)?.message(lang) ?? String(describing: error)), lang: lang)
            return nil
        }
    }
}
