/// The people who serve the session in a role of their own (narasumber, moderator, pembawa acara, panitia): adding
/// one, changing a field, finding one by name. Every value is checked here, for the command line and the app alike.
public enum PersonOperation {
    /// Adds `fields` as a new person with id `id`: a name and a role are required; a PNS needs a golongan.
    public static func add(id: String, _ fields: ChangeFields<Change.PersonField>, in session: Session,
                           lang: Lang) throws(AulaError) -> Outcome {
        var checked = ChangeFields<Change.PersonField>()
        for (field, value) in fields { checked[field] = try validated(field, value) }
        guard let name = checked[.name], !name.isEmpty else {
            throw AulaError(id: "Nama wajib diisi.", en: "The name is required.")
        }
        if checked[.role] == nil { checked[.role] = Person.Role.narasumber.rawValue }
        // The status follows the golongan when not given: a golongan I to IV is a PNS's.
        if checked[.status] == nil { checked[.status] = Golongan(text: checked[.golongan] ?? "") == nil ? Person.Status.nonPNS.rawValue : Person.Status.pns.rawValue }
        if checked[.status] == Person.Status.pns.rawValue && Golongan(text: checked[.golongan] ?? "") == nil {
            throw AulaError(id: "PNS perlu golongan (misalnya --golongan III/c): PPh 21-nya final menurut golongan.",
                            en: "A PNS needs a golongan (such as --golongan III/c): their PPh 21 is final by golongan.")
        }
        if session.people.contains(where: { PaymentRules.personKey($0.name) == PaymentRules.personKey(name) }) {
            throw AulaError(id: "\(name) sudah ada; ubah dengan: aula person set DIR \"\(name)\" FIELD NILAI.",
                            en: "\(name) is there already; change them with: aula person set DIR \"\(name)\" FIELD VALUE.")
        }
        let role = Person.Role(rawValue: checked[.role]!)!
        return Outcome([.person(id: id, fields: checked)], message: lang.t("Ditambahkan: ", "Added: ") + role.label(lang) + " " + name)
    }

    /// Sets one field of `person`.
    public static func set(_ person: Person, _ field: Change.PersonField, _ value: String, lang: Lang) throws(AulaError) -> Outcome {
        let checked = try validated(field, value)
        if field == .name && checked.isEmpty { throw AulaError(id: "Nama tidak boleh kosong.", en: "The name cannot be empty.") }
        return Outcome([.person(id: person.id, fields: [field: checked])],
                       message: person.name + ": " + field.rawValue + " = " + (checked.isEmpty ? "-" : checked))
    }

    /// The one person `query` names (by name without gelar, in part when only one matches).
    public static func find(_ query: String, in session: Session, lang: Lang) throws(AulaError) -> Person {
        let key = PaymentRules.personKey(query)
        if let exact = session.people.first(where: { PaymentRules.personKey($0.name) == key }) { return exact }
        let matches = session.people.filter { PaymentRules.personKey($0.name).contains(key) }
        guard matches.count == 1 else {
            let names = session.people.map(\.name).joined(separator: ", ")
            throw AulaError(id: matches.isEmpty ? "Tidak ada narasumber/panitia bernama '\(query)'. Yang ada: \(names.isEmpty ? "-" : names)."
                                : "'\(query)' cocok dengan \(matches.count) orang: \(matches.map(\.name).joined(separator: ", ")).",
                            en: matches.isEmpty ? "No person named '\(query)'. There are: \(names.isEmpty ? "-" : names)."
                                : "'\(query)' matches \(matches.count) people: \(matches.map(\.name).joined(separator: ", ")).")
        }
        return matches[0]
    }

    /// A field's value checked: role and status from their words, NIP 18 digits, NIK 16, NPWP 15 or 16 (a PPPK's
    /// golongan, V to XVII, is taken as written).
    static func validated(_ field: Change.PersonField, _ raw: String) throws(AulaError) -> String {
        let value = TextSanitizer.line(raw)
        switch field {
        case .role:
            guard let role = Person.Role(rawValue: value.lowercased()) else {
                throw AulaError(id: "Peran: narasumber, moderator, pembawa-acara atau panitia; bukan '\(value)'.",
                                en: "Role: narasumber, moderator, pembawa-acara or panitia; not '\(value)'.")
            }
            return role.rawValue
        case .status:
            guard let status = Person.Status(rawValue: value.lowercased()) else {
                throw AulaError(id: "Status: pns, pppk atau non-pns; bukan '\(value)'.", en: "Status: pns, pppk or non-pns; not '\(value)'.")
            }
            return status.rawValue
        case .nip:
            return try NIP.validated(value)
        case .nik:
            return try NIK.validated(value)
        case .npwp:
            let digits = value.filter(\.isASCIIDigit)
            guard value.isEmpty || ((digits.count == 15 || digits.count == 16) && value.allSatisfy({ $0.isASCIIDigit || ".-/ ".contains($0) })) else {
                throw AulaError(id: "NPWP terdiri atas 15 atau 16 angka (boleh dengan titik dan tanda hubung); '\(value)' bukan.",
                                en: "An NPWP has 15 or 16 digits (dots and dashes allowed); '\(value)' has not.")
            }
            return value
        default:
            return value
        }
    }
}
