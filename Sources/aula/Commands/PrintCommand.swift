import AulaCore
import ArgumentParser
import Foundation
import PaperPDF

/// `aula print DIR --document NAME`.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Cetak dokumen (PDF, A4 atau F4) lewat CUPS (lp). / Print a paper's PDF through CUPS.",
        discussion: """
            PDF dikirim dengan ukuran kertasnya; --text mencetak bentuk teks (printer dot-matrix). Tanpa lp atau tanpa \
            penjadwal CUPS yang berjalan, berkasnya tetap ditulis ke DIR/exports/ dan lokasinya disebutkan.
            The PDF is sent on its sheet; --text prints the text form (dot-matrix). Without lp or a running CUPS \
            scheduler, the file is still written to DIR/exports/ and its path is given.
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "Dokumen. / The paper.")
    var document: PaperRequest.Selection
    @Option(help: "Antrean printer (bawaan: printer bawaan CUPS). / Printer queue (default: CUPS default).")
    var printer: String?
    @Option(help: "Jumlah salinan, 1 sampai 99. / Number of copies, 1 to 99.")
    var copies = 1
    @OptionGroup var form: BlankFormOptions
    @Option(help: "Kertas: a4 atau f4 (bawaan: aula set DIR kertas, lalu a4). / Sheet: a4 or f4.")
    var paper: PaperSize?
    @Flag(help: "Cetak bentuk teks 80 kolom, bukan PDF (printer dot-matrix). / Print the 80-column text, not the PDF.")
    var text = false

    func validate() throws {
        guard (1...99).contains(copies) else {
            throw ValidationError("--copies: 1 sampai 99, bukan \(copies). / --copies: 1 to 99, not \(copies).")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            // The undangan printed (as PDF) for sending is the one sent: it is kept for the berkas, as `aula summary` does.
            let sending = document == .undangan && !text && !form.blank
            let folder = try session.open(writable: sending, lang: lang)
            var builder = PaperBuilder(session: folder.session, lang: lang, format: text ? .text : .pdf,
                                       machineLetterhead: Console.machineLetterhead(lang))
            form.apply(to: &builder)
            builder.filedInvitation = FiledInvitation.load(folder.session, from: folder.url)
            let papers = PaperRequest.papers(document, builder: builder)
            let title = "\(document.rawValue) — \(folder.session.title)"
            let file: URL, result: Printing.Result, what: String
            if text {
                let printed = try Printing.print(papers, named: document.rawValue, title: title, lang: lang, session: folder.url,
                                                 printer: printer, copies: copies)
                (file, result, what) = (printed.file, printed.result, lang.t("\(printed.pages) halaman", "\(printed.pages) pages"))
            } else {
                let pdf = SessionPDF(folder: folder.url, session: folder.session, size: paper, lang: lang)
                let bytes = try pdf.pdf(papers, title: title)
                for problem in pdf.problems { Console.warn(problem, lang: lang) }
                let printed = try Printing.print(pdf: bytes, named: document.rawValue, title: title,
                                                 size: paper ?? folder.session.papers.sheet, session: folder.url,
                                                 printer: printer, copies: copies)
                (file, result, what) = (printed.file, printed.result, "PDF " + (paper ?? folder.session.papers.sheet).rawValue.uppercased())
            }
            switch result {
            case .queued(let job):
                if sending { InvitationFiling.fileIfFirst(papers, in: folder, lang: lang) }
                print(lang.t("Dikirim ke printer (\(job)): \(what) × \(copies). Berkas: \(file.path)",
                             "Sent to the printer (\(job)): \(what) × \(copies). File: \(file.path)"))
            case .unavailable(let reason):
                throw AulaError(
                    id: "Tidak bisa mencetak (\(reason)). Berkas siap cetak ditulis di \(file.path).",
                    en: "Cannot print (\(reason)). The print-ready file was written to \(file.path).")
            }
        }
    }
}
