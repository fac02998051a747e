import Foundation

/// Which papers a request means, and each format's bytes.
public enum PaperRequest {
    /// A document name on the command line: one paper, or all of them.
    public enum Selection: String, CaseIterable, Sendable {
        case daftarHadir = "daftar-hadir", rekap, notulen, laporan, all
        /// Before the day: the surat undangan and name tags (not part of "all").
        case undangan, tandaNama = "tanda-nama"
        /// After it: a daftar penerimaan (`--kind`), and the whole berkas SPJ.
        case penerimaan, berkas
        /// The daftar hadir of narasumber and panitia; a kuitansi per honorarium.
        case daftarHadirPanitia = "daftar-hadir-narasumber", kuitansi
        /// The masa pajak's Rekap PPh 21; the bukti potong data for e-Bupot (Excel or CSV); the list of materials.
        case pph21, buktiPotong = "bukti-potong", materi

        /// The selection of one of a session's papers (nil for the office's year, which is made from many).
        public init?(_ kind: Paper.Kind) {
            switch kind {
            case .daftarHadir: self = .daftarHadir
            case .rekap: self = .rekap
            case .notulen: self = .notulen
            case .laporan: self = .laporan
            case .undangan: self = .undangan
            case .tandaNama: self = .tandaNama
            case .penerimaan: self = .penerimaan
            case .berkas: self = .berkas
            case .daftarHadirPanitia: self = .daftarHadirPanitia
            case .kuitansi: self = .kuitansi
            case .pph21: self = .pph21
            case .buktiPotong: self = .buktiPotong
            case .materi: self = .materi
            case .rekapTahunan: return nil
            }
        }
    }

    /// The formats papers come in.
    public enum Format: String, CaseIterable, Sendable {
        case pdf, text, markdown, html, csv, json, xlsx

        /// Whether the daftar hadir carries its No HP column: the PDF and the forms kept as data (HTML, CSV, JSON)
        /// do; the 80-column text and Markdown have no room for it.
        public var includesPhone: Bool { self != .text && self != .markdown }

        /// The file name ending for this format.
        public var fileExtension: String {
            switch self {
            case .markdown: return "md"
            case .text: return "txt"
            default: return rawValue
            }
        }

        /// The formats each paper is exported in: every one, and CSV and Excel only for the papers that are one table.
        public static func exported(_ kind: Paper.Kind) -> [Format] {
            guard kind != .buktiPotong else { return [.xlsx, .csv] }
            return allCases.filter { !$0.isTable || kind == .daftarHadir || kind == .rekap || kind == .penerimaan || kind == .pph21
                || ($0 == .xlsx && kind == .berkas) }
        }

        /// CSV and Excel: one paper's table.
        public var isTable: Bool { self == .csv || self == .xlsx }

        /// Bytes for a file, not a terminal (PDF, Excel).
        public var isBinary: Bool { self == .pdf || self == .xlsx }
    }

    /// The papers for a selection, in filing order; the laporan carries the daftar hadir and the photos as attachments.
    public static func papers(_ selection: Selection, builder: PaperBuilder) -> [Paper] {
        /// The laporan's attachment: the daftar hadir under the lampiran's heading (made once when both are asked for).
        func attachment(_ daftarHadir: Paper) -> Paper {
            var paper = daftarHadir
            paper.lampiran = builder.laporanLampiran
            paper.letterhead = []  // an attachment carries no second kop
            return paper
        }
        switch selection {
        case .daftarHadir: return [builder.paper(.daftarHadir)]
        case .rekap: return [builder.paper(.rekap)]
        case .notulen: return [builder.paper(.notulen)]
        case .laporan: return [builder.paper(.laporan), attachment(builder.paper(.daftarHadir))] + [builder.documentation()].compactMap { $0 }
        case .undangan: return builder.invitations(perInvitee: builder.perInvitee)
        case .tandaNama: return [builder.nameTags()]
        case .penerimaan: return [builder.penerimaan(builder.paymentKind)]
        case .berkas: return berkas(builder)
        case .daftarHadirPanitia: return [builder.daftarHadirPanitia()]
        case .kuitansi: return builder.kuitansi()
        case .pph21: return [builder.rekapPPh21()]
        case .buktiPotong: return [builder.buktiPotong()]
        case .materi: return [builder.materialsList()]
        case .all:
            let daftarHadir = builder.paper(.daftarHadir)
            return [daftarHadir, builder.paper(.rekap), builder.paper(.notulen), builder.paper(.laporan), attachment(daftarHadir)]
                + [builder.documentation()].compactMap { $0 }
        }
    }

