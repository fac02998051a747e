import AulaCore
import Foundation

/// What the office keeps of a session: its people in the directory, and its place in the office's index.
enum OfficeMemory {
    /// Learns `session`'s people into `office` (unless `learn` is false: a session not held yet has seen nobody) and
    /// lists the session there; returns how many people changed.
    @discardableResult
    static func remember(_ session: SessionFolder, in office: SessionFolder, learn: Bool = true) throws -> Int {
        let learned = learn ? OfficeDirectory.learn(from: session.session, into: office.session) { RecordID.make(.person, desk: office.desk) } : []
        let s = session.session
        let listed = office.session.index.first { $0.id == s.id }
        let path = session.url.standardizedFileURL.path
        var changes = learned
        if listed?.path != path || listed?.title != s.title || listed?.date != s.date {
            changes.append(.indexed(session: s.id, path: path, title: s.title, date: s.date))
        }
        try office.append(changes)
        return learned.count
    }
}
