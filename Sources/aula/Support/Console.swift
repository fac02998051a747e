import AulaCore
import ArgumentParser
import Foundation

/// Prints to standard output, as Swift's `print` does, but only what a terminal may show: every command's `print`
/// is this one, so no escape code, BiDi override or invisible character in a session's data (another desk's log,
/// an imported roster, a program's message) reaches the user's terminal.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    FileHandle.standardOutput.write(Data(TextSanitizer.printable(text).utf8))
}

/// Output to the user: results on stdout, warnings and errors on stderr, all of it through the sanitizer.
enum Console {
    /// Prints a warning on stderr.
    static func warn(_ text: String, lang: Lang) {
        complain(lang.t("peringatan: ", "warning: ") + text)
    }

    /// Writes a line on stderr, cleaned for the terminal.
    static func complain(_ line: String) {
        FileHandle.standardError.write(Data(TextSanitizer.printable(line + "\n").utf8))
    }

    /// This machine's kop surat (`kop.txt`), with a warning on stderr when it is there but not trusted.
    static func machineLetterhead(_ lang: Lang) -> String {
        let kop = MachineLetterhead(ProcessInfo.processInfo.environment)
        if let warning = kop.warning { warn(warning.message(lang), lang: lang) }
        return kop.text
    }

    /// A command's made bytes (a paper, an export) to the file named with `--output`, said on stderr, or else to
    /// standard output as they are (a paper's text is clean already; a PDF must not be changed).
    static func deliver(_ bytes: [UInt8], to output: String?, lang: Lang) throws {
        guard let output else { return FileHandle.standardOutput.write(Data(bytes)) }
        try OutputFile.write(bytes, to: output)
        complain(lang.t("Ditulis: \(output)", "Written: \(output)"))
    }

    /// Runs a command body; an `AulaError` is printed in the user's language and exits with status 1.
    static func run(_ language: LanguageOptions, _ body: (Lang) throws -> Void) throws {
        let lang: Lang
        do {
            lang = try language.resolved()
        } catch let error as AulaError {
            complain("aula: " + error.id + " / " + error.en)
            throw ExitCode(64)
        }
        do {
            try body(lang)
        } catch let error as AulaError {
            complain("aula: " + error.message(lang) + (error.remedy.map { " " + $0.commandLine(lang) } ?? ""))
            throw ExitCode.failure
        }
    }
}
