import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula summary DIR --document NAME --format FORMAT`.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Dokumen: daftar hadir, rekap, notulen, laporan kegiatan. / The papers.",
        discussion: """
            Format text: halaman A4 80 kolom x 60 baris, siap cetak. Isian naratif kosong tercetak sebagai titik-titik; \
            isi dengan: aula set DIR kesimpulan "...". / Text: A4 pages of 80 columns and 60 lines.
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "daftar-hadir, rekap, notulen, laporan, all.")
    var document = "all"
    @Option(help: "text, markdown, html, csv, json.")
    var format = "text"
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @Option(help: "Pemisah CSV: , atau ; (Excel Indonesia). / CSV delimiter.")
    var delimiter = ","
    @Flag(help: "Daftar hadir kosong untuk tanda tangan basah (tanpa jam dan keterangan). / Blank form for wet signatures.")
    var blank = false
    @Flag(name: .customLong("show-phone"), help: "Tampilkan nomor HP utuh (bawaan: disamarkan, UU PDP). / Show phone numbers whole.")
    var showPhone = false
    @Option(help: "Folder templat Mustache sendiri untuk HTML (document.mustache, style.mustache). / Own HTML templates.")
    var templates: String?

    func validate() throws {
        if PaperSet.Selection(rawValue: document) == nil {
            throw ValidationError("--document: " + PaperSet.Selection.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if PaperSet.Format(rawValue: format) == nil {
            throw ValidationError("--format: " + PaperSet.Format.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if delimiter != "," && delimiter != ";" { throw ValidationError("--delimiter: , atau / or ;") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let kind = PaperSet.Format(rawValue: format)!
            let builder = PaperBuilder(session: s, lang: lang, blankForm: blank, includePhone: kind.includesPhone,
                                       showPhone: showPhone,
                                       machineLetterhead: Console.machineLetterhead(lang))
            let papers = PaperSet.papers(PaperSet.Selection(rawValue: document)!, builder: builder)
            let folder = templates.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? AulaResources.templatesFolder
            let bytes = try PaperSet.render(papers, format: kind, lang: lang, delimiter: Character(delimiter), templates: folder)
            if let output {
                try SafeFile.write(bytes, to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data(lang.t("Ditulis: \(output)\n", "Written: \(output)\n").utf8))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
