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
    /// True for a path that stays inside the session's `materials/` folder.
    public static func isStoredPath(_ path: String) -> Bool { StoredFile.isStoredPath(path, in: "materials") }
}