    /// The berkas SPJ, the one file a bendahara needs: a cover with the contents, then in the office's order
    /// (`BerkasPart`; usually the surat undangan as sent with its lampiran, the daftar hadir, the daftar hadir of
    /// narasumber and panitia, each daftar penerimaan that has payees, the kuitansi of the honoraria, the Rekap PPh 21,
    /// the notulen, the laporan with its attachments and the list of materials) each part that has content, starting
    /// on a new page with its own page numbers and an outline entry.
    static func berkas(_ builder: PaperBuilder) -> [Paper] {
        let lang = builder.lang
        var invitation = builder
        invitation.perInvitee = false
        // The undangan as it was sent, when its first PDF was kept; otherwise made now (a copy, once one was sent).
        let sent = builder.filedInvitation.map { papers -> (String, [Paper]) in
            let when = SessionClock.longDate(String(builder.session.papers.filedInvitationAt.prefix(10)), lang: lang) ?? ""
            return (lang.t("Surat undangan dan lampiran daftar undangan, sebagaimana dikirim (\(when))",
                           "Invitation and its list, as sent (\(when))"), papers)
        }
        var groups: [(String, [Paper])] = []
        let session = builder.session
        for part in BerkasPart.order(of: session) {
            switch part {
            case .undangan:
                groups.append(sent ?? (lang.t("Surat undangan dan lampiran daftar undangan", "Invitation and its list"),
                                       papers(.undangan, builder: invitation)))
            case .daftarHadir: groups.append((lang.t("Daftar hadir", "Attendance list"), papers(.daftarHadir, builder: builder)))
            case .daftarHadirNarasumber where !session.people.isEmpty:
                groups.append((lang.t("Daftar hadir narasumber dan panitia", "Attendance list: speakers and committee"), [builder.daftarHadirPanitia()]))
            case .penerimaan:
                for kind in PaymentRate.Kind.allCases where !PaymentRules.payments(kind, in: session, lang: lang).isEmpty {
                    groups.append((lang.t("Daftar penerimaan ", "Receipt list: ") + kind.title(lang).lowercased(), [builder.penerimaan(kind)]))
                }
            case .kuitansi where PaymentRules.paysHonoraria(session, lang: lang):
                groups.append((lang.t("Kuitansi honorarium", "Honorarium receipts"), builder.kuitansi()))
            case .pph21 where !builder.withholdings.isEmpty:
                groups.append((lang.t("Rekap PPh 21 masa ", "PPh 21 summary, ") + builder.taxPeriod, [builder.rekapPPh21()]))
            case .notulen: groups.append((lang.t("Notulen", "Minutes"), papers(.notulen, builder: builder)))
            case .laporan:
                groups.append((lang.t("Laporan kegiatan dengan lampirannya", "Report with its attachments"), papers(.laporan, builder: builder)))
            case .materi where !session.materials.isEmpty:
                groups.append((lang.t("Daftar materi", "List of materials"), [builder.materialsList()]))
            case .daftarHadirNarasumber, .kuitansi, .pph21, .materi:
                break
            }
        }
        let cover = Paper(kind: .berkas, letterhead: builder.letterhead,
                          title: lang.t("BERKAS SURAT PERTANGGUNGJAWABAN (SPJ)", "ACCOUNTABILITY FILE (SPJ)"),
                          info: builder.basicInfo,
                          blocks: [.heading(lang.t("Daftar isi", "Contents")),
                                   .list(groups.enumerated().map { "\($0.offset + 1). " + $0.element.0 })],
                          standsAlone: true, bookmark: lang.t("Sampul dan daftar isi", "Cover and contents"))
        var all = [cover]
        for (name, group) in groups {
            for (index, var paper) in group.enumerated() {
                if index == 0 {
                    paper.standsAlone = true
                    paper.bookmark = name
                }
                all.append(paper)
            }
        }
        return all
    }

