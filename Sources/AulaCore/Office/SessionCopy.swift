/// A new session made from an earlier one (`aula new DIR --from OLD`): its invited seats with their holders (as the
/// office's directory last confirmed them; not who came), the acara's skeleton (titles, narasumber, planned times and
/// minutes; not when they ran), the session's own people with their data completed from the directory, the rates
/// and PPh 21 settings, under the same ids, so every rate still points at its seat, item and person.
public enum SessionCopy {
    /// The changes that bring `earlier`'s roster, acara, people and money into a new session.
    public static func changes(from earlier: Session, office: Session?) -> [Change] {
        var changes: [Change] = []
        for seat in earlier.attendees where seat.invited {
            var fields: ChangeFields<Change.AttendeeField> = [.jabatan: seat.jabatan, .unit: seat.unit, .kecamatan: seat.kecamatan,
                                                              .kode: seat.kode, .name: seat.name, .phone: seat.phone,
                                                              .nip: seat.nip, .golongan: seat.golongan, .npwp: seat.npwp]
            // The holder the directory saw last, and their data, where it knows them.
            let holder = office.flatMap { OfficeDirectory.holder(of: seat.seatName, in: $0) }
            if let holder, holder.seenOn >= earlier.date || seat.name.isEmpty {
                fields[.name] = holder.name
                fields[.phone] = holder.phone
            }
            if let office, let known = OfficeDirectory.person(named: fields[.name] ?? "", in: office) {
                if !known.nip.isEmpty { fields[.nip] = known.nip }
                if !known.golongan.isEmpty { fields[.golongan] = known.golongan }
                if !known.npwp.isEmpty { fields[.npwp] = known.npwp }
                if !known.phone.isEmpty { fields[.phone] = known.phone }
            }
            changes.append(.attendee(id: seat.id, fields: fields.filter { !$0.value.isEmpty }, invited: true))
        }
        for item in earlier.agenda {
            var fields: ChangeFields<Change.AgendaField> = [.title: item.title, .speaker: item.speaker, .position: String(item.order)]
            if item.minutes > 0 { fields[.minutes] = String(item.minutes) }
            changes.append(.agenda(id: item.id, fields: fields.filter { !$0.value.isEmpty }))
        }
        for person in earlier.people {
            var fields = ChangeFields<Change.PersonField>()
            for field in Change.PersonField.allCases where ![.seenOn, .seenAt, .seat].contains(field) {
                fields[field] = OfficeDirectory.value(person, field)
            }
            // What the office knows now wins over what this session filed then.
            if let office, let known = OfficeDirectory.person(named: person.name, in: office) {
                for field in Change.PersonField.allCases where ![.seenOn, .seenAt, .seat, .role, .name].contains(field) {
                    let value = OfficeDirectory.value(known, field)
                    if !value.isEmpty { fields[field] = value }
                }
            }
            changes.append(.person(id: person.id, fields: fields.filter { !$0.value.isEmpty }))
        }
        for rate in PaymentRules.effective(earlier) {
            var copy = rate
            copy.desk = ""
            copy.at = ""
            changes.append(.rate(copy))
        }
        for (group, basisPoints) in earlier.taxOverrides.sorted(by: { $0.key < $1.key }) {
            changes.append(.tax(group: group, basisPoints: basisPoints))
        }
        return changes
    }
}
