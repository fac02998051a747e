/// Changing what a seat says about its person (the edit form at the door, a name filled in after a scan): the one
/// place that decides which fields change, checks them, and words the result.
public enum SeatOperation {
    /// The fields an edit may change, in the form's order.
    public static let editable: [Change.AttendeeField] = [.name, .jabatan, .unit, .kecamatan, .phone, .nip, .golongan, .npwp]

    /// Sets `values` on `seat`: only the fields that differ are written, a NIP is checked, and a seat left with
    /// neither a name nor a jabatan is refused. Nil when nothing differs.
    public static func edit(_ seat: Attendee, to values: ChangeFields<Change.AttendeeField>,
                            lang: Lang) throws(AulaError) -> Outcome? {
        var changed: ChangeFields<Change.AttendeeField> = [:]
        for (field, value) in values where value != seat.value(of: field) { changed[field] = value }
        if let nip = changed[.nip] { changed[.nip] = try NIP.validated(nip) }
        guard !(changed[.name] ?? seat.name).isEmpty || !(changed[.jabatan] ?? seat.jabatan).isEmpty else {
            throw AulaError(id: "Isi nama atau jabatan.", en: "Fill in a name or a position.")
        }
        guard !changed.isEmpty else { return nil }
        return Outcome([.attendee(id: seat.id, fields: changed, invited: nil)],
                       message: lang.t("Baris \(seat.row) diubah.", "Row \(seat.row) edited."))
    }

    /// Fills in the name of the person in `seat` (a seat scanned or marked before its holder was known). Nil when
    /// no name was given.
    public static func name(_ seat: Attendee, _ name: String, lang: Lang) -> Outcome? {
        let clean = TextSanitizer.line(name)
        guard !clean.isEmpty else { return nil }
        return Outcome([.attendee(id: seat.id, fields: [.name: clean], invited: nil)],
                       message: TextSanitizer.line(lang.t("Nama dicatat: ", "Name recorded: ") + "\(seat.seatName) — \(clean)"))
    }
}
