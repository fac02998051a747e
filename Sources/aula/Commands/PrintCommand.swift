import AulaCore
import ArgumentParser
import Foundation

/// `aula print DIR --document NAME`.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Cetak dokumen (bentuk teks, A4) lewat CUPS (lp). / Print a paper through CUPS.",
        discussion: """
            Tanpa lp atau tanpa penjadwal CUPS yang berjalan, berkas teks ditulis ke DIR/exports/ dan lokasinya disebutkan.
            Without lp or a running CUPS scheduler, the text file is written to DIR/exports/ and its path is given.
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "Dokumen. / The paper.")
    var document: PaperSet.Selection
    @Option(help: "Antrean printer (bawaan: printer bawaan CUPS). / Printer queue (default: CUPS default).")
    var printer: String?
    @Option(help: "Jumlah salinan. / Number of copies.")
    var copies = 1
    @Flag(help: "Daftar hadir kosong untuk tanda tangan basah. / Blank form for wet signatures.")
    var blank = false

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: false, lang: lang)
            let papers = PaperSet.papers(document,
                                         builder: PaperBuilder(session: folder.session, lang: lang, blankForm: blank,
                                                               machineLetterhead: Console.machineLetterhead(lang)))
            let (file, pages, result) = try Printing.print(papers, named: document.rawValue, title: "\(document.rawValue) — \(folder.session.title)",
                                                           lang: lang, session: folder.url, printer: printer, copies: copies)
            switch result {
            case .queued(let job):
                print(lang.t("Dikirim ke printer (\(job)): \(pages) halaman × \(copies). Berkas: \(file.path)",
                             "Sent to the printer (\(job)): \(pages) pages × \(copies). File: \(file.path)"))
            case .unavailable(let reason):
                throw AulaError(
                    id: "Tidak bisa mencetak (\(reason)). Berkas teks siap cetak ditulis di \(file.path).",
                    en: "Cannot print (\(reason)). The print-ready text file was written to \(file.path).")
            }
        }
    }
}
