import Foundation

/// An office's folder: one per Dinas, shared between its laptops exactly as a session folder is (a JSON log per
/// desk, the same causal order, symlinks refused, 0600 files), holding the office profile (kop, address, logo,
/// signatories with NIP), the people directory and the index of the office's sessions. Its log is a session folder's
/// log whose id is the office's: two offices' folders synced together are refused, naming both.
public enum OfficeFolder {
    /// `--office`, else `AULA_OFFICE`, else `$XDG_DATA_HOME/aula/office` (`~/.local/share/aula/office`).
    public static func location(option: String?, environment: [String: String]) -> URL {
        if let option, !option.isEmpty { return URL(fileURLWithPath: option) }
        if let named = environment["AULA_OFFICE"], !named.isEmpty { return URL(fileURLWithPath: named) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("aula/office")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/aula/office")
    }

    /// Whether `url` holds an office's log.
    public static func exists(_ url: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.contains { $0.hasPrefix("desk-") && $0.hasSuffix(".jsonl") }
    }

    /// Opens the office folder at `url`, creating it when missing (named `name`, with this machine's kop read into
    /// its profile once).
    public static func open(_ url: URL, desk: String, writable: Bool, name: String = "", machineKop: String = "",
                            now: @escaping () -> Date = Date.init) throws -> SessionFolder {
        if exists(url) { return try SessionFolder(url: url, desk: desk, writable: writable, now: now) }
        guard writable else {
            throw AulaError(id: "Folder kantor \(url.path) belum ada. Buat dengan: aula office set nama \"NAMA DINAS\"",
                            en: "The office folder \(url.path) does not exist yet. Create it with: aula office set nama \"OFFICE NAME\"")
        }
        try NoFollow.privateFolders(url.deletingLastPathComponent())
        var details: ChangeFields<Change.SessionField> = [.title: name.isEmpty ? "Kantor" : TextSanitizer.line(name)]
        let kop = TextSanitizer.multiline(machineKop)
        if !kop.isEmpty { details[.letterhead] = kop }
        return try SessionFolder.create(url: url, desk: desk, details: details, now: now)
    }
}
