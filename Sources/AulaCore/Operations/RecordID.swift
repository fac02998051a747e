import Foundation

/// The id of a new record (a walk-in's seat, an agenda item, a note, a question), made one way wherever it is made:
/// `<kind>-<desk>-<unique>`, so two desks never make the same id and a reader of the log sees what and where.
public enum RecordID {
    /// What the record is.
    public enum Kind: String, Sendable {
        case walkIn = "walkin", item, note, question = "q", person
    }

    /// A new id for a `kind` made at `desk`; `unique` is a fresh UUID unless the caller has its own (the app, which
    /// is pure, counts instead).
    public static func make(_ kind: Kind, desk: String, unique: String = UUID().uuidString.lowercased()) -> String {
        kind.rawValue + "-" + desk + "-" + unique
    }
}
