/// A question from the floor during tanya jawab, with its answer.
public struct Question: Codable, Equatable, Sendable {
    /// Stable id.
    public var id: String
    /// The agenda item it belongs to.
    public var item: String
    /// The attendee who asked, when on the roster.
    public var askerId: String
    /// Who asked, as it will be printed ("Kepala Desa Tohe (Yohanes Bau)").
    public var asker: String
    /// The question.
    public var text: String
    /// The answer given, if any.
    public var answer: String
    /// When it was recorded (ISO 8601).
    public var at: String
}
