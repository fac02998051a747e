/// Adding someone who came without an invitation (at the door, or from the command line): the one place that
/// turns what was typed into the seat's change. The seat is numbered after every invited seat.
public enum WalkIn {
    /// The fields a walk-in is added with, as typed (cleaned here).
    public struct Details: Equatable, Sendable {
        public var name, jabatan, unit, kecamatan, phone: String

        /// Creates the details.
        public init(name: String, jabatan: String, unit: String = "", kecamatan: String = "", phone: String = "") {
            self.name = name
            self.jabatan = jabatan
            self.unit = unit
            self.kecamatan = kecamatan
            self.phone = phone
        }
    }

    /// The change that adds the walk-in with seat id `id`; a walk-in without a name and without a jabatan is refused.
    public static func change(id: String, _ details: Details) throws(AulaError) -> Change {
        var fields: ChangeFields<Change.AttendeeField> = [:]
        let values: [(Change.AttendeeField, String)] = [(.name, details.name), (.jabatan, details.jabatan),
                                                        (.unit, details.unit), (.kecamatan, details.kecamatan),
                                                        (.phone, details.phone)]
        for (field, raw) in values {
            let value = TextSanitizer.line(raw)
            if !value.isEmpty { fields[field] = value }
        }
        guard fields[.name] != nil || fields[.jabatan] != nil else {
            throw AulaError(id: "Isi nama atau jabatan.", en: "Fill in a name or a position.")
        }
        return .attendee(id: id, fields: fields, invited: false)
    }
}
