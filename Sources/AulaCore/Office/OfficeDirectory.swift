import Foundation

/// The people an office has met, across its sessions: narasumber, moderator, pembawa acara and panitia with the data
/// the SPJ needs, the holders of its roster seats (the camat, the kepala desa) and stand-ins, each with when and at
/// which session they were last seen. Sessions keep what they filed; the directory is what the office knows now.
public enum OfficeDirectory {
    /// A holder not seen for this many days may have been replaced.
    public static let staleAfterDays = 365

    /// The person `name` is (without gelar, case or diacritics), if the directory knows them.
    public static func person(named name: String, in office: Session) -> Person? {
        let key = PaymentRules.personKey(name)
        guard !key.isEmpty else { return nil }
        return office.people.first { PaymentRules.personKey($0.name) == key }
    }

    /// The people whose name, jabatan, instansi, seat or NIP holds `text` (everyone when it is empty), by name: what
    /// `aula people find` and the app's directory show.
    public static func find(_ text: String, in office: Session) -> [Person] {
        let key = SearchText.normalize(text)
        return office.people
            .filter { person in key.isEmpty || [person.name, person.jabatan, person.instansi, person.seat, person.nip]
                .contains { SearchText.normalize($0).contains(key) } }
            .sorted { PaymentRules.personKey($0.name) < PaymentRules.personKey($1.name) }
    }

    /// The holder of a seat ("Kepala Desa Tohe") as the directory last saw them.
    public static func holder(of seat: String, in office: Session) -> Person? {
        let key = SearchText.normalize(seat)
        return office.people.filter { !$0.seat.isEmpty && SearchText.normalize($0.seat) == key }.max { $0.seenOn < $1.seenOn }
    }

    /// Whether `person` was last seen more than a year before `today` (ISO dates).
    public static func mayBeReplaced(_ person: Person, today: String) -> Bool {
        guard !person.seat.isEmpty, let seen = SessionClock.epochSeconds(ofISO: person.seenOn + "T00:00:00Z"),
              let now = SessionClock.epochSeconds(ofISO: today + "T00:00:00Z") else { return false }
        return now - seen > Double(staleAfterDays) * 86_400
    }

    /// What the directory learns from a session: its people with their data, its named seats' holders and the
    /// stand-ins who came, each marked seen at the session (only what differs from what it knows; forgotten people
    /// are not learned again from this session). `newID` names a person the directory has not met.
    public static func learn(from session: Session, into office: Session, newID: () -> String) -> [Change] {
        var changes: [Change] = []
        var known: [String: Person] = [:]
        for person in office.people { known[PaymentRules.personKey(person.name)] = person }
        func note(_ name: String, _ values: ChangeFields<Change.PersonField>) {
            let key = PaymentRules.personKey(name)
            guard !key.isEmpty else { return }
            var fields = ChangeFields<Change.PersonField>()
            let current = known[key]
            for (field, value) in values where !value.isEmpty {
                let had = current.map { Self.value($0, field) } ?? ""
                if had != value && !(field == .seenOn && had > value) { fields[field] = value }
            }
            // A later sighting is never replaced by an earlier session's.
            if let current, current.seenOn > session.date { fields[.seenOn] = nil; fields[.seenAt] = nil; fields[.seat] = nil }
            guard !fields.isEmpty else { return }
            let id = current?.id ?? newID()
            if current == nil { fields[.name] = TextSanitizer.line(name) }
            changes.append(.person(id: id, fields: fields))
            var updated = current ?? Person(id: id)
            updated.set(fields)
            known[key] = updated
        }
        let seen: ChangeFields<Change.PersonField> = [.seenOn: session.date, .seenAt: TextSanitizer.line(session.title)]
        for person in session.people {
            var values = seen
            for field in Change.PersonField.allCases where ![.seenOn, .seenAt, .seat, .phone].contains(field) {
                values[field] = value(person, field)
            }
            note(person.name, values)
        }
        for seat in session.attendees where !seat.name.isEmpty {
            var values: ChangeFields<Change.PersonField> = [.jabatan: seat.jabatan, .instansi: seat.unit, .nip: seat.nip,
                                                            .golongan: seat.golongan, .npwp: seat.npwp, .phone: seat.phone]
            if seat.invited { values[.seat] = seat.seatName }
            if seat.attendance?.status.isPresent == true && seat.attendance?.status != .diwakili {
                values[.seenOn] = session.date
                values[.seenAt] = TextSanitizer.line(session.title)
            }
            note(seat.name, values)
            if let attendance = seat.attendance, attendance.status == .diwakili, !attendance.standIn.isEmpty {
                var standIn = seen
                standIn[.jabatan] = attendance.standInJabatan
                note(attendance.standIn, standIn)
            }
        }
        return changes
    }

    /// A person's data completed from the directory: each field the session left empty and the directory knows.
    public static func completed(_ person: Person, from office: Session) -> ChangeFields<Change.PersonField> {
        guard let known = self.person(named: person.name, in: office) else { return [:] }
        var fields = ChangeFields<Change.PersonField>()
        for field in Change.PersonField.allCases where ![.seenOn, .seenAt, .seat, .phone, .role, .name].contains(field) {
            let ours = value(person, field), theirs = value(known, field)
            if ours.isEmpty && !theirs.isEmpty { fields[field] = theirs }
        }
        return fields
    }

    /// One field of a person, as text.
    public static func value(_ person: Person, _ field: Change.PersonField) -> String {
        switch field {
        case .role: return person.role.rawValue
        case .name: return person.name
        case .nip: return person.nip
        case .golongan: return person.golongan
        case .pangkat: return person.pangkat
        case .jabatan: return person.jabatan
        case .instansi: return person.instansi
        case .status: return person.status.rawValue
        case .npwp: return person.npwp
        case .nik: return person.nik
        case .address: return person.address
        case .bank: return person.bank
        case .account: return person.account
        case .phone: return person.phone
        case .seat: return person.seat
        case .seenOn: return person.seenOn
        case .seenAt: return person.seenAt
        }
    }
}
