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
        let hash = sha256(data)
        let ext = file.pathExtension.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(10)
        let name = ext.isEmpty ? hash : hash + "." + ext
        let target = try folder.materialsFolder().appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: target.path) {
            try SafeFile.write([UInt8](data), to: target)
        }
        let cleanTitle = TextSanitizer.line(title)
        return Material(sha256: hash, item: item,
                        title: cleanTitle.isEmpty ? file.deletingPathExtension().lastPathComponent : cleanTitle,
                        fileName: TextSanitizer.line(file.lastPathComponent), storedPath: "materials/" + name, size: data.count)
    }

    /// True when the copy inside `folder` still has the recorded SHA-256.
    public static func isIntact(_ material: Material, in folder: URL) -> Bool {
        guard let data = try? NoFollow.read(folder.appendingPathComponent(material.storedPath)) else { return false }
        return sha256(data) == material.sha256
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
