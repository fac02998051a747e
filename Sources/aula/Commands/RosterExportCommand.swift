import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula roster export DIR --format xlsx|csv [--output FILE]`.
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Kirim daftar undangan ke Excel atau CSV untuk diperbaiki kantor. / The roster as Excel or CSV, to correct.",
        discussion: """
            Kolom ID Aula membawa baris yang diperbaiki kembali ke kursinya: impor lagi dengan aula roster import, tidak \
            ada yang tergandakan. Nomor HP ditulis utuh. Tanpa --output: xlsx ke DIR/exports/daftar-undangan.xlsx, csv ke \
            layar.
            The ID Aula column brings each corrected row back to its seat when imported again. Phones are written \
            whole. Without --output: xlsx into DIR/exports/daftar-undangan.xlsx, csv to standard output.
            """)

    /// The two forms a roster goes out in.
    enum Format: String, CaseIterable, ExpressibleByArgument { case xlsx, csv }

    @OptionGroup var session: SessionOptions
    @Option(help: "xlsx atau csv. / xlsx or csv.")
    var format = Format.xlsx
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @Option(help: "Pemisah CSV: , atau ; (bawaan: ; untuk id, , untuk en). / CSV delimiter (default ; in id, , in en).")
    var delimiter: CSVDelimiter?

    func run() throws {
        try Console.run(session.language) { lang in
            let opened = try session.open(writable: false, lang: lang)
            let bytes = format == .xlsx ? try RosterExport.xlsx(opened.session, lang: lang)
                : RosterExport.csv(opened.session, lang: lang, delimiter: CSVDelimiter.resolved(delimiter, lang))
            if output == nil && format == .xlsx {
                print(try ExportsFolder.write(bytes, named: "daftar-undangan.xlsx", in: opened.url).path)
            } else {
                try Console.deliver(bytes, to: output, lang: lang)
            }
        }
    }
}
