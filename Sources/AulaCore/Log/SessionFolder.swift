import Foundation

/// A session folder `NAME.aula/` opened by one desk: every desk's events read and folded, and, when opened for
/// writing, this desk's file locked so that changes can be appended.
public final class SessionFolder {
    /// The folder.
    public let url: URL
    /// The desk this process writes as.
    public let desk: String
    /// The session as all desks' events say it is now (the kept fold's; no second copy to fall out of step).
    public var session: Session { incremental.current }
    /// Problems found while reading that did not stop it (a torn last line set aside, a broken line in another
    /// desk's file), each once, in the order found; `refresh` adds what it finds.
    public private(set) var warnings: [AulaError]
    /// This desk's events, in its own order (for undo).
    public private(set) var ownEvents: [Event]

    /// The highest seq in this desk's file (a damaged line skipped may leave its lines out of order): the next
    /// event is numbered after it.
    private var lastSeq = 0
    /// Other desks' files as read so far, by file name.
    private var otherDesks: [String: DeskLog]
    /// This desk's file, open and locked; nil when read-only, or until the first change when the desk had no file
    /// (opening to change nothing leaves no empty file behind).
    private var file: DeskFile?
    private let writable: Bool
    private let now: () -> Date

    /// Name of a desk's file inside the folder.
    public static func fileName(desk: String) -> String { "desk-\(desk).jsonl" }

