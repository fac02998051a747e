import Foundation

/// Builds the four papers from a folded session. Empty narrative fields become dotted lines, never invented text;
/// control characters never reach a paper.
public struct PaperBuilder: Sendable {
    public let session: Session
    public let lang: Lang
    /// `--blank`: the daftar hadir before the session, with empty time, note, phone and signature columns.
    public var blankForm = false
    /// `--extra-rows`: empty numbered rows the blank daftar hadir ends with, for walk-ins written in by hand.
    public var extraRows = 10
    /// Add a phone column to the daftar hadir (the data formats; the 80-column text has no room).
    public var includePhone = false
    /// `--show-phone`: print numbers whole; otherwise they are masked (UU PDP No. 27/2022).
    public var showPhone = false
    /// This machine's kop surat (`~/.config/aula/kop.txt`), used when the session has none of its own.
    public var machineLetterhead = ""
    /// The daftar hadir as typeset on a sheet (PDF): No, Nama, Jabatan, Unit/Instansi, No HP, Jam, Keterangan and Tanda
    /// Tangan, without the kecamatan the data forms keep, so that a quarter of the width is left to sign in.
    public var typeset = false
    /// `--per-invitee`: one surat undangan per invitee instead of one with the lampiran daftar undangan.
    public var perInvitee = false
    /// `--names-by-hand`: a money paper pays a seat without a name on a line to write the name on (otherwise it is
    /// refused until the name is given).
    public var namesByHand = false
    /// The undangan as first made for sending, read from the session folder (`FiledInvitation`): the berkas files it.
    public var filedInvitation: [Paper]?
    /// `--kind`: which daftar penerimaan.
    public var paymentKind = PaymentRate.Kind.transport

    public init(session: Session, lang: Lang, blankForm: Bool = false, includePhone: Bool = false, showPhone: Bool = false,
                machineLetterhead: String = "") {
        self.session = session
        self.lang = lang
        self.blankForm = blankForm
        self.includePhone = includePhone
        self.showPhone = showPhone
        self.machineLetterhead = machineLetterhead
    }

    /// A builder for papers in `format`: its phone column and, for a PDF, the typeset daftar hadir follow from the
    /// format, the same for every caller (the command line, the app's print and export, the preview).
    public init(session: Session, lang: Lang, format: PaperRequest.Format, machineLetterhead: String = "") {
        self.init(session: session, lang: lang, includePhone: format.includesPhone, machineLetterhead: machineLetterhead)
        typeset = format == .pdf
    }

