import AulaCore
import Foundation

/// What the app's effects reach outside its state: the session folder, the printer, the desktop. The app runs
/// against the real one (`LiveWorld` in `aula`); the tests run against one that keeps its events in memory.
public protocol World: AnyObject {
    /// The desk this app writes as.
    var desk: String { get }
    /// The session as every desk's events now say it is.
    var session: Session { get }
    /// Every desk's events in log order (for a seat's history).
    var events: [Event] { get }
    /// This desk's latest change that an undo takes back.
    var lastUndoable: Event? { get }
    /// Problems found reading the folder so far (another desk's broken line, a conflict copy), oldest first.
    var warnings: [AulaError] { get }
    /// Appends this desk's changes; they are on disk when it returns.
    func append(_ changes: [Change]) throws
    /// Reads what other desks added since the last look; true when the session changed.
    func refresh() throws -> Bool
    /// Copies a file into the session's materials for an agenda item and returns the record to log.
    func copyMaterial(from path: String, item: String, title: String) throws -> Material
    /// Whether a stored copy (a material, a photo: `storedPath` inside the session folder) still matches its SHA-256.
    func isIntact(_ storedPath: String, sha256: String) -> Bool
    /// Opens a stored copy with the desktop's viewer; returns its path and whether a viewer took it.
    func open(_ storedPath: String) -> (path: String, opened: Bool)
    /// The slow paper work, run off the main loop.
    var papers: any PaperDesk { get }
    /// Appends changes to the office's log (its people directory); returns the office as it is now.
    func appendOffice(_ changes: [Change]) throws -> Session
}

/// What exporting every paper did.
public struct ExportReport: Equatable, Sendable {
    public var folder: String
    public var count: Int
    /// What the PDF maker warned about (a damaged picture left out, a script no installed font has).
    public var warnings: [String]
    /// The change that records the undangan as sent, when this export made its first PDF (to append to the log).
    public var filing: Change?

    public init(folder: String, count: Int, warnings: [String], filing: Change? = nil) {
        self.folder = folder
        self.count = count
        self.warnings = warnings
        self.filing = filing
    }
}

/// Exporting and printing papers from a snapshot of the session: slow for a large roster, so the runtime runs it off
/// the main loop, and it touches nothing but its own files.
public protocol PaperDesk: Sendable {
    /// Writes every paper in every format into the session's `exports/`; says where, how many files, what the PDF
    /// maker warned about, and the undangan kept as sent when this export made its first PDF. Says how far it has
    /// got through `progress` as it goes (the file being written, and the pages of a long PDF).
    func exportAll(_ session: Session, lang: Lang, progress: @escaping @Sendable (String) -> Void) throws -> ExportReport
    /// Prints one paper; returns the file written, what the printer said, and what the PDF maker warned about.
    func print(_ kind: Paper.Kind, _ session: Session, lang: Lang) throws
        -> (file: String, result: Printing.Result, warnings: [String])
}
