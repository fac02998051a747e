import AulaCore
import Foundation

/// `aula sync DIR --syncthing`: shares a session folder between two laptops through Syncthing, without its web GUI.
/// The first laptop runs it without --peer (it prints its device ID and the command for the second laptop); the
/// second runs that command (it adds the first laptop and the folder, creating DIR, and prints the command back);
/// the first runs that one, and both folders stay the same from then on. Running it again changes nothing.
struct SyncthingShare {
    var dir: String
    var peer: String?
    var folder: String?
    var cli: SyncthingCLI

    func run(_ lang: Lang) throws {
        let url = SessionPath.resolve(dir)
        let folderID = try self.folderID(for: url)
        let me = try cli.deviceID()
        if !FileManager.default.fileExists(atPath: url.path) {
            try NoFollow.privateFolders(url)
            print(lang.t("Folder dibuat: ", "Folder created: ") + url.path)
        }
        try SyncthingShare.ignoreDerivedFiles(in: url)
        if !(try cli.folders()).contains(folderID) {
            try cli.run(["config", "folders", "add", "--id", folderID, "--label", "Aula " + url.lastPathComponent,
                         "--path", url.standardizedFileURL.path, "--fswatcher-delays", "1", "--rescan-intervals", "60"])
            print(lang.t("Folder Syncthing ditambahkan: ", "Syncthing folder added: ") + folderID + " (\(url.path))")
        }
        if let peer {
            let parts = peer.split(separator: "@", maxSplits: 1).map(String.init)
            let id = parts[0].uppercased()
            if !(try cli.devices()).contains(id) {
                try cli.run(["config", "devices", "add", "--device-id", id, "--name", "aula-" + String(id.prefix(7))])
                // Beside discovery ("dynamic"); added on its own, as `devices add --addresses` fails in Syncthing 1.19.
                if parts.count == 2 { try cli.run(["config", "devices", id, "addresses", "add", parts[1]]) }
            }
            if !(try cli.devices(ofFolder: folderID)).contains(id) {
                try cli.run(["config", "folders", folderID, "devices", "add", "--device-id", id])
            }
            print(lang.t("Dibagikan dengan perangkat ", "Shared with device ") + id)
        }
        print(lang.t("ID perangkat ini: ", "This device's ID: ") + me)
        print(lang.t("Di laptop lain (bila belum): ", "On the other laptop (if not yet done): ")
              + "aula sync \(url.lastPathComponent) --syncthing --folder \(folderID) --peer \(me)")
    }

    /// What is made from the session on each laptop stays on that laptop: the exported papers and the snapshot of
    /// the fold (and its temporary file), each laptop's own. Lines missing from an older `.stignore` are added;
    /// the user's own lines are kept.
    static func ignoreDerivedFiles(in url: URL) throws {
        let ignore = url.appendingPathComponent(".stignore")
        let wanted = ["/exports", "/\(SessionFolder.snapshotFileName)*"]
        let existing = (try? String(contentsOf: ignore, encoding: .utf8)) ?? ""
        let lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let missing = wanted.filter { !lines.contains($0) }
        guard !missing.isEmpty else { return }
        let head = existing.isEmpty || existing.hasSuffix("\n") ? existing : existing + "\n"
        try (head + missing.joined(separator: "\n") + "\n").write(to: ignore, atomically: true, encoding: .utf8)
    }

    /// The folder's ID: the one given, else the session's own (the same on every laptop).
    private func folderID(for url: URL) throws -> String {
        if let folder { return try SyncthingFolderID.checked(folder) }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw AulaError(id: "\(url.path) belum ada: di laptop kedua beri --folder (dicetak oleh laptop pertama).",
                            en: "\(url.path) does not exist: on the second laptop give --folder (the first laptop printed it).")
        }
        return try SyncthingFolderID.of(SessionFolder(url: url, desk: "syncthing", writable: false).session)
    }
}
