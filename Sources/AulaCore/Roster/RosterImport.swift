import Crypto
import Foundation

/// Turns roster rows or region seats into attendee changes against a session, so that running the same
/// import twice adds nobody twice: a seat's id comes from its Kemendagri kode, else from the row's content.
public enum RosterImport {
    /// What an import would do.
    public struct Plan: Equatable, Sendable {
        /// The changes to append (new seats, and names or phones filled into known seats).
        public var changes: [Change]
        /// Seats added.
        public var added: Int
        /// Known seats that got new details.
        public var updated: Int
        /// Rows already in the session, unchanged.
        public var unchanged: Int
    }

    /// A seat or person to put on the roster.
    public struct Entry: Equatable, Sendable {
        /// Field values (jabatan, unit, kecamatan, name, phone, kode).
        public var fields: ChangeFields<Change.AttendeeField>

        /// Creates an entry from field values; empty values are dropped.
        public init(_ fields: ChangeFields<Change.AttendeeField>) {
            self.fields = fields.filter { !$0.value.isEmpty }
        }

        /// The stable id: from the kode when there is one, else from the row's content (case-insensitive).
        public var id: String {
            if let kode = fields[.kode] { return "w" + hash("kode|" + kode) }
            let key = Change.AttendeeField.allCases.map { SearchText.normalize(fields[$0] ?? "") }.joined(separator: "|")
            return "r" + hash(key)
        }

        private func hash(_ text: String) -> String {
            SHA256.hash(data: Data(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
        }
    }

    /// Entries from a roster spreadsheet.
    public static func entries(from table: RosterTable) -> [Entry] {
        table.rows.map { row in
            Entry([.name: row[.name], .jabatan: row[.jabatan], .unit: row[.unit], .kecamatan: row[.kecamatan],
                   .phone: row[.phone], .kode: row[.kode]])
        }
    }

    /// The changes that bring `session` to hold every entry: new seats are added as invited; a known seat only
    /// gets the fields that differ and are not empty in the entry.
    public static func plan(_ entries: [Entry], into session: Session) -> Plan {
        var known: [String: Attendee] = [:]
        for attendee in session.attendees { known[attendee.id] = attendee }
        var plan = Plan(changes: [], added: 0, updated: 0, unchanged: 0)
        var seenInBatch = Set<String>()
        for entry in entries {
            let id = entry.id
            guard seenInBatch.insert(id).inserted else {
                plan.unchanged += 1
                continue
            }
            guard let current = known[id] else {
                plan.changes.append(.attendee(id: id, fields: entry.fields, invited: true))
                plan.added += 1
                continue
            }
            let differing = entry.fields.filter { key, value in value != current.value(of: key) }
            if differing.isEmpty {
                plan.unchanged += 1
            } else {
                plan.changes.append(.attendee(id: id, fields: differing, invited: nil))
                plan.updated += 1
            }
        }
        return plan
    }
}

extension Attendee {
    /// The value of a field that attendee events set.
    public func value(of field: Change.AttendeeField) -> String {
        switch field {
        case .jabatan: return jabatan
        case .unit: return unit
        case .kecamatan: return kecamatan
        case .name: return name
        case .phone: return phone
        case .kode: return kode
        }
    }
}
