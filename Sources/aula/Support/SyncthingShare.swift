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
        // What is made from the session on each laptop (exported papers) stays on that laptop.
        let ignore = url.appendingPathComponent(".stignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try "/exports\n".write(to: ignore, atomically: true, encoding: .utf8)
        }
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
