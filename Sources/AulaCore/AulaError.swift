/// An error a user can act on: it says what went wrong and where, in both languages.
public struct AulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Indonesian message.
    public var id: String
    /// English message.
    public var en: String
    /// What the user can do about it, worded by the front end that shows the error.
    public var remedy: Remedy?

    /// Creates an error from its Indonesian and English messages, and what can be done about it.
    public init(id: String, en: String, remedy: Remedy? = nil) {
        self.id = id
        self.en = en
        self.remedy = remedy
    }

    /// The message in the given language.
    public func message(_ lang: Lang) -> String { lang.t(id, en) }

    public var description: String { en }
}
