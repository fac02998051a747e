import AulaCore
import Foundation

/// Everything the screen shows, as a value. `update` changes it; views draw it.
public struct AppState: Equatable, Sendable {
    /// Whether the last change is on disk.
    public enum SaveState: Equatable, Sendable { case saved, pending, failed(String) }

    /// The Hadir tab: the search line, the filtered roster, selection and scroll.
    public struct Hadir: Equatable, Sendable {
        public var query = TextField()
        /// Attendee indices shown, in order (all in row order when the query is empty).
        public var visible: [Int] = []
        /// Position in `visible`.
        public var selected = 0
        /// First position in `visible` on screen.
        public var scroll = 0
        /// Showing who is still missing, grouped by kecamatan, instead of the list.
        public var showMissing = false
        /// First line of the missing view on screen.
        public var missingScroll = 0
        /// The missing view's lines, made when it opens and when the session changes while it is open
        /// (at 100,000 seats, never once per frame or per arrow key).
        public internal(set) var missingLines: [String] = []
    }

    public var session: Session
    public var lang: Lang
    public var desk: String
    /// The session folder's path, to show where materials and exports are.
    public var folderPath: String
    public var size: Size
    public var now: Date
    public var tab = Tab.hadir
    public var hadir = Hadir()
    /// Selected agenda item (index).
    public var agendaSelected = 0
    /// Selected material (index into the session's materials).
    public var materialSelected = 0
    /// Whether each material's copy still matches its SHA-256, by sha256 (filled in by the shell).
    public var materialIntact: [String: Bool] = [:]
    /// This machine's kop surat for papers (the shell reads it at start).
    public var machineLetterhead = ""
    /// The paper previewed on Dokumen.
    public var document = Paper.Kind.daftarHadir
    /// First line of the Dokumen preview on screen.
    public var documentScroll = 0
    /// The previewed paper's text lines, made when the paper or the session changes while Dokumen is shown
    /// (a 100,000-row daftar hadir takes seconds: never once per frame).
    public internal(set) var documentLines: [String] = []
    public var form: Form?
    public var editor: NoteEditor?
    public var showHelp = false
    /// A seat's history shown over the body (title and lines), until Esc.
    public var history: (title: String, lines: [String])?
    public var saveState = SaveState.saved
    /// One line of feedback in the bottom bar ("Hadir: Kepala Desa Tohe 09:14").
    public var message: String?
    public var quitRequested = false
    /// Counter for ids made in this run (walk-ins, notes, questions, agenda items).
    var idCounter = 0

    /// A state showing `session`; `visible` is filled for the empty query.
    public init(session: Session, lang: Lang, desk: String, folderPath: String, size: Size, now: Date) {
        self.session = session
        self.lang = lang
        self.desk = desk
        self.folderPath = folderPath
        self.size = size
        self.now = now
        index = SearchIndex(session.attendees)
        counts = AttendanceSummary.Counts(of: session.attendees)
        hadir.visible = Array(session.attendees.indices)
        agendaSelected = session.agenda.lastIndex { !$0.actualStart.isEmpty } ?? 0
    }

    /// The matcher for the current roster (rebuilt when the session changes).
    public internal(set) var index: SearchIndex
    /// Attendance counted once per change of the session, not once per frame.
    public internal(set) var counts: AttendanceSummary.Counts

    public static func == (a: AppState, b: AppState) -> Bool {
        a.session == b.session && a.lang == b.lang && a.desk == b.desk && a.folderPath == b.folderPath && a.size == b.size
            && a.now == b.now && a.tab == b.tab && a.hadir == b.hadir && a.agendaSelected == b.agendaSelected
            && a.materialSelected == b.materialSelected && a.materialIntact == b.materialIntact
            && a.machineLetterhead == b.machineLetterhead && a.document == b.document && a.documentScroll == b.documentScroll && a.documentLines == b.documentLines && a.form == b.form && a.editor == b.editor
            && a.showHelp == b.showHelp && a.history?.title == b.history?.title && a.history?.lines == b.history?.lines && a.saveState == b.saveState && a.message == b.message
            && a.quitRequested == b.quitRequested && a.idCounter == b.idCounter
    }

    /// The attendee under the selection on Hadir.
    public var selectedAttendee: Attendee? {
        guard hadir.selected < hadir.visible.count else { return nil }
        return session.attendees[hadir.visible[hadir.selected]]
    }

    /// The agenda item under the selection on Acara.
    public var selectedItem: AgendaItem? {
        session.agenda.indices.contains(agendaSelected) ? session.agenda[agendaSelected] : nil
    }

    /// A new id, unique across desks and runs: desk, time and a counter.
    mutating func newID(_ kind: String) -> String {
        idCounter += 1
        return "\(kind)-\(desk)-\(Int(now.timeIntervalSince1970 * 1000))-\(idCounter)"
    }
}
