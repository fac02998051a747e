import Foundation
import Glibc

/// Recovers from one desk's file having two histories: two laptops that used the same desk name, a Syncthing
/// conflict copy (`desk-X.sync-conflict-….jsonl`) or an rsync backup (`desk-X.jsonl~`). Nothing is dropped: the
/// changes only a copy holds move to a new desk (`X-2`, keeping their ids, times and stamps, so that they count
/// once and in the same order), and the copy is kept beside as `….merged`.
public enum DeskRepair {
    /// One copy merged.
    public struct Merged: Equatable, Sendable {
        /// The copy's file name.
        public var copy: String
        /// How many changes only it held.
        public var moved: Int
        /// The desk they moved to (nil when the copy held nothing new).
        public var desk: String?

        /// The line that says what happened to the copy.
        public func line(_ lang: Lang) -> String {
            guard let desk else {
                return lang.t("\(copy): tidak ada perubahan baru; disimpan sebagai \(copy).merged",
                              "\(copy): nothing new; kept as \(copy).merged")
            }
            return lang.t("\(copy): \(moved) perubahan dipindahkan ke meja \(desk) (\(SessionFolder.fileName(desk: desk))); "
                          + "berkasnya disimpan sebagai \(copy).merged",
                          "\(copy): \(moved) changes moved to desk \(desk) (\(SessionFolder.fileName(desk: desk))); "
                          + "the file was kept as \(copy).merged")
        }
    }

    /// The desk a copy's file name belongs to: `desk-X.sync-conflict-….jsonl` (Syncthing) or `desk-X.jsonl~…`
    /// (rsync --backup); nil for anything else.
    public static func copiedDesk(_ name: String) -> String? {
        guard name.hasPrefix("desk-") else { return nil }
        let rest = name.dropFirst("desk-".count)
        if let range = rest.range(of: ".sync-conflict-"), name.hasSuffix(".jsonl") {
            let desk = String(rest[..<range.lowerBound])
            return DeskID.isValid(desk) ? desk : nil
        }
        if let range = rest.range(of: ".jsonl~"), rest[range.upperBound...].allSatisfy({ $0 == "~" }) {
            let desk = String(rest[..<range.lowerBound])
            return DeskID.isValid(desk) ? desk : nil
        }
        return nil
    }

    /// The copies in `folder`, sorted by name.
    public static func copies(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { copiedDesk($0) != nil }.sorted()
    }

    /// Merges every copy in `folder` (see the type). Each desk file written or replaced is locked first, so a
    /// running aula on that desk is waited for by refusing, not overwritten.
    public static func repair(_ folder: URL) throws -> [Merged] {
        var report: [Merged] = []
        let session = try SessionFolder(url: folder, desk: "repair", writable: false).session
        for copy in try copies(in: folder) {
            let desk = copiedDesk(copy)!
            let main = folder.appendingPathComponent(SessionFolder.fileName(desk: desk))
            let copyURL = folder.appendingPathComponent(copy)
            let known = Set(try events(main, desk: desk).map(\.id))
            let tail = try events(copyURL, desk: desk).filter { !known.contains($0.id) }
            var moved: String?
            if let first = tail.first {
                let newDesk = try freeDesk(after: desk, in: folder)
                // The new desk's file names its session first, as every desk file does (just before the first change).
                // Made from the moved changes alone, so that repairing the same copy in two folders (both laptops
                // after an rsync both ways) writes the same file, which a sync then finds equal.
                var events: [Event] = []
                if !session.id.isEmpty {
                    events.append(Event(id: "join-" + first.id, desk: newDesk, seq: 1, at: first.at,
                                        stamp: first.stamp - 1, change: .join(session: session.id, title: session.title,
                                                                               date: session.date, creates: false)))
                }
                // The moved changes keep their ids (so they count once), their times and their stamps (their order).
                for source in tail {
                    events.append(Event(id: source.id, desk: newDesk, seq: events.count + 1, at: source.at,
                                        stamp: source.stamp, change: source.change))
                }
                try create(folder.appendingPathComponent(SessionFolder.fileName(desk: newDesk)),
                           Array(events.map { $0.line + "\n" }.joined().utf8))
                moved = newDesk
            }
            try NoFollow.refuseLink(folder.appendingPathComponent(copy + ".merged"))
            guard rename(copyURL.path, copyURL.path + ".merged") == 0 else {
                throw DeskFile.ioError("mengganti nama", "rename", copyURL, errno)
            }
            DeskFile.syncDirectory(folder)
            report.append(Merged(copy: copy, moved: tail.count, desk: moved))
        }
        return report
    }

