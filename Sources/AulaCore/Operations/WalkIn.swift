/// Adding someone who came without an invitation (at the door, or from the command line): the one place that
/// turns what was typed into the seat's change. The seat gets a number of its own, above every invited row.
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

    /// What a typed kecamatan is among the session's.
    public enum Kecamatan: Equatable, Sendable {
        /// Nothing typed.
        case none
        /// One of the session's, as the roster spells it (the typed letters begin it, or name it).
        case known(String)
        /// The letters begin several of them.
        case ambiguous([String])
        /// None of them: a new kecamatan, only when meant.
        case new(String, known: [String])
    }

    /// Why a typed kecamatan is not taken as it is: it begins several, or it is new (`meaning` says how to mean it:
    /// Indonesian, English); nil when it can be taken.
    public static func refusal(_ choice: Kecamatan, meaning: (String, String)) -> AulaError? {
        switch choice {
        case .ambiguous(let names):
            return AulaError(id: "Kecamatan ini bisa: \(names.joined(separator: ", ")). Ketik lebih lengkap.",
                             en: "This kecamatan could be: \(names.joined(separator: ", ")). Type more of it.")
        case .new(let name, let known):
            return AulaError(id: "Kecamatan '\(name)' belum ada di kegiatan ini (ada: \(known.joined(separator: ", "))). " + meaning.0,
                             en: "Kecamatan '\(name)' is not in this session (there are: \(known.joined(separator: ", "))). " + meaning.1)
        case .none, .known:
            return nil
        }
    }

    /// The session's kecamatan that `typed` names or begins (search-normalised), so a walk-in never makes a new
    /// group in the rekap by a typing slip.
    public static func kecamatan(_ typed: String, in session: Session) -> Kecamatan {
        let text = TextSanitizer.line(typed)
        guard !text.isEmpty else { return .none }
        var known: [String] = []
        for seat in session.attendees where !seat.kecamatan.isEmpty && !known.contains(seat.kecamatan) { known.append(seat.kecamatan) }
        let key = SearchText.normalize(text)
        if let exact = known.first(where: { SearchText.normalize($0) == key }) { return .known(exact) }
        let begun = known.filter { SearchText.normalize($0).hasPrefix(key) }
        switch begun.count {
        case 1: return .known(begun[0])
        case 0: return .new(text, known: known)
        default: return .ambiguous(begun)
        }
    }

    /// A walk-in as added: the change to append and the seat it makes.
    public struct Added: Equatable, Sendable {
        public var change: Change
        public var seat: Attendee
    }

    /// The walk-in with seat id `id` added at `desk`, its number fixed (see `WalkInNumber`); a walk-in without a
    /// name and without a jabatan is refused.
    public static func add(id: String, _ details: Details, desk: String, in session: Session) throws(AulaError) -> Added {
        let number = WalkInNumber.next(desk: desk, in: session)
        var fields: ChangeFields<Change.AttendeeField> = [.number: String(number)]
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
        var seat = Attendee(id: id, row: number, jabatan: "", unit: "", kecamatan: "", name: "", phone: "", kode: "",
                            invited: false, attendance: nil)
        for (field, value) in fields { seat[keyPath: field.keyPath] = value }
        return Added(change: .attendee(id: id, fields: fields, invited: false), seat: seat)
    }
}