    /// The papers in a format. CSV holds one table, so it takes one document with a table (daftar hadir or rekap).
    /// `templates` is the folder of Mustache templates the HTML form needs.
    /// `pdf` makes the PDF form (the app gives it; AulaCore draws nothing).
    /// `size` is the sheet the Excel form prints on; `textWidth` the text form's columns (80 or 132).
    public static func render(_ papers: [Paper], format: Format, lang: Lang, delimiter: Character = ",",
                              templates: URL? = nil, pdf: (any PDFMaker)? = nil, size: PaperSize = .a4,
                              textWidth: Int = TextPaper.width) throws -> [UInt8] {
        if papers.first?.kind == .buktiPotong && !format.isTable {
            throw AulaError(id: "Bukti potong adalah data untuk e-Bupot: --format xlsx atau csv.",
                            en: "The bukti potong is data for e-Bupot: --format xlsx or csv.")
        }
        try Paper.requireNames(papers)
        switch format {
        case .pdf:
            guard let pdf else { throw AulaError(id: "PDF tidak tersedia di sini.", en: "PDF is not available here.") }
            return try pdf.pdf(papers, title: papers.first?.title ?? "")
        case .html:
            guard let templates else {
                throw AulaError(id: "HTML memerlukan folder templat.", en: "HTML needs a templates folder.")
            }
            return Array(try HTMLPaper(templates: templates).render(papers, lang: lang).utf8)
        case .text:
            return try TextPaper.bytes(papers, lang: lang, width: textWidth)
        case .markdown:
            return Array(MarkdownPaper.render(papers).utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return Array(try encoder.encode(papers.count == 1 ? AnyEncodablePapers.one(papers[0]) : .many(papers))) + [0x0A]
        case .csv:
            guard papers.count == 1, let csv = CSVPaper.render(papers[0], delimiter: delimiter) else {
                throw AulaError(id: "CSV hanya untuk satu dokumen bertabel: --document daftar-hadir atau rekap.",
                                en: "CSV is for one document with a table: --document daftar-hadir or rekap.")
            }
            return Array(csv.utf8)
        case .xlsx:
            // The berkas: one workbook, a sheet per paper in filing order. Otherwise one paper with a table.
            if papers.first?.kind == .berkas {
                let sheets = papers.compactMap { XLSXPaper.sheet($0, size: size, textToo: true) }
                return try XLSXWriter.bytes(Workbook(sheets: Workbook.uniquelyNamed(sheets)), lang: lang)
            }
            guard papers.count == 1, let sheet = XLSXPaper.sheet(papers[0], size: size) else {
                throw AulaError(id: "Excel hanya untuk satu dokumen bertabel (daftar-hadir, rekap, penerimaan) atau berkas.",
                                en: "Excel is for one document with a table (daftar-hadir, rekap, penerimaan) or the berkas.")
            }
            return try XLSXWriter.bytes(Workbook(sheets: [sheet]), lang: lang)
        }
    }

    private enum AnyEncodablePapers: Encodable {
        case one(Paper)
        case many([Paper])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .one(let paper): try container.encode(paper)
            case .many(let papers): try container.encode(papers)
            }
        }
    }
}
