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
    @Option(help: "Dokumen. / The paper.")
    var document = PaperSet.Selection.all
    @Option(help: "Format.")
    var format = PaperSet.Format.text
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @Option(help: "Pemisah CSV: , atau ; (Excel Indonesia). / CSV delimiter.")
    var delimiter = CSVDelimiter.comma
    @Flag(help: "Daftar hadir kosong untuk tanda tangan basah (tanpa jam dan keterangan). / Blank form for wet signatures.")
    var blank = false
    @Flag(name: .customLong("show-phone"), help: "Tampilkan nomor HP utuh (bawaan: disamarkan, UU PDP). / Show phone numbers whole.")
    var showPhone = false
    @Option(help: "Folder templat Mustache sendiri untuk HTML (document.mustache, style.mustache). / Own HTML templates.")
    var templates: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let kind = format
            let builder = PaperBuilder(session: s, lang: lang, blankForm: blank, includePhone: kind.includesPhone,
                                       showPhone: showPhone,
                                       machineLetterhead: Console.machineLetterhead(lang))
            let papers = PaperSet.papers(document, builder: builder)
            let folder = templates.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? AulaResources.templatesFolder
            let bytes = try PaperSet.render(papers, format: kind, lang: lang, delimiter: delimiter.character, templates: folder)
            if let output {
                try SafeFile.write(bytes, to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data(lang.t("Ditulis: \(output)\n", "Written: \(output)\n").utf8))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
