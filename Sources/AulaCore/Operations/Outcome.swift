/// What an intent does: the changes to append to this desk's log, and the words to show once they are saved.
/// The command line, the full-screen app and the projector ask an operation for it; none of them makes the changes
/// or the words itself. An intent that cannot be done throws an `AulaError` that says why.
public struct Outcome: Equatable, Sendable {
    /// The changes to append, in order.
    public var changes: [Change]
    /// What to tell the user once they are saved.
    public var message: String
    /// What the user may want to do next (take it back), worded by the front end.
    public var remedy: Remedy?

    /// Creates an outcome.
    public init(_ changes: [Change], message: String, remedy: Remedy? = nil) {
        self.changes = changes
        self.message = message
        self.remedy = remedy
    }
}
