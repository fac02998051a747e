import AulaCore

extension SessionFolder {
    /// An operation's outcome on the command line: its changes appended to this desk's log, then its words printed.
    func record(_ outcome: Outcome) throws {
        try append(outcome.changes)
        print(outcome.message)
    }

    /// Asks `operation` what to do with the session as it is now, and records that.
    func perform(_ operation: (Session) throws -> Outcome) throws {
        try record(operation(session))
    }
}