    /// Prepares two copies of a session whose desk files diverged (the same desk name on two laptops) so that a sync
    /// loses nothing: in `other`, each diverged file is replaced by `folder`'s and kept as a copy, then `other` is
    /// repaired (its own changes move to a new desk). Returns the files replaced and the repair.
    public static func repair(_ folder: URL, against other: URL) throws -> (replaced: [String], merged: [Merged]) {
        var replaced: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasPrefix("desk-") && name.hasSuffix(".jsonl") && copiedDesk(name) == nil {
            let mine = folder.appendingPathComponent(name), theirs = other.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: theirs.path) else { continue }
            let a = try NoFollow.read(mine), b = try NoFollow.read(theirs)
            let wholeA = a.prefix(a.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            let wholeB = b.prefix(b.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            if wholeA.starts(with: wholeB) || wholeB.starts(with: wholeA) { continue }
            let fd = try NoFollow.open(theirs, O_RDONLY)
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                throw AulaError(id: "\(theirs.path) sedang dipakai aula yang berjalan; tutup dulu, lalu ulangi.",
                                en: "\(theirs.path) is in use by a running aula; close it, then try again.")
            }
            var backup = theirs.path + "~"
            while FileManager.default.fileExists(atPath: backup) { backup += "~" }
            guard link(theirs.path, backup) == 0 else { throw DeskFile.ioError("menyalin", "copy", theirs, errno) }
            try SafeFile.write([UInt8](wholeA), to: theirs)
            replaced.append(name)
        }
        return (replaced, try repair(other))
    }

    /// The events of a desk file's whole lines (a copy may end mid-line), or none when it does not exist.
    private static func events(_ url: URL, desk: String) throws -> [Event] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let data = try NoFollow.read(url)
        let whole = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let read = [UInt8](data.prefix(whole)).withUnsafeBufferPointer { bytes in
            Swift.Result { () throws(EventLines.Broken) in try EventLines.events(bytes, desk: desk).events }
        }
        switch read {
        case .success(let events): return events
        case .failure(let error):
            throw AulaError(id: "\(url.path) baris \(error.line) rusak: \(error.reason). Tidak ada yang diubah.",
                            en: "\(url.path) line \(error.line) is broken: \(error.reason). Nothing was changed.")
        }
    }

    /// The first of `X-2`, `X-3`, ... that has no file yet.
    private static func freeDesk(after desk: String, in folder: URL) throws -> String {
        var n = 2
        func file(_ n: Int) -> String {
            folder.appendingPathComponent(SessionFolder.fileName(desk: String(desk.prefix(34)) + "-\(n)")).path
        }
        while FileManager.default.fileExists(atPath: file(n)) { n += 1 }
        return String(desk.prefix(34)) + "-\(n)"
    }

    /// Creates a desk file (0600, never over an existing one or through a link) with `bytes`, on disk when this returns.
    private static func create(_ url: URL, _ bytes: [UInt8]) throws {
        let fd = try NoFollow.open(url, O_WRONLY | O_CREAT | O_EXCL, verbID: "membuat", verbEN: "create")
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else { throw DeskFile.ioError("menulis ke", "write to", url, errno) }
        DeskFile.syncDirectory(url.deletingLastPathComponent())
    }
}
