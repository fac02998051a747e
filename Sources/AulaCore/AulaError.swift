/// An error a user can act on: it says what went wrong and where, in both languages.
public struct AulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Indonesian message.
    public var id: String
    /// English message.
    public var en: String

    /// Creates an error from its Indonesian and English messages.
    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The message in the given language.
    public func message(_ lang: Lang) -> String { lang.t(id, en) }

    public var description: String { en }
}
