import AulaCore
import AulaResources
import AulaTUI
import Foundation
import PaperPDF

/// The world the app's effects reach: this desk's session folder, CUPS and the desktop's file opener.
final class LiveWorld: World {
    let folder: SessionFolder
    let papers: any PaperDesk

    /// The world of `folder`; papers carry this machine's `letterhead`.
    init(folder: SessionFolder, letterhead: String) {
        self.folder = folder
        papers = FolderPapers(folder: folder.url, letterhead: letterhead)
    }

    var desk: String { folder.desk }
    var session: Session { folder.session }
    var events: [Event] { folder.events }
    var lastUndoable: Event? { folder.lastUndoable }
    var warnings: [AulaError] { folder.warnings }

    func append(_ changes: [Change]) throws { try folder.append(changes) }

    func refresh() throws -> Bool { try folder.refresh() }

    func copyMaterial(from path: String, item: String, title: String) throws -> Material {
        let file = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        return try MaterialCopy.add(file, item: item, title: title, to: folder)
    }

    /// The office folder, opened for writing the first time the app changes the directory.
    private var office: SessionFolder?

    func appendOffice(_ changes: [Change]) throws -> Session {
        let office = try self.office ?? OfficeFolder.open(OfficeFolder.location(option: nil, environment: ProcessInfo.processInfo.environment),
                                                          desk: folder.desk, writable: true)
        self.office = office
        _ = try office.refresh()
        try office.append(changes)
        return office.session
    }

    func isIntact(_ storedPath: String, sha256: String) -> Bool {
        StoredFile.isIntact(storedPath, sha256: sha256, in: folder.url)
    }

    /// Opens with `xdg-open` when there is a desktop to show it on.
    func open(_ storedPath: String) -> (path: String, opened: Bool) {
        let path = folder.url.appendingPathComponent(storedPath).path
        let environment = ProcessInfo.processInfo.environment
        let hasDesktop = environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil
        let opener = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/xdg-open" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard hasDesktop, let opener else { return (path, false) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            return (path, true)
        } catch {
            return (path, false)
        }
    }
}

/// Papers of a session folder: exported into its `exports/`, printed through CUPS.
struct FolderPapers: PaperDesk {
    let folder: URL
    let letterhead: String

    func exportAll(_ session: Session, lang: Lang, progress: @escaping @Sendable (String) -> Void) throws -> ExportReport {
        let pdf = SessionPDF(folder: folder, session: session, lang: lang)
        // The file being written, and every 25th page of a PDF (a 100,000-seat berkas runs to thousands).
        let file = ExportProgress(progress, lang: lang)
        pdf.onPage = { pages in if pages % 25 == 0 { file.pages(pages) } }
        let written = try ExportAllPapers.all(session, lang: lang, letterhead: letterhead, templates: AulaResources.templatesFolder,
                                              pdf: pdf, into: folder, at: session.clock.iso(Date()), writing: file.writing)
        return ExportReport(folder: folder.appendingPathComponent("exports").path, count: written.files.count, warnings: pdf.problems,
                            filing: written.filing)
    }

    func print(_ kind: Paper.Kind, _ session: Session, lang: Lang) throws
        -> (file: String, result: Printing.Result, warnings: [String]) {
        let builder = PaperBuilder(session: session, lang: lang, format: .pdf, machineLetterhead: letterhead)
        let pdf = SessionPDF(folder: folder, session: session, lang: lang)
        guard let selection = PaperRequest.Selection(kind) else {
            throw AulaError(id: "Rekap tahunan dibuat dengan: aula year TAHUN", en: "The year's summary is made with: aula year YEAR")
        }
        let bytes = try pdf.pdf(PaperRequest.papers(selection, builder: builder), title: kind.rawValue)
        let (file, result) = try Printing.print(pdf: bytes, named: kind.rawValue, title: kind.rawValue,
                                                size: session.papers.sheet, session: folder, printer: nil, copies: 1)
        return (file.path, result, pdf.problems)
    }
}

/// What an export says of its progress: the file it is writing ("3. rekap.pdf"), and the pages of that file so far.
private final class ExportProgress: @unchecked Sendable {
    private let report: @Sendable (String) -> Void
    private let lang: Lang
    private var file = ""
    private var count = 0

    init(_ report: @escaping @Sendable (String) -> Void, lang: Lang) {
        self.report = report
        self.lang = lang
    }

    func writing(_ name: String) {
        count += 1
        file = "\(count). \(name)"
        report(file)
    }

    func pages(_ pages: Int) {
        report(file + ", " + Rupiah.grouped(UInt(pages)) + lang.t(" halaman", " pages"))
    }
}
