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
        /// Rows added beside a seat of the same jabatan and unit that already has another person: "Kepala Desa
        /// Silawan: Simon Petrus Bere, beside Yosef Mau (row 12)".
        public var possibleDuplicates: [String] = []
    }

    /// A seat or person to put on the roster.
    public struct Entry: Equatable, Sendable {
        /// Field values (jabatan, unit, kecamatan, name, phone, kode, nip, golongan, npwp).
        public var fields: ChangeFields<Change.AttendeeField>
        /// The seat's id as `aula roster export` wrote it, when the row came back from such a list.
        public var seat: String

        /// Creates an entry from field values; empty values are dropped.
        public init(_ fields: ChangeFields<Change.AttendeeField>, seat: String = "") {
            self.fields = fields.filter { !$0.value.isEmpty }
            self.seat = seat
        }

        /// The stable id: the exported seat id, else from the kode when there is one, else from the row's content
        /// (case-insensitive).
        public var id: String {
            if !seat.isEmpty { return seat }
            if let kode = fields[.kode] { return "w" + hash("kode|" + kode) }
            let key = Self.identityFields.map { SearchText.normalize(fields[$0] ?? "") }.joined(separator: "|")
            return "r" + hash(key)
        }

        /// The fields a row's id is made of (the roster's first columns; later ones such as NIP are details).
        static let identityFields: [Change.AttendeeField] = [.jabatan, .unit, .kecamatan, .name, .phone, .kode]

        /// The first 8 bytes of the text's SHA-256, as 16 hex digits.
        private func hash(_ text: String) -> String {
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(16)
            for byte in SHA256.hash(data: Data(text.utf8)).prefix(8) {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0x0F)])
            }
            return String(decoding: hex, as: UTF8.self)
        }
    }

    /// Entries from a roster spreadsheet.
    public static func entries(from table: RosterTable) -> [Entry] {
        table.rows.map { row in
            Entry([.name: row[.name], .jabatan: row[.jabatan], .unit: row[.unit], .kecamatan: row[.kecamatan],
                   .phone: row[.phone], .kode: row[.kode], .nip: row[.nip], .golongan: row[.golongan], .npwp: row[.npwp]],
                  seat: row[.seat])
        }
    }

    /// The changes that bring `session` to hold every entry: new seats are added as invited; a known seat only
    /// gets the fields that differ and are not empty in the entry. A named row that is not yet a seat fills the one
    /// seat of its jabatan and unit that has nobody ("Kepala Desa, Desa Silawan" for Simon Petrus Bere, Kepala Desa,
    /// Ds. Silawan); beside a seat held by someone else it is added and named as a possible duplicate.
    /// `progress` hears how many entries are done, every thousand.
    public static func plan(_ entries: [Entry], into session: Session, progress: ((Int) -> Void)? = nil) -> Plan {
        var known: [String: Attendee] = [:]
        known.reserveCapacity(session.attendees.count + entries.count)
        var offices = Offices()
        for attendee in session.attendees {
            known[attendee.id] = attendee
            offices.add(attendee)
        }
        var plan = Plan(changes: [], added: 0, updated: 0, unchanged: 0)
        plan.changes.reserveCapacity(entries.count)
        var seenInBatch = Set<String>(minimumCapacity: entries.count)
        /// `keepingOffice`: the seat was found by its jabatan and unit, which keep the seat's own spelling.
        func update(_ current: Attendee, with entry: Entry, keepingOffice: Bool = false) {
            let differing = entry.fields.filter { key, value in
                value != current.value(of: key)
                    && !(keepingOffice && Self.officeFields.contains(key) && !current.value(of: key).isEmpty)
            }
            if differing.isEmpty {
                plan.unchanged += 1
            } else {
                plan.changes.append(.attendee(id: current.id, fields: differing, invited: nil))
                plan.updated += 1
                var filled = current
                for (key, value) in differing { filled[keyPath: key.keyPath] = value }
                known[current.id] = filled
                offices.remove(current)
                offices.add(filled)
            }
        }
        for (done, entry) in entries.enumerated() {
            if done % 1000 == 0 { progress?(done) }
            let id = entry.id
            guard seenInBatch.insert(id).inserted else {
                plan.unchanged += 1
                continue
            }
            if let current = known[id] {
                update(current, with: entry)
                continue
            }
            let name = entry.fields[.name] ?? ""
            let key = office(entry.fields[.jabatan] ?? "", entry.fields[.unit] ?? "")
            if !name.isEmpty, key != "|" {
                if let same = offices.holder(named: name, in: key).flatMap({ known[$0] }) {
                    update(same, with: entry, keepingOffice: true)
                    continue
                }
                let vacant = offices.vacant(in: key)
                if vacant.count == 1, let seat = known[vacant.first!] {
                    update(seat, with: entry, keepingOffice: true)
                    continue
                }
                if vacant.isEmpty, let holder = offices.firstHolder(in: key).flatMap({ known[$0] }) {
                    plan.possibleDuplicates.append(TextSanitizer.line("\(holder.seatName): \(name) — \(holder.row). \(holder.name)"))
                }
            }
            plan.changes.append(.attendee(id: id, fields: entry.fields, invited: true))
            plan.added += 1
            let added = Attendee(id: id, row: 0, jabatan: entry.fields[.jabatan] ?? "", unit: entry.fields[.unit] ?? "",
                                 kecamatan: "", name: name, phone: "", kode: "", invited: true, attendance: nil)
            known[id] = added
            offices.add(added)
        }
        return plan
    }

    /// The seats of each office (jabatan and unit, see `office`), kept as the import goes so that each row is
    /// matched in constant time however many rows share an office: its holders by name, in the order they came,
    /// and its vacant seats.
    private struct Offices {
        /// Office key, then the normalized name: the seats of that name in the order added.
        private var byName: [String: [String: [String]]] = [:]
        /// Office key: the named seats in the order added.
        private var named: [String: [String]] = [:]
        /// Office key: the seats with nobody in them.
        private var empty: [String: Set<String>] = [:]

        mutating func add(_ seat: Attendee) {
            let key = RosterImport.office(seat.jabatan, seat.unit)
            if seat.name.isEmpty {
                empty[key, default: []].insert(seat.id)
            } else {
                byName[key, default: [:]][SearchText.normalize(seat.name), default: []].append(seat.id)
                named[key, default: []].append(seat.id)
            }
        }

        mutating func remove(_ seat: Attendee) {
            let key = RosterImport.office(seat.jabatan, seat.unit)
            if seat.name.isEmpty {
                empty[key]?.remove(seat.id)
            } else {
                byName[key]?[SearchText.normalize(seat.name)]?.removeAll { $0 == seat.id }
                named[key]?.removeAll { $0 == seat.id }
            }
        }

        /// The first seat of the office held by `name` (as search compares names).
        func holder(named name: String, in key: String) -> String? {
            byName[key]?[SearchText.normalize(name)]?.first
        }

        /// The first seat of the office held by anyone.
        func firstHolder(in key: String) -> String? { named[key]?.first }

        /// The office's vacant seats.
        func vacant(in key: String) -> Set<String> { empty[key] ?? [] }
    }

    /// The key two rows share when they name the same office: jabatan and unit as search compares them, the
    /// unit without its kind ("Desa Silawan", "Ds. Silawan" and "Silawan" are one).
    static func office(_ jabatan: String, _ unit: String) -> String {
        let unitWords = SearchText.words(unit).drop { officeKindWords.contains($0) }
        return SearchText.words(jabatan).joined(separator: " ") + "|" + unitWords.joined(separator: " ")
    }

    /// The fields that say which office a seat is; a row matched to the seat by them does not respell them.
    static let officeFields: Set<Change.AttendeeField> = [.jabatan, .unit, .kecamatan, .kode]

    /// The words before a unit's name that say what kind of unit it is.
    static let officeKindWords: Set<String> = ["desa", "ds", "kelurahan", "kel", "kecamatan", "kec"]
}

extension Attendee {
    /// The value of a field that attendee events set.
    public func value(of field: Change.AttendeeField) -> String { self[keyPath: field.keyPath] }
}
