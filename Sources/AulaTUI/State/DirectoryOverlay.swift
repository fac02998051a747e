import AulaCore

/// The office's people directory over the body (Dokumen, d): type to find, Enter to edit one, Del twice to forget one.
public struct DirectoryOverlay: Equatable, Sendable {
    public var query = TextField()
    public var selected = 0
    /// The person a first Del pointed at: a second Del forgets them.
    public var forgetArmed: String?

    /// The people whose name, jabatan, instansi, seat or NIP holds the query, by name.
    public func matches(in office: Session) -> [Person] {
        let key = SearchText.normalize(query.text)
        return office.people
            .filter { person in key.isEmpty || [person.name, person.jabatan, person.instansi, person.seat, person.nip]
                .contains { SearchText.normalize($0).contains(key) } }
            .sorted { PaymentRules.personKey($0.name) < PaymentRules.personKey($1.name) }
    }
}
