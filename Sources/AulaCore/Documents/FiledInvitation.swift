import Foundation

/// The surat undangan as it was first made for sending (its first PDF), kept in the session folder as data: the
/// berkas SPJ files that letter and its lampiran as they went out, not a letter made again with the names learned at
/// the door; an undangan made afterwards is marked SALINAN.
public enum FiledInvitation {
    /// Where the filed letters are kept inside the session folder (named by their SHA-256, carried by `aula sync`).
    public static let folder = "filed"

    /// Keeps `papers` (the undangan just made for sending) in the session folder at `session`, and returns the change
    /// that records it; nil when an undangan was filed already.
    public static func file(_ papers: [Paper], for current: Session, in session: URL, at time: String) throws -> Change? {
        guard current.papers.filedInvitation.isEmpty, !papers.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let copy = try StoredFile.store(try encoder.encode(papers), extension: "json", in: folder, of: session)
        return .session([.filedInvitation: copy.storedPath, .filedInvitationAt: time])
    }

    /// The filed undangan of `current`, read from the session folder at `session`; nil when none was filed or the
    /// copy cannot be read (the berkas then makes the letter again, marked SALINAN, and says why).
    public static func load(_ current: Session, from session: URL) -> [Paper]? {
        let path = current.papers.filedInvitation
        guard !path.isEmpty, StoredFile.isStoredPath(path, in: folder),
              let data = try? NoFollow.read(session.appendingPathComponent(path)) else { return nil }
        return try? JSONDecoder().decode([Paper].self, from: data)
    }
}