    /// Opens an existing session folder. With `writable`, this desk's file is locked (a second writer is refused).
    public init(url: URL, desk: String, writable: Bool, now: @escaping () -> Date = Date.init) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AulaError(id: "Folder sesi \(url.path) tidak ada. Buat dengan: aula new \(url.path) --title ...",
                            en: "Session folder \(url.path) does not exist. Create it with: aula new \(url.path) --title ...")
        }
        let deskFiles = try SessionFolder.deskFiles(in: url)
        guard writable || !deskFiles.isEmpty else {
            throw AulaError(id: "\(url.path) bukan folder sesi aula (tidak ada berkas desk-*.jsonl).",
                            en: "\(url.path) is not an aula session folder (no desk-*.jsonl files).")
        }
        self.url = url
        self.desk = desk
        self.now = now
        let ownURL = url.appendingPathComponent(SessionFolder.fileName(desk: desk))
        // Files of two sessions are refused before anything is written (this desk's file is not even created).
        try SessionIdentity.check(deskFiles, in: url)
        var warnings: [AulaError] = []
        var others: [String: DeskLog] = [:]
        // Read-only, every file is another desk's (a projector follows its own machine's desk too).
        for deskURL in deskFiles where !writable || deskURL.lastPathComponent != ownURL.lastPathComponent {
            let result = try DeskLogReader.read(deskURL, ownFile: nil)
            warnings += result.warnings
            others[deskURL.lastPathComponent] = DeskLog(result)
        }
        self.writable = writable
        var own = stat()
        // Anything already there (a link or a FIFO too, which DeskFile refuses) is opened now.
        file = writable && lstat(ownURL.path, &own) == 0 ? try DeskFile(url: ownURL, desk: desk) : nil
        var ownEvents: [Event] = []
        if let file {
            let result = try DeskLogReader.read(ownURL, ownFile: file)
            warnings += result.warnings
            ownEvents = result.events
        }
        self.warnings = warnings
        self.ownEvents = ownEvents
        lastSeq = ownEvents.lazy.map(\.seq).max() ?? 0
        self.otherDesks = others
        refold()
        self.warnings += try DeskCopies.warnings(in: url, session: session.id, counted: { events })
    }

    /// The fold of the whole log, kept so that appends can be applied to it.
    private var incremental = Fold.State()
    /// Each desk's latest event time in the kept fold, found when first needed after a full fold.
    private var foldTimes: FoldTimes?

    /// The latest stamp of every event this desk has seen: the next event it writes is stamped later.
    private var latestStamp: Int64 = 0

    /// Folds every desk's events again.
    private func refold() {
        let events = EventOrder.merge(otherDesks.values.map(\.events) + [ownEvents])
        incremental = Fold.state(from: events)
        latestStamp = max(latestStamp, events.lazy.map(\.stamp).max() ?? 0)
        foldTimes = nil
    }

    /// The times of what the kept fold holds: every desk's events read, less this desk's `newest` just appended.
    private func currentFoldTimes(leavingOut newest: Int = 0) -> FoldTimes {
        foldTimes ?? FoldTimes(otherDesks.values.map { $0.events[...] } + [ownEvents.dropLast(newest)])
    }

    /// Applies `events` to the kept fold when each comes after everything folded in log order (and none is an undo,
    /// which changes the past); else folds everything again.
    private func fold(_ events: [Event], times: FoldTimes) {
        var times = times
        let isUndo = events.contains { if case .undo = $0.change { return true } else { return false } }
        guard !isUndo, events.allSatisfy(times.comesLast) else {
            refold()
            return
        }
        for event in events {
            incremental.add(event)
            times.note(event)
            latestStamp = max(latestStamp, event.stamp)
        }
        foldTimes = times
    }

    /// Reads what other desks wrote since the last look (files that grew, shrank or appeared) and folds it in.
    /// Returns true when the session changed. A line another desk is still writing is left for the next look.
    /// A file that only grew is read from where the last look stopped, and its new events are applied to the fold as
    /// it is when they come after everything folded (see `fold`).
    @discardableResult
    public func refresh() throws -> Bool {
        var changed = false
        var refoldNeeded = false
        var appended: [[Event]] = []
        for deskURL in try SessionFolder.deskFiles(in: url)
        where !writable || deskURL.lastPathComponent != SessionFolder.fileName(desk: desk) {
            let name = deskURL.lastPathComponent
            let size = (try? FileManager.default.attributesOfItem(atPath: deskURL.path)[.size] as? Int) ?? 0
            if let known = otherDesks[name] {
                if known.size == size { continue }
                if size >= known.complete {
                    let grown = try DeskLogReader.readAppended(deskURL, from: known.complete, lines: known.lines)
                    note(grown.warnings)
                    // A second session named inside a desk file: what follows it is not this session's.
                    if let other = SessionIdentity.foreignJoin(in: grown.events, session: session.id) {
                        note([SessionIdentity.foreign(name, other, session: session, in: url)])
                        continue
                    }
                    // What the fold holds is measured before the new events join the lists.
                    foldTimes = currentFoldTimes()
                    otherDesks[name]?.extend(with: grown)
                    if !grown.events.isEmpty { appended.append(grown.events) }
                    continue
                }
            }
            let result = try DeskLogReader.read(deskURL, ownFile: nil)
            note(result.warnings)
            // A desk file of another session that turns up while the session is open is left out, and said so.
            if let other = SessionIdentity(events: result.events), !session.id.isEmpty, other.id != session.id {
                note([SessionIdentity.foreign(name, other, session: session, in: url)])
                continue
            }
            if otherDesks[name]?.events != result.events { refoldNeeded = true }
            otherDesks[name] = DeskLog(result)
        }
        if refoldNeeded {
            refold()
            changed = true
        } else if let times = foldTimes, !appended.isEmpty {
            // After everything folded, the new events of several desks follow one another in their own log order.
            fold(EventOrder.merge(appended), times: times)
            changed = true
        }
        return changed
    }

    /// Adds the warnings not already known.
    private func note(_ found: [AulaError]) {
        for warning in found where !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Every event of every desk, in log order (for history).
    public var events: [Event] {
        EventOrder.merge(otherDesks.values.map(\.events) + [ownEvents])
    }

    /// Creates a new session folder (0700) with this desk's first events; refuses a folder that already holds a session.
    public static func create(url: URL, desk: String, details: ChangeFields<Change.SessionField>,
                              now: @escaping () -> Date = Date.init) throws -> SessionFolder {
        if FileManager.default.fileExists(atPath: url.path) {
            if !(try deskFiles(in: url)).isEmpty {
                throw AulaError(id: "\(url.path) sudah berisi sesi; pilih folder lain.",
                                en: "\(url.path) already holds a session; choose another folder.")
            }
        } else {
            try NoFollow.privateFolders(url)
        }
        let folder = try SessionFolder(url: url, desk: desk, writable: true, now: now)
        try folder.append([.join(session: UUID().uuidString.lowercased(), title: details[.title] ?? "",
                                 date: details[.date] ?? "", creates: true), .session(details)])
        return folder
    }

    /// Appends changes as events of this desk and fsyncs once; returns them as written.
    /// When this returns, the changes are on disk and `session` shows them.
    @discardableResult
    public func append(_ changes: [Change]) throws -> [Event] {
        guard writable else {
            throw AulaError(id: "Sesi dibuka hanya untuk dibaca.", en: "The session was opened read-only.")
        }
        guard !changes.isEmpty else { return [] }
        let file = try self.file ?? newOwnFile()
        // A desk's file begins by naming the session it belongs to.
        var changes = changes
        if ownEvents.isEmpty, !session.id.isEmpty {
            if case .join = changes[0] {} else {
                changes.insert(.join(session: session.id, title: session.title, date: session.date, creates: false), at: 0)
            }
        }
        var zone = session.timeZone
        for case .session(let values) in changes { zone = values[.timeZone] ?? zone }
        let wall = now()
        let at = ((try? SessionClock(zoneIdentifier: zone)) ?? session.clock).iso(wall, milliseconds: true)
        // Later than everything seen, so a change made after another desk's is ordered after it even on a slow clock.
        var stamp = max(Event.stamp(wall: wall.timeIntervalSince1970), latestStamp + 1)
        var seq = lastSeq
        var bytes: [UInt8] = []
        var events: [Event] = []
        for change in changes {
            seq += 1
            let event = Event(id: EventID.make(), desk: desk, seq: seq, at: at, stamp: stamp, change: change)
            stamp += 1
            bytes += Array(event.line.utf8)
            bytes.append(0x0A)
            events.append(event)
        }
        try file.appendAndSync(bytes)
        ownEvents += events
        lastSeq = seq
        fold(events, times: currentFoldTimes(leavingOut: events.count))
        return events
    }

    /// Creates this desk's file for its first change. Another process that wrote as this desk since the session was
    /// opened is refused, not appended after unread.
    private func newOwnFile() throws -> DeskFile {
        let url = self.url.appendingPathComponent(SessionFolder.fileName(desk: desk))
        let created = try DeskFile(url: url, desk: desk)
        guard try NoFollow.read(url, limit: 1).isEmpty else {
            throw AulaError(
                id: "Meja '\(desk)' sudah menulis di folder ini sejak sesi dibuka (proses lain). Tidak ada yang ditulis; ulangi.",
                en: "Desk '\(desk)' wrote to this folder since the session was opened (another process). Nothing was written; "
                    + "try again.")
        }
        file = created
        return created
    }

    /// This desk's latest change that `undo` takes back (see `UndoneEvents.lastUndoable`).
    public var lastUndoable: Event? { UndoneEvents.lastUndoable(in: ownEvents) }

    private static func deskFiles(in url: URL) throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw AulaError(id: "Tidak bisa membaca folder \(url.path): \(error.localizedDescription)",
                            en: "Cannot read folder \(url.path): \(error.localizedDescription)")
        }
        return names.filter(isDeskFileName).sorted().map { url.appendingPathComponent($0) }
    }

    /// True for `desk-<id>.jsonl` with a valid desk id (not a conflict copy, a backup or a `.torn` file).
    static func isDeskFileName(_ name: String) -> Bool {
        name.hasPrefix("desk-") && name.hasSuffix(".jsonl") && DeskID.isValid(String(name.dropFirst(5).dropLast(6)))
    }
}
