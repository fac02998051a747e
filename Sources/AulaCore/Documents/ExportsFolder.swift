import Foundation

/// The session's `exports/` folder, where every paper Aula writes goes.
public enum ExportsFolder {
    /// Writes `bytes` as `exports/name` in the session folder, whole or not at all; returns the file.
    public static func write(_ bytes: [UInt8], named name: String, in session: URL) throws -> URL {
        // A link in place of exports/ would have the papers written wherever it points.
        let file = try NoFollow.folder(session.appendingPathComponent("exports", isDirectory: true)).appendingPathComponent(name)
        try SafeFile.write(bytes, to: file)
        return file
    }
}
