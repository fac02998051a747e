import AulaCore
import ArgumentParser
import Foundation
import Glibc

/// The argument parser's complaints in the user's language: it writes them in English; in Indonesian (the default)
/// the lines it starts the same way are said in Bahasa Indonesia, the option names and values left as they are.
enum ParserErrors {
    /// The language of the command line being parsed: `--lang` in the arguments, else `AULA_LANG`, else Indonesian;
    /// English (the parser's own) when the language asked for is not one Aula speaks.
    static func language(_ arguments: [String], environment: [String: String]) -> Lang {
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { explicit = String(argument.dropFirst(7)) }
        }
        return (try? Lang.resolve(explicit: explicit, environment: environment)) ?? .en
    }

    /// `message` (the parser's full message) in Indonesian.
    static func indonesian(_ message: String) -> String {
        let phrases: [(String, String)] = [
            ("Error: Missing expected argument ", "Galat: argumen wajib belum diisi: "),
            ("Error: Unknown option ", "Galat: opsi tidak dikenal: "),
            ("Error: Unexpected argument ", "Galat: argumen berlebih: "),
            ("Error: Unexpected arguments ", "Galat: argumen berlebih: "),
            ("Error: Missing value for ", "Galat: nilai belum diisi untuk "),
            ("Error: The value ", "Galat: nilai "),
            (" is invalid for ", " tidak sah untuk "),
            (". Please provide one of the following:", ". Pilih salah satu:"),
            (". Please provide one of ", ". Pilih salah satu: "),
            ("' and '", "' dan '"),
            ("' or '", "' atau '"),
            ("Error: ", "Galat: "),
            ("Usage: ", "Pemakaian: "),
            ("Help: ", "Bantuan: "),
            ("  See '", "  Lihat '"),
            ("' for more information.", "' untuk keterangan lengkap."),
        ]
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var text = String(line)
            for (english, indonesian) in phrases { text = text.replacingOccurrences(of: english, with: indonesian) }
            return text
        }.joined(separator: "\n")
    }
}

extension Aula {
    /// Parses and runs the command; the parser's errors are said in the user's language.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let lang = ParserErrors.language(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
            guard code != .success, lang == .id, !(error is AulaError), !(error is ExitCode) else { exit(withError: error) }
            let message = ParserErrors.indonesian(fullMessage(for: error))
            Console.complain(message)
            Glibc.exit(code.rawValue)
        }
    }
}
