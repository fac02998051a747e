import Foundation

/// Every paper in every format, written into the session's `exports/` folder (the Dokumen tab's "x").
public enum ExportAllPapers {
    /// Writes daftar hadir, rekap, notulen and laporan as .pdf, .txt, .md, .html and .json, and the tables as .csv and .xlsx.
    /// `templates` is the folder of HTML templates (the app's resources).
    public static func all(_ session: Session, lang: Lang, letterhead: String, templates: URL, pdf: any PDFMaker,
                           into folder: URL) throws -> [URL] {
        let size = session.papers.sheet
        var written: [URL] = []
        for kind in Paper.Kind.filed {
            let selection = PaperRequest.Selection(kind)
            for format in PaperRequest.Format.exported(kind) {
                let builder = PaperBuilder(session: session, lang: lang, format: format, machineLetterhead: letterhead)
                let papers = PaperRequest.papers(selection, builder: builder)
                let bytes = try PaperRequest.render(papers, format: format, lang: lang, delimiter: lang.csvDelimiter,
                                                templates: templates, pdf: pdf, size: size)
                written.append(try ExportsFolder.write(bytes, named: "\(kind.rawValue).\(format.fileExtension)", in: folder))
            }
        }
        return written
    }
}
