import AulaCore
import Foundation

/// Everything that can happen to the app, named by intent. Keys map to these; effect results come back as these.
public enum Action: Equatable, Sendable {
    // Anywhere
    case nextTab, previousTab, selectTab(Tab), toggleHelp, quit
    case tick(Date), resize(Size)
    /// Esc: close what is open, else clear the search.
    case cancel
    // Moving in a list (the current tab's)
    case moveSelection(Int), pageSelection(Int), selectFirst, selectLast
    // Hadir
    case searchType(Character), searchBackspace
    case checkIn, askStandIn, mark(AttendanceStatus), clearStatus, undo, addWalkIn, editAttendee, toggleMissing, showHistory
    /// A whole check-in code that came at scanner speed on a tab where keys are commands: a scan, never keystrokes.
    case scanned(String)
    // Forms
    case formType(Character), formBackspace, formDelete, formCursor(Int), formHome, formEnd, formNextField, formPreviousField
    case formSubmit
    // Note editor
    case editorType(Character), editorNewline, editorBackspace, editorDelete, editorMove(rows: Int, columns: Int)
    case editorHome, editorEnd, editorSave
    // Acara
    case startNextItem, endRunningItem, restartPreviousItem, editNotes, addQuestion, addAgendaItem
    case editAgendaItem, moveAgendaItem(Int), removeAgendaItem
    // Materi
    case addMaterial, openMaterial
    // Dokumen
    case nextDocument, previousDocument, exportPapers, printDocument, setRate, addPerson
    // The office's directory
    case openDirectory, directoryType(Character), directoryBackspace, directoryMove(Int), directoryEdit, directoryForget
    /// The office's log took changes: the directory as it is now, and what to say.
    case directoryChanged(Session, message: String)
    /// Edit a session field the papers print (kesimpulan, tindak lanjut) in the multi-line editor.
    case editField(Change.SessionField)
    // Results of effects, sent back by the shell
    case saved(Session, message: String?), failed(String), materialsChecked([String: Bool]), inform(String)
    /// The session as the shared folder now says, other desks' changes included.
    case refreshed(Session)
    /// Reading the shared folder failed: why.
    case readFailed(String)
    /// A seat's history, read from every desk's log.
    case historyLoaded(title: String, lines: [String])
    /// The Dokumen preview of a paper, made from a revision of the session.
    case previewMade(Paper.Kind, revision: Int, lines: [String])
    /// How far slow work has got ("Mengekspor: 9. berkas-spj.pdf, 1.250 halaman"), said instead of what runs.
    case progress(String)
    /// Slow work (printing, exporting) ended; its result came before this.
    case finished
    /// Every paper exported: what to say, and the undangan's filing to record when this export kept it as sent.
    case exported(String, filing: Change?)

    /// Whether the user did this (a key), not the clock or the result of some work.
    var isUsers: Bool {
        switch self {
        case .tick, .resize, .saved, .failed, .materialsChecked, .inform, .refreshed, .readFailed, .historyLoaded,
             .previewMade, .progress, .finished, .exported, .directoryChanged:
            return false
        default:
            return true
        }
    }
}

/// Work for the shell: the only way `update` touches disk or the system.
public enum Effect: Equatable, Sendable {
    /// Append these changes to this desk's log (fsync'd), then send `.saved`.
    case append([Change], message: String)
    /// Take back this desk's last change.
    case undo
    /// Read a seat's history from the log and send `.historyLoaded`.
    case loadHistory(attendee: String)
    /// Copy a file into the session's materials and record it for an item.
    case addMaterial(path: String, item: String, title: String)
    /// Open a stored material or photo (its path inside the session folder) with the system viewer.
    case openStored(path: String)
    /// Hash every material's and photo's copy and send `.materialsChecked`.
    case checkMaterials
    /// Write every paper in every format into the session's `exports/` folder.
    case exportPapers
    /// Print a paper's text form through CUPS.
    case printPaper(Paper.Kind)
    /// Make the Dokumen preview of a paper from the state's session and send `.previewMade`.
    case makePreview(Paper.Kind, revision: Int)
    /// Append these changes to the office's log (its directory), then send `.directoryChanged`.
    case appendOffice([Change], message: String)
}
