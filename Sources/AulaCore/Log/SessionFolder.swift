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
    /// Whether this open took the fold from the folder's snapshot (and read only what the logs gained since), not
    /// from every line of the logs.
    public private(set) var fromSnapshot = false
    /// This desk's events, in its own order (for undo); read from its file when first asked for after an open from
    /// the snapshot.
    public var ownEvents: [Event] {
        guard let own else { return [] }
        if let events = own.events { return events }
        return (try? self.own?.loaded(from: ownURL)) ?? []
    }

    /// The highest seq in this desk's file (a damaged line skipped may leave its lines out of order): the next
    /// event is numbered after it.
    private var lastSeq: Int { own?.maxSeq ?? 0 }
    /// Other desks' files as read so far, by file name.
    private var otherDesks: [String: DeskLog] = [:]
    /// This desk's file as read and written so far; nil until it has any.
    private var own: DeskLog?
    /// This desk's file, open and locked; nil when read-only, or until the first change when the desk had no file
    /// (opening to change nothing leaves no empty file behind).
    private var file: DeskFile?
    private let writable: Bool
    private let now: () -> Date
    private var ownURL: URL { url.appendingPathComponent(SessionFolder.fileName(desk: desk)) }

    /// Name of the folder's snapshot of the fold (derived; see `SessionSnapshot`), for tools that share the folder.
    public static let snapshotFileName = SessionSnapshot.fileName

    /// Name of a desk's file inside the folder.
    public static func fileName(desk: String) -> String { "desk-\(desk).jsonl" }

    /// Opens an existing session folder. With `writable`, this desk's file is locked (a second writer is refused).
    /// The fold comes from the folder's snapshot where it still fits the logs; when the logs were read for more than
    /// `snapshotLines` lines, a new snapshot is written for the next open.
    public init(url: URL, desk: String, writable: Bool, now: @escaping () -> Date = Date.init,
                snapshotLines: Int = 20_000) throws {
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
        self.writable = writable
        warnings = []
        // Files of two sessions are refused before anything is written (this desk's file is not even created).
        let identity = try SessionIdentity.check(deskFiles, in: url)
        var own = stat()
        // Anything already there (a link or a FIFO too, which DeskFile refuses) is opened now.
        file = writable && lstat(ownURL.path, &own) == 0 ? try DeskFile(url: ownURL, desk: desk) : nil
        let linesRead: Int
        if let snapshot = SessionSnapshot.read(in: url), snapshot.session == identity?.id ?? "",
           let read = try open(from: snapshot, deskFiles) {
            linesRead = read
        } else {
            linesRead = try openFromLogs(deskFiles)
        }
        if linesRead >= snapshotLines { writeSnapshot() }
        warnings += try DeskCopies.warnings(in: url, session: session.id, counted: { events })
    }

    /// Reads every desk file whole and folds them; returns how many lines were read.
    private func openFromLogs(_ deskFiles: [URL]) throws -> Int {
        var lines = 0
        // Read-only, every file is another desk's (a projector follows its own machine's desk too).
        for deskURL in deskFiles where !writable || deskURL.lastPathComponent != ownURL.lastPathComponent {
            let result = try DeskLogReader.read(deskURL, ownFile: nil)
            warnings += result.warnings
            otherDesks[deskURL.lastPathComponent] = DeskLog(result)
            lines += result.lines
        }
        if let file {
            let result = try DeskLogReader.read(ownURL, ownFile: file)
            warnings += result.warnings
            own = DeskLog(result)
            lines += result.lines
        }
        refold()
        return lines
    }

    /// Takes the fold from `snapshot` when every desk file it names is still there, as long as it was or longer,
    /// with the same last line where it ended; then reads only what the files gained since, and desk files new
    /// since it whole. Returns how many lines were read, or nil when the snapshot does not fit (nothing is kept from
    /// it then).
    private func open(from snapshot: SessionSnapshot, _ deskFiles: [URL]) throws -> Int? {
        let names = Set(deskFiles.map(\.lastPathComponent))
        guard snapshot.files.allSatisfy({ names.contains($0.name) }) else { return nil }
        let keys = Dictionary(snapshot.files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var others: [String: DeskLog] = [:]
        var ownLog: DeskLog?
        var appended: [[Event]] = []
        var found: [AulaError] = []
        var lines = 0
        var sizes: [String: Int] = [:]
        for deskURL in deskFiles {
            guard let key = keys[deskURL.lastPathComponent] else { continue }
            var info = stat()
            guard lstat(deskURL.path, &info) == 0, Int(info.st_size) >= key.complete,
                  SessionSnapshot.lastLineHash(of: deskURL, complete: key.complete) == key.lastLine else { return nil }
            sizes[key.name] = Int(info.st_size)
        }
        for deskURL in deskFiles {
            let name = deskURL.lastPathComponent
            let isOwn = writable && name == ownURL.lastPathComponent
            guard let key = keys[name], let size = sizes[name] else {
                // A desk new since the snapshot: read whole, its events folded on like any others read now.
                let read = try DeskLogReader.read(deskURL, ownFile: isOwn ? file : nil)
                found += read.warnings
                if !read.events.isEmpty { appended.append(read.events) }
                lines += read.lines
                if isOwn { ownLog = DeskLog(read) } else { others[name] = DeskLog(read) }
                continue
            }
            var log = DeskLog(key)
            if size > key.complete {
                let grown = try DeskLogReader.readAppended(deskURL, from: key.complete, lines: key.lines,
                                                          ownFile: isOwn ? file : nil)
                if SessionIdentity.foreignJoin(in: grown.events, session: snapshot.session) != nil { return nil }
                found += grown.warnings
                log.extend(with: grown)
                if !grown.events.isEmpty { appended.append(grown.events) }
                lines += grown.lines - key.lines
            }
            if isOwn { ownLog = log } else { others[name] = log }
        }
        otherDesks = others
        own = ownLog
        warnings = snapshot.warnings + found
        incremental = snapshot.fold
        latestStamp = snapshot.latestStamp
        let times = FoldTimes(latest: snapshot.latest)
        foldTimes = times
        if !appended.isEmpty {
            // Folded again from the logs (an undo, or another desk's events from before the snapshot's latest).
            guard fold(EventOrder.merge(appended), times: times) else { return .max }
        }
        fromSnapshot = true
        return lines
    }

    /// Writes the folder's snapshot of the fold as it now stands (see `SessionSnapshot`).
    private func writeSnapshot() {
        var files: [SessionSnapshot.DeskKey] = []
        var all = otherDesks
        if let own { all[ownURL.lastPathComponent] = own }
        for (name, log) in all.sorted(by: { $0.key < $1.key }) {
            guard let lastLine = SessionSnapshot.lastLineHash(of: url.appendingPathComponent(name), complete: log.complete)
            else { return }
            files.append(.init(name: name, complete: log.complete, lines: log.lines, lastLine: lastLine, maxSeq: log.maxSeq))
        }
        let times = currentFoldTimes()
        foldTimes = times
        SessionSnapshot(session: session.id, files: files, latest: times.latest, latestStamp: latestStamp,
                        warnings: warnings.filter { $0.remedy == nil }, fold: incremental).write(in: url)
    }

    /// The fold of the whole log, kept so that appends can be applied to it.
    private var incremental = Fold.State()
    /// Each desk's latest event time in the kept fold (set by every full fold and by the snapshot).
    private var foldTimes: FoldTimes?
    /// The latest stamp of every event this desk has seen: the next event it writes is stamped later.
    private var latestStamp: Int64 = 0

    /// Folds every desk's events again. The events are let go as they are folded (read from the files again when
    /// something needs them), so that a large session is not held twice over, as events and as the session.
    private func refold() {
        var merged: [Event]
        do {
            let lists = otherEvents + [ownEvents]
            foldTimes = FoldTimes(lists.map { $0[...] })
            merged = EventOrder.merge(lists)
        }
        latestStamp = max(latestStamp, merged.lazy.map(\.stamp).max() ?? 0)
        for name in otherDesks.keys { otherDesks[name]?.events = nil }
        own?.events = nil
        incremental = Fold.state(consuming: &merged)
    }

    /// The times of what the kept fold holds: every desk's events read, less this desk's `newest` just appended.
    private func currentFoldTimes(leavingOut newest: Int = 0) -> FoldTimes {
        foldTimes ?? FoldTimes(otherEvents.map { $0[...] } + [ownEvents.dropLast(newest)])
    }

    /// Applies `events` to the kept fold when each comes after everything folded in log order (and none is an undo,
    /// which changes the past); else folds everything again. Returns false when it folded everything again.
    @discardableResult
    private func fold(_ events: [Event], times: FoldTimes) -> Bool {
        var times = times
        let isUndo = events.contains { if case .undo = $0.change { return true } else { return false } }
        guard !isUndo, events.allSatisfy(times.comesLast) else {
            refold()
            return false
        }
        for event in events {
            incremental.add(event)
            times.note(event)
            latestStamp = max(latestStamp, event.stamp)
        }
        foldTimes = times
        return true
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
            // A desk new to this folder is taken like a file that grew from nothing: its events go onto the fold as
            // it is when they all come after it (none can repeat an event folded: that one's stamp is not later).
            if otherDesks[name] == nil {
                foldTimes = currentFoldTimes()
                otherDesks[name] = DeskLog(result)
                if !result.events.isEmpty { appended.append(result.events) }
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
        EventOrder.merge(otherEvents + [ownEvents])
    }

    /// Every other desk's events, each in its file's order, read from the files where only the snapshot knew them.
    private var otherEvents: [[Event]] {
        otherDesks.keys.sorted().map { name in
            (try? otherDesks[name]?.loaded(from: url.appendingPathComponent(name))) ?? []
        }
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
        if lastSeq == 0, !session.id.isEmpty {
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
        if own == nil { own = DeskLog() }
        own?.append(own: events, bytes: bytes.count)
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
