import AulaCore

extension SessionFolder {
    /// An operation's outcome on the command line: its changes appended to this desk's log, then its words printed
    /// (with what can be done next, worded for the command line).
    func record(_ outcome: Outcome, lang: Lang) throws {
        try append(outcome.changes)
        print(outcome.message + (outcome.remedy.map { " " + $0.commandLine(lang) } ?? ""))
    }

    /// Asks `operation` what to do with the session as it is now, and records that.
    func perform(lang: Lang, _ operation: (Session) throws -> Outcome) throws {
        try record(operation(session), lang: lang)
    }
}
