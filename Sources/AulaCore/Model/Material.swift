/// A speaker's file, copied into the session's `materials/` folder under its SHA-256.
public struct Material: Codable, Equatable, Sendable {
    /// The file's SHA-256 (hex): its id and its name in `materials/`.
    public var sha256: String
    /// The agenda item it belongs to.
    public var item: String
    /// What it is called on the agenda.
    public var title: String
    /// The file's original name.
    public var fileName: String
    /// Path inside the session folder (`materials/<sha256>.<ext>`).
    public var storedPath: String
    /// Size in bytes.
    public var size: Int

    /// Creates a material record.
    public init(sha256: String, item: String, title: String, fileName: String, storedPath: String, size: Int) {
        self.sha256 = sha256
        self.item = item
        self.title = title
        self.fileName = fileName
        self.storedPath = storedPath
        self.size = size
    }
}

extension Material {
    /// True for a path that stays inside the session's `materials/` folder: `materials/` and a name of ASCII letters
    /// and digits with at most one dot, not first (no `/`, no `..`, no hidden file).
    public static func isStoredPath(_ path: String) -> Bool {
        guard path.hasPrefix("materials/") else { return false }
        let name = path.utf8.dropFirst("materials/".count)
        let dots = name.filter { $0 == UInt8(ascii: ".") }.count
        return !name.isEmpty && name.first != UInt8(ascii: ".") && dots <= 1 && name.allSatisfy { byte in
            byte == UInt8(ascii: ".") || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
    }
}
