import AulaCore
import AulaResources
import Foundation

/// Every paper in every format, written into the session's `exports/` folder (the Dokumen tab's "x").
enum PaperExport {
    /// Writes daftar hadir, rekap, notulen and laporan as .txt, .md, .html and .json, and the tables as .csv.
    static func all(_ session: Session, lang: Lang, letterhead: String, into folder: URL) throws -> [URL] {
        var written: [URL] = []
        for kind in Paper.Kind.allCases {
            let selection = PaperSet.Selection(rawValue: kind.rawValue)!
            for format in PaperSet.Format.exported(kind) {
                let papers = PaperSet.papers(selection, builder: PaperBuilder(session: session, lang: lang,
                                                                              includePhone: format.includesPhone,
                                                                              machineLetterhead: letterhead))
                let bytes = try PaperSet.render(papers, format: format, lang: lang, templates: AulaResources.templatesFolder)
                written.append(try Exports.write(bytes, named: "\(kind.rawValue).\(format.fileExtension)", in: folder))
            }
        }
        return written
    }
}
