import Crypto
import Foundation

/// Copies a speaker's file into the session's `materials/` folder under its SHA-256, and checks copies later.
public enum MaterialCopy {
    /// Copies `file` (0600, named `<sha256>.<ext>`) and returns the material record for `item`.
    public static func add(_ file: URL, item: String, title: String, to folder: SessionFolder) throws -> Material {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw AulaError(id: "Tidak bisa membaca berkas materi \(file.path): \(error.localizedDescription)",
                            en: "Cannot read the material file \(file.path): \(error.localizedDescription)")
        }
        let copy = try StoredFile.store(data, extension: file.pathExtension, in: "materials", of: folder.url)
        let cleanTitle = TextSanitizer.line(title)
        return Material(sha256: copy.sha256, item: item,
                        title: cleanTitle.isEmpty ? file.deletingPathExtension().lastPathComponent : cleanTitle,
                        fileName: TextSanitizer.line(file.lastPathComponent), storedPath: copy.storedPath, size: copy.size)
    }

    /// True when the copy inside `folder` still has the recorded SHA-256.
    public static func isIntact(_ material: Material, in folder: URL) -> Bool {
        StoredFile.isIntact(material.storedPath, sha256: material.sha256, in: folder)
    }
}

/// A SHA-256 as lower-case hex.
enum SHA256Hex {
    static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
