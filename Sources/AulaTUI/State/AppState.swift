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
        /// How the search's keys arrived, to tell a scanner from a person (nil when the search is empty).
        public var burst: KeyBurst?
        /// The list was not searched for the latest keys of a burst at scanner speed (a 100,000-seat search on each
        /// of a code's 11 keys would take longer than the scan); the next other action searches.
        public var filterStale = false
        /// What the last scan did, shown large until the next key.
        public var scanBanner: ScanBanner?
        /// The missing view's lines, made by `derive` while it shows.
        public var missingLines: [String] { missing?.lines ?? [] }
        var missing: AppState.Derived.Lines?
    }

    /// A seat's history over the body, until Esc.
    public struct HistoryOverlay: Equatable, Sendable {
        public var title: String
        public var lines: [String]
    }

    /// What is computed from the session, and from which revision of it. `derive` (in Update.swift) is the one
    /// place that brings it up to date, once per action that changed what it depends on: never per frame or per key.
    public enum Derived {
        /// Lines made from one revision of the session.
        public struct Lines: Equatable, Sendable {
            public var revision: Int
            public var lines: [String]
        }

        /// The Dokumen preview's paper and session revision.
        public struct PreviewKey: Equatable, Sendable {
            public var kind: Paper.Kind
            public var revision: Int
        }
    }

    /// The desk's full app, or the read-only screen for the hall's projector.
    public enum Role: Equatable, Sendable { case desk, projector }

    public var role = Role.desk
    /// The demo session, opened by `aula` where there is no session: the header says so.
    public var isDemo = false
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
    /// The selected row of Materi: an index into the session's materials, then its photos.
    public var materialSelected = 0
    /// Whether each material's and photo's copy still matches its SHA-256, by sha256 (filled in by the shell).
    public var materialIntact: [String: Bool] = [:]
    /// This machine's kop surat for papers (the shell reads it at start).
    public var machineLetterhead = ""
    /// The office's people directory (the shell reads it at start): the door's name form is offered a seat's holder.
    public var directory: Session?
    /// The directory shown over the body, while open.
    public var directoryOverlay: DirectoryOverlay?
    /// The paper previewed on Dokumen.
    public var document = Paper.Kind.daftarHadir
    /// First line of the Dokumen preview on screen.
    public var documentScroll = 0
    /// The previewed paper's text lines: made off the main loop (a 100,000-row daftar hadir takes seconds), shown
    /// as they were until the new ones arrive.
    public internal(set) var documentLines: [String] = []
    /// The Dokumen tab's line about the money (payees and totals per kind), made by `derive` while the tab shows.
    var money: Derived.Lines?
    /// Which paper and revision `documentLines` show, and which are being made.
    var previewShown: Derived.PreviewKey?, previewWanted: Derived.PreviewKey?
    public var form: Form?
    public var editor: NoteEditor?
    public var showHelp = false
    /// How far F1 help is scrolled (when it is taller than the screen).
    public var helpScroll = 0
    public var history: HistoryOverlay?
    public var saveState = SaveState.saved
    /// One line of feedback in the bottom bar ("Hadir: Kepala Desa Tohe 09:14").
    public var message: String?
    public var quitRequested = false
    /// Slow work running off the main loop (exporting, printing), said in the bottom bar until it ends.
    public var busy: String?
    /// How far that work has got, when it says ("Mengekspor: 3. rekap.pdf"); shown instead of `busy`.
    public var progress: String?
    /// Counts the sessions shown: what derived data is made from.
    public internal(set) var revision = 0
    /// The roster's text changed since the search index was built.
    var indexStale = false
    /// Why the last look at other desks' files failed; shown until a look succeeds (the projector keeps showing the
    /// last good state under it).
    public var readProblem: String?
    /// A key that changes what the hall sees (start, end, go back), pressed once: the same key again does it.
    public var pendingConfirm: Action?
    /// Rings of the terminal bell asked for so far (a refused scan); the shell rings when it grows.
    public internal(set) var bells = 0
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

    /// The matcher for the current roster (rebuilt when the roster's text changed).
    public internal(set) var index: SearchIndex
    /// Attendance counted once per revision of the session, not once per frame.
    public internal(set) var counts: AttendanceSummary.Counts
    /// The revision `counts` and the Hadir list were made from.
    var countedRevision = 0

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
    mutating func newID(_ kind: RecordID.Kind) -> String {
        idCounter += 1
        return RecordID.make(kind, desk: desk, unique: "\(Int(now.timeIntervalSince1970 * 1000))-\(idCounter)")
    }
}

extension AppState {
    /// The stored copy of Materi's selected row (a material, or a photo after the materials), inside the session folder.
    var selectedStoredPath: String? {
        let materials = session.materials, photos = session.photos
        if materials.indices.contains(materialSelected) { return materials[materialSelected].storedPath }
        let photo = materialSelected - materials.count
        return photos.indices.contains(photo) ? photos[photo].storedPath : nil
    }
}
