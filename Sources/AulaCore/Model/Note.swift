/// A paragraph of the notulen, recorded against an agenda item.
public struct Note: Codable, Equatable, Sendable {
    /// Stable id.
    public var id: String
    /// The agenda item it belongs to.
    public var item: String
    /// The text (may span lines).
    public var text: String
    /// When it was recorded (ISO 8601).
    public var at: String
}
