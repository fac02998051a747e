import AulaCore
import Foundation

/// The PDFs of one session: its sheet size and kop logo, images read from its folder, and what was left out.
public final class SessionPDF: PDFMaker, @unchecked Sendable {
    let folder: URL
    let size: PaperSize
    let logo: String?
    let lang: Lang
    private let lock = NSLock()
    private var found: [String] = []
    /// Told how many pages of the PDF being made are done, and when it is made (the command line's progress line).
    public var onPage: ((Int) -> Void)?
    public var onDone: (() -> Void)?

    /// PDFs of the session in `folder` on `size` sheets (the session's own setting unless asked otherwise).
    public init(folder: URL, session: Session, size: PaperSize? = nil, lang: Lang) {
        self.folder = folder
        self.size = size ?? session.papers.sheet
        self.logo = session.papers.logo.isEmpty ? nil : session.papers.logo
        self.lang = lang
    }

    public func pdf(_ papers: [Paper], title: String) throws -> [UInt8] {
        try Paper.requireNames(papers)
        defer { onDone?() }
        let (bytes, problems) = try PDFPaper.render(papers, size: size, lang: lang, folder: folder, logo: logo, title: title,
                                                    progress: onPage)
        lock.withLock { found += problems.filter { !found.contains($0) } }
        return bytes
    }

    public var problems: [String] { lock.withLock { found } }
}
