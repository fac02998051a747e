import Foundation

/// Files copied into a session folder under their SHA-256 (speakers' materials, the kop's logo, photos), so that every
/// desk and every copy of the folder names the same bytes the same way.
public enum StoredFile {
    /// A file copied in: where it is inside the session folder, its hash and its size.
    public struct Copy: Equatable, Sendable {
        public var storedPath: String
        public var sha256: String
        public var size: Int
    }

    /// Copies `data` (0600, `<sha256>.<ext>`) into the session's `folder` (`materials`, `images`, ...), created 0700
    /// without following a link; a copy already there is kept.
    public static func store(_ data: Data, extension ext: String, in folder: String, of session: URL) throws -> Copy {
        let hash = SHA256Hex.of(data)
        let cleanExt = ext.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(10)
        let name = cleanExt.isEmpty ? hash : hash + "." + cleanExt
        let target = try NoFollow.folder(session.appendingPathComponent(folder, isDirectory: true)).appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: target.path) {
            try SafeFile.write([UInt8](data), to: target)
        }
        return Copy(storedPath: folder + "/" + name, sha256: hash, size: data.count)
    }

    /// True when the copy at `storedPath` inside the session `folder` still has the bytes whose SHA-256 was recorded.
    public static func isIntact(_ storedPath: String, sha256: String, in folder: URL) -> Bool {
        guard let data = try? NoFollow.read(folder.appendingPathComponent(storedPath)) else { return false }
        return SHA256Hex.of(data) == sha256
    }

    /// True for a path that stays inside the session's `folder`: `folder/` and a name of ASCII letters and digits with
    /// at most one dot, not first (no `/`, no `..`, no hidden file).
    public static func isStoredPath(_ path: String, in folder: String) -> Bool {
        guard path.hasPrefix(folder + "/") else { return false }
        let name = path.utf8.dropFirst(folder.utf8.count + 1)
        let dots = name.filter { $0 == UInt8(ascii: ".") }.count
        return !name.isEmpty && name.first != UInt8(ascii: ".") && dots <= 1 && name.allSatisfy { byte in
            byte == UInt8(ascii: ".") || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
    }
}
