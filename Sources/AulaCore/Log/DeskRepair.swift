import Foundation
import Glibc

/// Recovers from one desk's file having two histories: two laptops that used the same desk name, a Syncthing
/// conflict copy (`desk-X.sync-conflict-….jsonl`) or an rsync backup (`desk-X.jsonl~`). Nothing is dropped: the
/// changes only a copy holds move to a new desk (keeping their ids, times and stamps, so that they count once and in
/// the same order), and the copy is kept beside as `….merged`. The new desk is named after the changes it holds
/// (`X-` and 8 hex digits of their ids' SHA-256) and its file is made from them alone, so every laptop that repairs
/// the same histories writes the same file, which a sync or a copy tool then finds equal.
public enum DeskRepair {
    /// One copy merged.
    public struct Merged: Equatable, Sendable {
        /// The copy's file name.
        public var copy: String
        /// How many changes only it held.
        public var moved: Int
        /// The desk they moved to (nil when the copy held nothing new).
        public var desk: String?
        /// The name the copy is kept under (nil when it kept its name).
        public var keptAs: String?

        /// The line that says what happened to the copy.
        public func line(_ lang: Lang) -> String {
            let kept = keptAs.map { lang.t("; berkasnya disimpan sebagai \($0)", "; the file was kept as \($0)") } ?? ""
            guard let desk else {
                return lang.t("\(copy): tidak ada perubahan baru", "\(copy): nothing new") + kept
            }
            return lang.t("\(copy): \(moved) perubahan dipindahkan ke meja \(desk) (\(SessionFolder.fileName(desk: desk)))",
                          "\(copy): \(moved) changes moved to desk \(desk) (\(SessionFolder.fileName(desk: desk)))") + kept
        }
    }

    /// Merges every copy in `folder` (see the type). A copy of another session is refused before anything is
    /// written. A new desk file is created exclusively, never over another.
    public static func repair(_ folder: URL) throws -> [Merged] {
        let opened = try SessionFolder(url: folder, desk: "repair", writable: false)
        let session = opened.session
        var known = Set(opened.events.map(\.id))
        var report: [Merged] = []
        for copy in try DeskCopies.read(in: folder, session: session.id) {
            let tail = copy.events.filter {
                if case .join = $0.change { return false }
                return !known.contains($0.id)
            }
            var moved: String?
            if let first = tail.first {
                let newDesk = desk(for: tail, from: copy.desk)
                // The new desk's file names its session first, as every desk file does (just before the first change).
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
                known.formUnion(tail.map(\.id))
                moved = newDesk
            }
            let keptAs = try keep(copy.name, in: folder)
            if moved != nil || keptAs != nil {
                report.append(Merged(copy: copy.name, moved: tail.count, desk: moved, keptAs: keptAs))
            }
        }
        return report
    }

    /// The desk that `events` (moved from a copy of `desk`) go to: named after their ids, the same on every laptop.
    static func desk(for events: [Event], from desk: String) -> String {
        let hash = SHA256Hex.of(Data(events.map(\.id).joined(separator: "\n").utf8))
        return String(desk.prefix(31)) + "-" + hash.prefix(8)
    }

    /// Renames a merged copy to `….merged` (a name a sync tool's next backup never takes); a copy already so named
    /// keeps its name. Returns the new name, or nil.
    private static func keep(_ name: String, in folder: URL) throws -> String? {
        guard !name.contains(".merged") else { return nil }
        let url = folder.appendingPathComponent(name)
        var kept = name + ".merged"
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(kept).path) { kept += "~" }
        let target = folder.appendingPathComponent(kept)
        try NoFollow.refuseLink(target)
        guard rename(url.path, target.path) == 0 else { throw DeskFile.ioError("mengganti nama", "rename", url, errno) }
        DeskFile.syncDirectory(folder)
        return kept
    }

    /// Prepares two copies of a session whose desk files diverged (the same desk name on two laptops) so that a sync
    /// loses nothing: in `other`, each diverged file is replaced by `folder`'s and kept as a copy, then `other` is
    /// repaired (its own changes move to a new desk). Returns the files replaced and the repair.
    public static func repair(_ folder: URL, against other: URL) throws -> (replaced: [String], merged: [Merged]) {
        try SessionIdentity.checkCopies(folder, other)
        var replaced: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where SessionFolder.isDeskFileName(name) {
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

    /// Creates a desk file (0600, never over an existing one or through a link) with `bytes`, on disk when this returns.
    /// The same file already there (the same repair made on another laptop and copied here) is left as it is.
    private static func create(_ url: URL, _ bytes: [UInt8]) throws {
        if FileManager.default.fileExists(atPath: url.path) {
            guard try NoFollow.read(url) == Data(bytes) else {
                throw AulaError(id: "\(url.path) sudah ada dengan isi lain; tidak ada yang diubah.",
                                en: "\(url.path) already exists with other contents; nothing was changed.")
            }
            return
        }
        let fd = try NoFollow.open(url, O_WRONLY | O_CREAT | O_EXCL, verbID: "membuat", verbEN: "create")
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 else { throw DeskFile.ioError("menulis ke", "write to", url, errno) }
        DeskFile.syncDirectory(url.deletingLastPathComponent())
    }
}
