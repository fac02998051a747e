import AulaCore
import AulaResources
import ArgumentParser
import Foundation
import PaperPDF

/// `aula summary DIR --document NAME --format FORMAT`.
struct PapersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Dokumen: daftar hadir, rekap, notulen, laporan kegiatan. / The papers.",
        discussion: """
            Format pdf: dokumen siap tanda tangan (kop, tabel, grafik); tanpa --output ditulis ke DIR/exports/NAMA.pdf, \
            --document all menulis satu PDF per dokumen. Format xlsx (daftar-hadir, rekap): buku kerja Excel, tanpa \
            --output ke DIR/exports/NAMA.xlsx. Format text: halaman A4 80 kolom x 60 baris (--width 132: huruf rapat). Isian naratif \
            kosong tercetak sebagai titik-titik; isi dengan: aula set DIR kesimpulan "...". / PDF: the papers to sign; \
            without --output in DIR/exports/NAME.pdf, one per paper for --document all. Excel (daftar-hadir, rekap): \
            without --output in DIR/exports/NAME.xlsx. Text: A4 pages of 80 columns (--width 132: condensed).
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "Dokumen. / The paper.")
    var document = PaperRequest.Selection.all
    @Option(help: "Format.")
    var format = PaperRequest.Format.text
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @Option(help: "Kertas PDF: a4 atau f4 (bawaan: aula set DIR kertas, lalu a4). / PDF sheet: a4 or f4.")
    var paper: PaperSize?
    @Option(help: "Pemisah CSV: , atau ; (bawaan: ; untuk id, , untuk en). / CSV delimiter (default ; in id, , in en).")
    var delimiter: CSVDelimiter?
    @OptionGroup var form: BlankFormOptions
    @Option(name: .customLong("kind"), help: "Penerimaan: transport, uang-saku, honor, moderator, pembawa-acara atau panitia. / Which payment list.")
    var paymentKind = PaymentRate.Kind.transport
    @Flag(name: .customLong("per-invitee"), help: "Undangan: satu surat per undangan, masing-masing dengan kode QR-nya (bawaan: satu surat dengan lampiran daftar undangan). / One letter per invitee.")
    var perInvitee = false
    @Flag(name: .customLong("show-phone"), help: "Tampilkan nomor HP dan NIK utuh (bawaan: disamarkan, UU PDP). / Show phone numbers and NIK whole.")
    var showPhone = false
    @Option(help: "Folder templat Mustache sendiri untuk HTML (document.mustache, style.mustache). / Own HTML templates.")
    var templates: String?
    @Option(help: "Lebar format text: 80 kolom (bawaan) atau 132 (huruf rapat, printer dot-matrix). / Text width: 80 or 132 (condensed).")
    var width = TextPaper.width

    func validate() throws {
        guard TextPaper.widths.contains(width) else {
            throw ValidationError("--width: 80 atau 132, bukan \(width). / --width: 80 or 132, not \(width).")
        }
        guard width == TextPaper.width || format == .text else {
            throw ValidationError("--width hanya untuk --format text. / --width is for --format text only.")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            // The first PDF of the undangan is the one sent: it is kept for the berkas (the folder is opened to record it).
            let sending = document == .undangan && format == .pdf && !form.blank
            let opened = try session.open(writable: sending, lang: lang)
            let s = opened.session
            let kind = format
            var builder = PaperBuilder(session: s, lang: lang, format: kind, machineLetterhead: Console.machineLetterhead(lang))
            builder.filedInvitation = FiledInvitation.load(s, from: opened.url)
            /// Once the paper is written: the undangan's first PDF is kept as the one sent.
            func written() {
                if sending { InvitationFiling.fileIfFirst(PaperRequest.papers(.undangan, builder: builder), in: opened, lang: lang) }
            }
            form.apply(to: &builder)
            builder.showPhone = showPhone
            builder.perInvitee = perInvitee
            builder.paymentKind = paymentKind
            let pdf = SessionPDF(folder: opened.url, session: s, size: paper, lang: lang)
            let progress = ProgressLine()
            pdf.onPage = { pages in progress.show("PDF: " + Rupiah.grouped(UInt(pages)) + lang.t(" halaman", " pages")) }
            pdf.onDone = progress.finish
            defer { for problem in pdf.problems { Console.warn(problem, lang: lang) } }
            let folder = templates.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? AulaResources.templatesFolder
            let size = paper ?? s.papers.sheet
            if kind.isBinary && output == nil {
                // PDF and Excel go where the secretariat finds them: the session's exports/, one file per paper.
                let selections = document == .all
                    ? Paper.Kind.filed.filter { PaperRequest.Format.exported($0).contains(kind) }.compactMap(PaperRequest.Selection.init)
                    : [document]
                for selection in selections {
                    let bytes = try PaperRequest.render(PaperRequest.papers(selection, builder: builder), format: kind, lang: lang,
                                                    templates: folder, pdf: pdf, size: size)
                    print(try ExportsFolder.write(bytes, named: selection.rawValue + (selection == .penerimaan ? "-" + paymentKind.rawValue : "") + "." + kind.fileExtension, in: opened.url).path)
                }
                written()
                return
            }
            let papers = PaperRequest.papers(document, builder: builder)
            let bytes = try PaperRequest.render(papers, format: kind, lang: lang, delimiter: CSVDelimiter.resolved(delimiter, lang), templates: folder,
                                            pdf: pdf, size: size, textWidth: width)
            try Console.deliver(bytes, to: output, lang: lang)
            written()
        }
    }
}
