import AulaCore
import ArgumentParser
import Foundation

/// `aula export DIR --format json`.
struct SessionJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor seluruh sesi sebagai satu dokumen JSON (kunci terurut). / Export the whole session as one JSON document.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Format (seluruh sesi sebagai satu dokumen; dokumen cetak: aula summary). / Format.")
    var format = ExportFormat.json
    @Option(help: "Tulis ke berkas ini (0600) alih-alih ke layar. / Write to this file (0600) instead of stdout.")
    var output: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            var bytes = JSONOutput.escapingHidden([UInt8](try encoder.encode(s)))
            bytes.append(0x0A)
            try Console.deliver(bytes, to: output, lang: lang)
        }
    }
}

/// What `aula export` writes: the whole session as one JSON document (the printed papers come from `aula summary`).
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case json
}
