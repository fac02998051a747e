/// A seat on the roster: an invited office (Camat Lamaknen, Kepala Desa Tohe) or a walk-in,
/// with the person who holds it when known.
public struct Attendee: Codable, Equatable, Sendable {
    /// Stable id; derived from the Kemendagri kode or the imported row, so imports are idempotent.
    public var id: String
    /// Row number on the daftar hadir (1-based, in the order seats were added).
    public var row: Int
    /// Camat, Kepala Desa, Lurah, Kepala Dinas, ...
    public var jabatan: String
    /// The desa, kelurahan, kecamatan or instansi the seat belongs to.
    public var unit: String
    /// The kecamatan the seat is in (empty for offices at kabupaten level).
    public var kecamatan: String
    /// The person's name, when known.
    public var name: String
    /// The person's phone number, when known (personal data: masked on papers).
    public var phone: String
    /// Kemendagri region code of the unit, when the seat comes from the region list.
    public var kode: String
    /// The person's NIP (18 digits, kept as text), for the money papers.
    public var nip: String = ""
    /// The person's pangkat/golongan ("Penata, III/c"), for the tax on an honorarium.
    public var golongan: String = ""
    /// The person's NPWP, for the tax on an honorarium.
    public var npwp: String = ""
    /// False for walk-ins added at the door.
    public var invited: Bool
    /// The latest attendance record, or nil while the seat is still empty.
    public var attendance: Attendance?

    /// The row as the log's `number` field writes it: setting a walk-in's fixed number sets its row.
    public var numberText: String {
        get { String(row) }
        set { if let number = Int(newValue), number > 0 { row = number } }
    }

    /// Creates a seat.
    public init(id: String, row: Int, jabatan: String, unit: String, kecamatan: String, name: String, phone: String,
                kode: String, nip: String = "", golongan: String = "", npwp: String = "", invited: Bool,
                attendance: Attendance?) {
        self.id = id
        self.row = row
        self.jabatan = jabatan
        self.unit = unit
        self.kecamatan = kecamatan
        self.name = name
        self.phone = phone
        self.kode = kode
        self.nip = nip
        self.golongan = golongan
        self.npwp = npwp
        self.invited = invited
        self.attendance = attendance
    }

    /// The seat's current status (belum hadir when nothing was recorded).
    public var status: AttendanceStatus { attendance?.status ?? .belumHadir }

    /// The name if known, else the seat ("Kepala Desa Tohe"), for lists and messages.
    public var displayName: String { name.isEmpty ? seatName : name }

    /// "22. Yohanes Bau — Kepala Desa Tohe": the row, who, and the seat, cleaned for a line of text.
    public var heading: String { TextSanitizer.line("\(row). \(displayName) — \(seatName)") }

    /// "Yohanes Bau (Kepala Desa Tohe)", or the seat alone while it has no name: how a question names who asked.
    /// When the seat is diwakili its holder is not here: the stand-in asked, "Antonius Mau (mewakili Kepala Desa Tohe)".
    public var askerLabel: String {
        if let attendance, attendance.status == .diwakili, !attendance.standIn.isEmpty {
            return "\(attendance.standIn) (mewakili \(seatName))"
        }
        return name.isEmpty ? seatName : "\(name) (\(seatName))"
    }

    /// The words that name a unit's kind rather than the unit ("Desa" in "Desa Tohe"), in lower case.
    public static let unitKindWords: Set<String> = ["desa", "kelurahan", "kecamatan", "kel", "kec", "kabupaten", "kab"]

    /// "Kepala Desa Tohe", "Kepala Dinas Komunikasi dan Informatika": the jabatan with the unit's own name, the
    /// unit's kind not said twice.
    public var seatName: String {
        if unit.isEmpty { return jabatan }
        if jabatan.isEmpty { return unit }
        let words = unit.split(separator: " ")
        if let first = words.first, Attendee.unitKindWords.contains(first.lowercased()), words.count > 1 {
            return jabatan + " " + words.dropFirst().joined(separator: " ")
        }
        // Words the jabatan ends with and the unit starts with are said once: "Kepala Dinas" of "Dinas Komunikasi dan
        // Informatika" is the Kepala Dinas Komunikasi dan Informatika; "Ketua TP PKK Desa" of "TP PKK Desa Kewar" is
        // the Ketua TP PKK Desa Kewar.
        let titleWords = jabatan.split(separator: " ").map { $0.lowercased() }
        let unitWords = words.map { $0.lowercased() }
        for overlap in stride(from: min(titleWords.count, unitWords.count - 1), through: 1, by: -1)
        where Array(titleWords.suffix(overlap)) == Array(unitWords.prefix(overlap)) {
            return jabatan + " " + words.dropFirst(overlap).joined(separator: " ")
        }
        return jabatan + " " + unit
    }
}

/// What was recorded about a seat's attendance.
public struct Attendance: Codable, Equatable, Sendable {
    /// hadir, diwakili, izin, sakit, dinas luar (belum hadir after a clear).
    public var status: AttendanceStatus
    /// The stand-in's name (diwakili).
    public var standIn: String
    /// The stand-in's jabatan (diwakili), e.g. Sekretaris Desa.
    public var standInJabatan: String
    /// The time the user stated, or when it was recorded (ISO 8601 with the session's offset).
    public var time: String
    /// The desk that recorded it.
    public var desk: String
    /// Why someone is excused (izin, sakit, dinas luar), when a reason was given: "tugas ke Kupang".
    public var reason: String

    /// Creates an attendance record.
    public init(status: AttendanceStatus, standIn: String, standInJabatan: String, time: String, desk: String, reason: String = "") {
        self.reason = reason
        self.status = status
        self.standIn = standIn
        self.standInJabatan = standInJabatan
        self.time = time
        self.desk = desk
    }
}
