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
            for format in PaperSet.Format.allCases {
                if format == .csv && kind != .daftarHadir && kind != .rekap { continue }
                let data = format != .text && format != .markdown
                let papers = PaperSet.papers(selection, builder: PaperBuilder(session: session, lang: lang, includePhone: data,
                                                                                   machineLetterhead: letterhead))
                let bytes = try PaperSet.render(papers, format: format, lang: lang, templates: AulaResources.templatesFolder)
                let ext = format == .markdown ? "md" : format == .text ? "txt" : format.rawValue
                written.append(try Exports.write(bytes, named: "\(kind.rawValue).\(ext)", in: folder))
            }
        }
        return written
    }
}
