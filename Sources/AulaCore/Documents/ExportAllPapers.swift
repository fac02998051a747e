import Foundation

/// Every paper the session has data for, written into the session's `exports/` folder (the Dokumen tab's "x").
public enum ExportAllPapers {
    /// Writes daftar hadir, rekap, notulen and laporan as .pdf, .txt, .md, .html and .json (the tables also as .csv
    /// and .xlsx); with a roster, the surat undangan and the name tags as PDF; each daftar penerimaan that pays
    /// someone as .pdf, .csv and .xlsx (`penerimaan-transport.pdf`, as `aula summary` names them); the daftar hadir
    /// of narasumber and panitia and the kuitansi when there are any; where PPh 21 is withheld, the Rekap PPh 21 (.pdf,
    /// .xlsx) and the bukti potong data (.xlsx); the list of materials; and the berkas SPJ as one PDF. `templates` is
    /// the folder of HTML templates (the app's resources).
    /// The first PDF of the undangan made here is the letter sent: it is kept in the session folder and `filing`
    /// is the change that records it (stamped `time`), for the caller to append to the log.
    /// `writing` is told each file's name before it is written.
    public static func all(_ session: Session, lang: Lang, letterhead: String, templates: URL, pdf: any PDFMaker,
                           into folder: URL, at time: String,
                           writing: (String) -> Void = { _ in }) throws -> (files: [URL], filing: Change?) {
        let size = session.papers.sheet
        var written: [URL] = []
        var filing: Change?
        func write(_ selection: PaperRequest.Selection, _ format: PaperRequest.Format, named name: String,
                   payment: PaymentRate.Kind = .transport) throws {
            writing(name + "." + format.fileExtension)
            var builder = PaperBuilder(session: session, lang: lang, format: format, machineLetterhead: letterhead)
            builder.filedInvitation = FiledInvitation.load(session, from: folder)
            builder.paymentKind = payment
            let papers = PaperRequest.papers(selection, builder: builder)
            if selection == .undangan && format == .pdf { filing = try FiledInvitation.file(papers, for: session, in: folder, at: time) }
            let bytes = try PaperRequest.render(papers, format: format, lang: lang, delimiter: lang.csvDelimiter,
                                                templates: templates, pdf: pdf, size: size)
            written.append(try ExportsFolder.write(bytes, named: name + "." + format.fileExtension, in: folder))
        }
        for kind in Paper.Kind.filed {
            for format in PaperRequest.Format.exported(kind) { if let selection = PaperRequest.Selection(kind) { try write(selection, format, named: kind.rawValue) } }
        }
        if !session.attendees.isEmpty {
            try write(.undangan, .pdf, named: Paper.Kind.undangan.rawValue)
            try write(.tandaNama, .pdf, named: Paper.Kind.tandaNama.rawValue)
        }
        for kind in PaymentRate.Kind.allCases where !PaymentRules.payments(kind, in: session, lang: lang).isEmpty {
            for format in [PaperRequest.Format.pdf, .csv, .xlsx] {
                try write(.penerimaan, format, named: "penerimaan-" + kind.rawValue, payment: kind)
            }
        }
        if !session.people.isEmpty { try write(.daftarHadirPanitia, .pdf, named: Paper.Kind.daftarHadirPanitia.rawValue) }
        if PaymentRules.paysHonoraria(session, lang: lang) { try write(.kuitansi, .pdf, named: Paper.Kind.kuitansi.rawValue) }
        let withheld = PaymentRules.withholdings(session, lang: lang)
        if !withheld.isEmpty {
            for format in [PaperRequest.Format.pdf, .xlsx] { try write(.pph21, format, named: Paper.Kind.pph21.rawValue) }
            // The bukti potong once every payee has an NPWP or NIK (`aula summary --document bukti-potong` says who not).
            if withheld.allSatisfy(\.payment.hasTaxID) { try write(.buktiPotong, .xlsx, named: Paper.Kind.buktiPotong.rawValue) }
        }
        if !session.materials.isEmpty { try write(.materi, .pdf, named: Paper.Kind.materi.rawValue) }
        try write(.berkas, .pdf, named: Paper.Kind.berkas.rawValue)
        return (written, filing)
    }
}
