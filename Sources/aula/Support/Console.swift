import AulaCore
import ArgumentParser
import Foundation

/// Output to the user: results on stdout, warnings and errors on stderr.
enum Console {
    /// Prints a warning on stderr.
    static func warn(_ text: String, lang: Lang) {
        FileHandle.standardError.write(Data((lang.t("peringatan: ", "warning: ") + text + "\n").utf8))
    }

    /// This machine's kop surat (`kop.txt`), with a warning on stderr when it is there but not trusted.
    static func machineLetterhead(_ lang: Lang) -> String {
        let kop = MachineLetterhead(ProcessInfo.processInfo.environment)
        if let warning = kop.warning { warn(warning.message(lang), lang: lang) }
        return kop.text
    }

    /// Runs a command body; an `AulaError` is printed in the user's language and exits with status 1.
    static func run(_ language: LanguageOptions, _ body: (Lang) throws -> Void) throws {
        let lang: Lang
        do {
            lang = try language.resolved()
        } catch let error as AulaError {
            FileHandle.standardError.write(Data(("aula: " + error.id + " / " + error.en + "\n").utf8))
            throw ExitCode(64)
        }
        do {
            try body(lang)
        } catch let error as AulaError {
            FileHandle.standardError.write(Data(("aula: " + error.message(lang) + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
