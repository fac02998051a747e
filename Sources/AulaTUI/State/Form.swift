import AulaCore

/// A small modal form: a title, labelled fields, one focused. What submitting it does depends on its purpose.
public struct Form: Equatable, Sendable {
    /// What the form is for, with what it acts on.
    public enum Purpose: Equatable, Sendable {
        /// The name of the person who just checked into an unnamed seat (skippable).
        case personName(attendee: String)
        /// Diwakili: the stand-in's name and jabatan.
        case standIn(attendee: String)
        /// Izin, sakit or dinas luar: the reason, which may be left empty.
        case reason(attendee: String, status: AttendanceStatus)
        /// A walk-in: nama, jabatan, unit, kecamatan, no HP.
        case walkIn
        /// Edit a row: the same fields.
        case edit(attendee: String)
        /// A question on an agenda item: penanya (searched), pertanyaan, jawaban.
        case question(item: String)
        /// A material for an agenda item: item number, path and title.
        case material
        /// A new agenda item: acara, narasumber, jam, menit.
        case agendaItem
        /// Edit an agenda item: the same fields, and its actual start and end (written up afterwards).
        case editItem(item: String)
        /// A payment rate: jenis, untuk (jabatan, seat, item number, or one of the session's people), jumlah, how many
        /// hours, occasions or days, and golongan (honorarium).
        case rate
        /// One of the session's own people (narasumber, moderator, pembawa acara, panitia) with the data the SPJ needs.
        case person
        /// A person of the office's directory, by id.
        case directoryPerson(id: String)
    }

    public var purpose: Purpose
    public var title: String
    public var labels: [String]
    public var fields: [TextField]
    public var focus = 0
    /// An error shown under the fields (e.g. a required field left empty).
    public var error: String?
    /// What to type, shown under the fields while there is no error.
    public var note: String?
    /// For a walk-in: a new kecamatan the user was told about; submitting again with it adds it on purpose.
    public var newKecamatan: String?
    /// For a question: the attendee the asker field currently picks, and which of the matches it is.
    public var askerPick = 0

    /// The focused field's text.
    public var focused: TextField {
        get { fields[focus] }
        set { fields[focus] = newValue }
    }

    /// The trimmed text of field `i`.
    public func value(_ i: Int) -> String { TextSanitizer.line(fields[i].text) }
}
