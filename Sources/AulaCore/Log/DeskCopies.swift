import Foundation

/// Copies of desk files that a sync tool or a repair set beside the desk files: Syncthing's conflict copies
/// (`desk-X.sync-conflict-….jsonl`), rsync's backups (`desk-X.jsonl~`), the copies a repair kept
/// (`….merged`), and copies of those. Their events are read on every open: a copy whose changes are all counted
/// (as a repair leaves it) is silent, one holding changes the desk files lack is reported until it is merged.
public enum DeskCopies {
    /// One copy and what it holds.
    struct Copy {
        /// The copy's file name.
        var name: String
        /// The desk its events belong to.
        var desk: String
        /// Its whole lines' events (damaged lines skipped).
        var events: [Event]
    }

    /// The desk a copy's file name belongs to: any `desk-<id>.…` that is not a desk file itself nor a torn line set
    /// aside (`.torn`, which holds no whole event); nil for anything else.
    public static func copiedDesk(_ name: String) -> String? {
        guard name.hasPrefix("desk-"), !SessionFolder.isDeskFileName(name), !name.contains(".torn"),
              let dot = name.firstIndex(of: ".") else { return nil }
        let desk = String(name[name.index(name.startIndex, offsetBy: 5)..<dot])
        return DeskID.isValid(desk) ? desk : nil
    }

    /// The copies in `folder`, sorted by name.
    public static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { copiedDesk($0) != nil }.sorted()
    }

    /// Every copy in `folder` with its events, sorted by name; a copy that names another session is refused, naming it.
    static func read(in folder: URL, session: String) throws -> [Copy] {
        try names(in: folder).map { try read(named: $0, in: folder, session: session) }
    }

    /// One copy, read as `read(in:session:)` does.
    private static func read(named name: String, in folder: URL, session: String) throws -> Copy {
        let desk = copiedDesk(name)!
        let url = folder.appendingPathComponent(name)
        let data = try NoFollow.read(url)
        let whole = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let events = data.withUnsafeBytes { raw in
            EventLines.events(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<whole]), desk: desk).events
        }
        try SessionIdentity.checkOne(events, of: url)
        if let other = SessionIdentity.foreignJoin(in: events, session: session) {
            throw AulaError(
                id: "\(url.path) adalah salinan dari sesi lain, \(other.name(.id)); berkas itu tidak dibaca. Pindahkan "
                    + "keluar dari folder sesi.",
                en: "\(url.path) is a copy from another session, \(other.name(.en)); it is not read. Move it out of the "
                    + "session folder.")
        }
        return Copy(name: name, desk: desk, events: events)
    }

    /// The warnings for copies holding changes that no desk file has, and for copies of another session (not
    /// read): said on every command until `aula repair` merges them or someone moves them out.
    static func warnings(in folder: URL, session: String, counted: () -> [Event]) throws -> [AulaError] {
        let names = try names(in: folder)
        guard !names.isEmpty else { return [] }
        let known = Set(counted().map(\.id))
        var uncounted: [(String, Int)] = []
        var warnings: [AulaError] = []
        for name in names {
            do {
                // One at a time, so that a copy of another session is named and the others still counted.
                let copy = try read(named: name, in: folder, session: session)
                let count = copy.events.reduce(0) { known.contains($1.id) ? $0 : $0 + 1 }
                if count > 0 { uncounted.append((name, count)) }
            } catch let error as AulaError {
                warnings.append(error)
            }
        }
        guard !uncounted.isEmpty else { return warnings }
        let listID = uncounted.map { "\($0.0) (\($0.1) perubahan)" }.joined(separator: ", ")
        let listEN = uncounted.map { "\($0.0) (\($0.1) changes)" }.joined(separator: ", ")
        return warnings + [AulaError(
            id: "Ada salinan berkas meja (bentrok Syncthing atau cadangan rsync) dengan perubahan yang belum dihitung: "
                + "\(listID). Gabungkan dengan: aula repair \(folder.path)",
            en: "There are copies of desk files (Syncthing conflicts or rsync backups) with changes not counted yet: "
                + "\(listEN). Merge them with: aula repair \(folder.path)")]
    }

    /// The lines cut off by a power loss that desks set aside (`desk-X.jsonl.torn`), sorted by name: they hold no
    /// whole event, so `aula status` names them until someone has looked and removed them.
    public static func tornFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("desk-") && $0.contains(".torn") }.sorted()
    }
}
