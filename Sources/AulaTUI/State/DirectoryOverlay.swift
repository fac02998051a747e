import AulaCore

/// The office's people directory over the body (Dokumen, d): type to find, Enter to edit one, Del twice to forget one.
public struct DirectoryOverlay: Equatable, Sendable {
    public var query = TextField()
    public var selected = 0
    /// The person a first Del pointed at: a second Del forgets them.
    public var forgetArmed: String?

    /// The people the query finds, by name.
    public func matches(in office: Session) -> [Person] { OfficeDirectory.find(query.text, in: office) }
}
