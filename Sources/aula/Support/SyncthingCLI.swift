import AulaCore
import Foundation

/// This laptop's Syncthing, driven through its own command line (`syncthing cli`, which talks to the running
/// Syncthing): who it is, which devices and folders it knows, and adding them. Aula speaks no HTTP itself.
struct SyncthingCLI {
    /// Syncthing's home (config and keys); nil: Syncthing's own default.
    var home: String?

    /// This device's ID, or an error saying how to start Syncthing when it is not running.
    func deviceID() throws -> String {
        let json = try run(["show", "system"])
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let id = object["myID"] as? String, !id.isEmpty else {
            throw AulaError(id: "Syncthing tidak menyebut ID perangkatnya.", en: "Syncthing did not give its device ID.")
        }
        return id
    }

    /// The device IDs Syncthing knows (this one included).
    func devices() throws -> [String] { try lines(["config", "devices", "list"]) }

    /// The folder IDs Syncthing shares.
    func folders() throws -> [String] { try lines(["config", "folders", "list"]) }

    /// The devices a folder is shared with.
    func devices(ofFolder folder: String) throws -> [String] { try lines(["config", "folders", folder, "devices", "list"]) }

    /// Runs `syncthing cli ARGS`; its output, or an error with what it said.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        guard let syncthing = ExternalProgram.find("syncthing"),
              let run = try? ExternalProgram.run(syncthing, ["cli"] + (home.map { ["--home", $0] } ?? []) + arguments,
                                                 timeout: Self.timeout) else {
            throw Self.notInstalled
        }
        guard !run.timedOut else {
            let seconds = Int(Self.timeout)
            throw AulaError(
                id: "Syncthing tidak menjawab dalam \(seconds) detik (syncthing cli \(arguments.joined(separator: " "))); tidak "
                    + "ada yang diubah. Periksa Syncthing (systemctl --user status syncthing), lalu ulangi.",
                en: "Syncthing did not answer within \(seconds) seconds (syncthing cli \(arguments.joined(separator: " "))); "
                    + "nothing was changed. Check Syncthing (systemctl --user status syncthing), then try again.")
        }
        let output = run.output
        guard run.status == 0 else {
            let detail = TextSanitizer.line(run.errors.isEmpty ? output : run.errors)
            if detail.contains("connection refused") || detail.contains("no such file") || detail.contains("getting config") {
                throw AulaError(id: "Syncthing belum berjalan di laptop ini. Jalankan: systemctl --user enable --now syncthing "
                                    + "(atau: syncthing serve --no-browser &), lalu ulangi. (\(detail))",
                                en: "Syncthing is not running on this laptop. Run: systemctl --user enable --now syncthing "
                                    + "(or: syncthing serve --no-browser &), then try again. (\(detail))")
            }
            throw AulaError(id: "syncthing cli \(arguments.joined(separator: " ")): \(detail)",
                            en: "syncthing cli \(arguments.joined(separator: " ")): \(detail)")
        }
        return output
    }

    private func lines(_ arguments: [String]) throws -> [String] {
        try run(arguments).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// How long one `syncthing cli` call may take: 30 seconds, or `AULA_SYNCTHING_TIMEOUT` seconds.
    static let timeout: Double = ProcessInfo.processInfo.environment["AULA_SYNCTHING_TIMEOUT"].flatMap(Double.init)
        .flatMap { $0 > 0 && $0 <= 3600 ? $0 : nil } ?? 30

    static let notInstalled = AulaError(id: "Syncthing tidak terpasang: sudo apt install syncthing",
                                        en: "Syncthing is not installed: sudo apt install syncthing")

    /// A device ID as Syncthing writes it: eight groups of seven letters A–Z and digits 2–7 (dashes optional).
    static func isDeviceID(_ text: String) -> Bool {
        let plain = text.uppercased().filter { $0 != "-" }
        return plain.count == 56 && plain.allSatisfy { ("A"..."Z").contains($0) || ("2"..."7").contains($0) }
    }
}
