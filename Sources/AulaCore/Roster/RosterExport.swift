/// The roster as a list the office can correct in Excel and import again: every seat with its person's details
/// (phones whole: the list goes back to the office that gave them), its `ID Aula`, which brings each corrected
/// row back to its own seat, so the round trip adds nobody twice, and its check-in code.
public enum RosterExport {
    /// The columns, as the roster import recognises them.
    static func headers(_ lang: Lang) -> [String] {
        ["No", lang.t("Nama", "Name"), lang.t("Jabatan", "Position"), "Unit/Instansi", "Kecamatan", "No HP", "NIP",
         "Pangkat/Golongan", "NPWP", lang.t("Kode", "Code"), "ID Aula", lang.t("Kode Hadir", "Check-in Code")]
    }

    /// A seat's cells; the check-in code last, for an office's own mail merge (an import ignores it).
    static func values(_ seat: Attendee, tag: String) -> [String] {
        [String(seat.row), seat.name, seat.jabatan, seat.unit, seat.kecamatan, seat.phone, seat.nip, seat.golongan,
         seat.npwp, seat.kode, seat.id, seat.code(tag: tag)].map(TextSanitizer.line)
    }

    /// CSV in UTF-8 with a BOM, so Excel opens it with the right letters.
    /// An Indonesian `+62` phone is written `08…`, so LibreOffice and Excel show it without the apostrophe that keeps
    /// a `+` from being read as a formula.
    public static func csv(_ session: Session, lang: Lang, delimiter: Character) -> [UInt8] {
        var out = "\u{FEFF}" + CSVPaper.line(headers(lang), delimiter)
        let tag = CheckInCode.tag(session)
        for var seat in session.attendees {
            seat.phone = PaperBuilder.localPhone(seat.phone)
            out += CSVPaper.line(values(seat, tag: tag), delimiter)
        }
        return Array(out.utf8)
    }

    /// An Excel workbook: the title above, the header frozen and bold, every detail a text cell (NIPs and
    /// phones keep their digits and leading zeros).
    public static func xlsx(_ session: Session, lang: Lang) throws -> [UInt8] {
        let headers = headers(lang)
        var rows = [Workbook.Row([Workbook.Cell(.text(lang.t("DAFTAR UNDANGAN", "INVITATION LIST")), .title)]),
                    Workbook.Row([Workbook.Cell(.text(TextSanitizer.line(session.title)), .bold)]),
                    Workbook.Row([]),
                    Workbook.Row(headers.map { Workbook.Cell(.text($0), .header) })]
        var widths = headers.map { Double(DisplayWidth.of($0) + 2) }
        let tag = CheckInCode.tag(session)
        for seat in session.attendees {
            let values = values(seat, tag: tag)
            for (column, value) in values.enumerated() {
                widths[column] = min(40, max(widths[column], Double(DisplayWidth.of(value) + 2)))
            }
            rows.append(Workbook.Row([Workbook.Cell(.integer(seat.row), .integer)]
                                     + values.dropFirst().map { Workbook.Cell($0.isEmpty ? .blank : .text($0), .text) }))
        }
        let sheet = Workbook.Sheet(name: lang.t("Daftar Undangan", "Invitation List"), rows: rows, widths: widths,
                                   headerRow: 4, merged: [], landscape: true, paper: session.papers.sheet)
        return try XLSXWriter.bytes(Workbook(sheets: [sheet]), lang: lang)
    }
}
