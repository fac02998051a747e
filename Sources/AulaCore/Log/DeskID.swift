import Foundation

/// Which desk (laptop, or terminal) this process writes as: `--desk`, else `AULA_DESK`,
/// else an id generated once per machine and kept in the user's config directory.
public enum DeskID {
    /// Letters, digits, `-` and `_`, 1 to 40 characters: safe in a file name and a log line.
    public static func isValid(_ id: String) -> Bool {
        (1...40).contains(id.utf8.count) && id.utf8.allSatisfy {
            ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 95
        }
    }

    /// The desk id to use, creating and remembering the machine's own id when none is given.
    public static func resolve(explicit: String?, environment: [String: String]) throws -> String {
        if let id = explicit ?? environment["AULA_DESK"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard isValid(id) else {
                throw AulaError(
                    id: "Nama meja '\(TextSanitizer.line(id))' tidak sah: pakai huruf, angka, - atau _ (maks. 40).",
                    en: "Desk name '\(TextSanitizer.line(id))' is not valid: use letters, digits, - or _ (at most 40).")
            }
            return id
        }
        let file = configDirectory(environment).appendingPathComponent("desk")
        if let saved = try? String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
           isValid(saved) {
            return saved
        }
        let id = generated()
        do {
            try privateConfigDirectory(environment)
            try SafeFile.write(Array((id + "\n").utf8), to: file)
        } catch {
            throw AulaError(
                id: "Tidak bisa menyimpan nama meja di \(file.path): \(error.localizedDescription). Pakai --desk NAMA.",
                en: "Cannot save the desk name in \(file.path): \(error.localizedDescription). Use --desk NAME.")
        }
        return id
    }

    /// Creates the config directory when missing, and makes it 0700 whatever the umask (it names this machine's
    /// desk and holds its kop surat).
    static func privateConfigDirectory(_ environment: [String: String]) throws {
        let dir = configDirectory(environment)
        try NoFollow.privateFolders(dir.deletingLastPathComponent())
        _ = try NoFollow.folder(dir)
        guard chmod(dir.path, 0o700) == 0 else { throw DeskFile.ioError("mengatur hak", "set the rights of", dir, errno) }
    }

    /// `$XDG_CONFIG_HOME/aula`, else `~/.config/aula`.
    public static func configDirectory(_ environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("aula")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/aula")
    }

    /// The host name cut to safe characters, and four random hex digits: readable in a log, unique enough.
    static func generated() -> String {
        let host = ProcessInfo.processInfo.hostName.lowercased().prefix { $0 != "." }
        let safe = String(host.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.prefix(24))
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return (safe.isEmpty ? "meja" : safe) + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }
}