    /// `0812****9846`: the first four and last four digits of a number, unless `showPhone`. An Indonesian number
    /// written internationally (`+62 812…`) is shown as the office writes it (`0812…`), which a spreadsheet also
    /// never takes for a formula.
    public func phone(_ number: String) -> String {
        let clean = PaperBuilder.localPhone(number)
        if showPhone || clean.isEmpty { return clean }
        let digits = String(decoding: clean.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
        guard digits.count >= 9 else { return String(repeating: "*", count: max(0, digits.count - 2)) + digits.suffix(2) }
        return digits.prefix(4) + String(repeating: "*", count: digits.count - 8) + digits.suffix(4)
    }

    /// A payee's tax number as a paper shows it: an NPWP whole; a NIK ("NIK 5304…") masked as a phone is, unless
    /// `showPhone` (the bukti potong's data keeps it whole for e-Bupot).
    func taxNumber(_ text: String) -> String {
        guard text.hasPrefix("NIK ") else { return text }
        return "NIK " + phone(String(text.dropFirst(4)))
    }

    /// An Indonesian number written internationally (`+62 812-…`) as the office writes it (`0812-…`), which a
    /// spreadsheet never takes for a formula; any other number as it is, cleaned.
    static func localPhone(_ number: String) -> String {
        let clean = TextSanitizer.line(number)
        guard clean.hasPrefix("+62") else { return clean }
        return "0" + clean.dropFirst(3).drop { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" }
    }

    /// The paper of a kind.
    public func paper(_ kind: Paper.Kind) -> Paper {
        switch kind {
        case .daftarHadir: return daftarHadir()
        case .rekap: return rekap()
        case .notulen: return notulen()
        case .laporan: return laporan()
        case .undangan: return invitations(perInvitee: false)[0]
        case .tandaNama: return nameTags()
        case .penerimaan: return penerimaan(paymentKind)
        case .berkas: return PaperRequest.papers(.berkas, builder: self)[0]
        case .daftarHadirPanitia: return daftarHadirPanitia()
        case .kuitansi: return kuitansi()[0]
        case .pph21: return rekapPPh21()
        case .buktiPotong: return buktiPotong()
        case .materi: return materialsList()
        case .rekapTahunan:
            // The session's own part of its office's year.
            var office = session
            office.index = [IndexedSession(id: session.id, path: "", title: session.title, date: session.date)]
            return yearPaper(YearReport.make(year: String(session.date.prefix(4)), office: office, lang: lang) { _ in session })
        }
    }

    var clock: SessionClock { session.clock }
    var zone: String { clock.abbreviation }
    func clean(_ text: String) -> String { TextSanitizer.line(text) }
    var longDate: String { SessionClock.longDate(session.date, lang: lang) ?? session.date }
    /// The session's kop, else this machine's, else the organiser's name.
    /// The office's address is its last line when set and not already in it (at most four lines).
    var letterhead: [String] {
        let kop = session.papers.letterhead.isEmpty ? machineLetterhead : session.papers.letterhead
        var lines = TextSanitizer.multiline(kop).split(separator: "\n").prefix(4).map { clean(String($0)) }
        if lines.isEmpty { lines = [clean(session.organizer).uppercased()] }
        let address = clean(session.papers.address)
        if !address.isEmpty && !lines.contains(where: { $0.localizedCaseInsensitiveContains(address) }) {
            lines = Array(lines.prefix(3)) + [address]
        }
        return lines
    }

    /// An ISO instant as the papers write its time: "08.52".
    func paperTime(ofISO text: String) -> String? { clock.clockTime(ofISO: text).map(ClockText.onPaper) }

    /// "09.05–14.00 WITA": when the acara actually ran, from its items' times; nil until it has ended.
    var actualTime: String? {
        let starts = session.agenda.compactMap { paperTime(ofISO: $0.actualStart) }
        let ends = session.agenda.compactMap { paperTime(ofISO: $0.actualEnd) }
        guard let first = starts.min(), let last = ends.max(), session.runningItem == nil else { return nil }
        return "\(first)–\(last) \(zone)"
    }

    /// "09.00–13.30 WITA" with a planned end, else "09.00 WITA s.d. selesai": the time the letters announced.
    var plannedTime: String {
        let start = ClockText.onPaper(session.start)
        if !session.end.isEmpty { return "\(start)–\(ClockText.onPaper(session.end)) \(zone)" }
        return "\(start) \(zone) " + lang.t("s.d. selesai", "until finished")
    }

    /// The planned time, and the actual one once the acara has run, each called what it is.
    var timeFields: [Paper.Field] {
        var fields = [Paper.Field(label: lang.t("Waktu (jadwal)", "Time (planned)"), value: lang.t("pukul ", "") + plannedTime)]
        if let actualTime {
            fields.append(Paper.Field(label: lang.t("Waktu (pelaksanaan)", "Time (actual)"), value: lang.t("pukul ", "") + actualTime))
        }
        return fields
    }

    var basicInfo: [Paper.Field] {
        [Paper.Field(label: lang.t("Acara", "Event"), value: clean(session.title)),
         Paper.Field(label: lang.t("Hari/Tanggal", "Day/Date"), value: longDate)]
            + timeFields
            + [Paper.Field(label: lang.t("Tempat", "Venue"), value: clean(session.venue))]
    }

    var placeAndDate: String {
        let place = session.papers.place.isEmpty ? "................" : clean(session.papers.place)
        return "\(place), " + (SessionClock.longDate(session.date, lang: lang).map { String($0.split(separator: ",")[1].dropFirst()) } ?? session.date)
    }

    func signature(_ caption: String, role: String, name: String, nip: String) -> Paper.Signature {
        Paper.Signature(caption: caption, role: clean(role), name: name.isEmpty ? "( .................... )" : clean(name),
                        nip: "NIP. " + (nip.isEmpty ? "..................." : clean(nip)))
    }

    var officialSignature: Paper.Signature {
        signature(lang.t("Mengetahui,", "Acknowledged by,"),
                  role: session.papers.officialTitle.isEmpty ? "........................" : session.papers.officialTitle,
                  name: session.papers.official, nip: session.papers.officialNip)
    }

    /// A narrative field, or dotted lines when it is empty. Every line typed stays its own line on the paper (a
    /// dasar, a saran, a kesimpulan typed one under another are separate, numbered or not); numbered or bulleted
    /// lines are a list.
    func narrative(_ text: String, lines: Int = 3) -> [Paper.Block] {
        let value = TextSanitizer.multiline(text)
        if value.isEmpty { return [.blank(lines: lines)] }
        return value.components(separatedBy: "\n\n").flatMap { paragraph -> [Paper.Block] in
            let lines = paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard lines.count > 1, lines.contains(where: Self.isListLine) else { return lines.map { .paragraph($0) } }
            return [.list(lines.map { line in
                line.hasPrefix("- ") || line.hasPrefix("• ") ? String(line.dropFirst(2)) : line
            })]
        }
    }

    /// "1. ...", "a. ...", "- ...", "• ...": a line that starts a list item.
    static func isListLine(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("• ") { return true }
        guard let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }), dot > line.startIndex else { return false }
        let marker = line[..<dot]
        return marker.count <= 3 && (marker.allSatisfy(\.isASCIIDigit) || (marker.count == 1 && marker.first!.isLetter))
    }

    /// "Diwakili oleh Maria Bete (Sekcam)", "Izin", ...
    func remark(_ attendee: Attendee) -> String {
        guard let a = attendee.attendance else { return "" }
        switch a.status {
        case .diwakili:
            return lang.t("Diwakili ", "By ") + clean(a.standIn) + (a.standInJabatan.isEmpty ? "" : " (\(clean(a.standInJabatan)))")
        case .hadir: return attendee.invited ? "" : lang.t("Tanpa undangan", "Walk-in")
        default:
            let label = a.status.label(lang).prefix(1).uppercased() + a.status.label(lang).dropFirst()
            return a.reason.isEmpty ? label : label + ": " + clean(a.reason)
        }
    }
}
