/// A paper as data: what every format (text, markdown, csv, json) renders. Built from the folded session.
public struct Paper: Codable, Equatable, Sendable {
    /// The papers the secretariat files.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case daftarHadir = "daftar-hadir", rekap, notulen, laporan
        /// Before the day: the surat undangan (with its lampiran daftar undangan) and name tags.
        case undangan, tandaNama = "tanda-nama"
        /// The money: a daftar penerimaan (uang transport, uang saku or honorarium).
        case penerimaan
        /// The cover of the berkas SPJ, with its contents.
        case berkas
        /// The daftar hadir of the session's own people: narasumber, moderator, pembawa acara, panitia.
        case daftarHadirPanitia = "daftar-hadir-narasumber"
        /// A kuitansi per honorarium.
        case kuitansi
        /// The masa pajak's Rekap PPh 21, and the bukti potong data in e-Bupot's import columns.
        case pph21, buktiPotong = "bukti-potong"
        /// The list of materials presented.
        case materi
        /// An office's year: sessions, attendance and money across them.
        case rekapTahunan = "rekap-tahunan"

        /// The papers filed after the day, in filing order (what "all" and the exports mean).
        public static let filed: [Kind] = [.daftarHadir, .rekap, .notulen, .laporan]
    }

    /// A label and its value ("Hari/Tanggal", "Jumat, 27 Maret 2020").
    public struct Field: Codable, Equatable, Sendable {
        public var label: String
        public var value: String
    }

    /// A table: its columns' widths follow from what is in them, on every form.
    public struct Table: Codable, Equatable, Sendable {
        public var headers: [String]
        public var rightAligned: [Bool]
        public var rows: [[String]]
        /// Blank lines under each row in the text form (room for a wet signature).
        public var rowPadding: Int
        /// The column whose cells are check-in codes, drawn as QR symbols in the PDF (text elsewhere).
        public var codeColumn: Int?
        /// The last row sums the rows above it (JUMLAH): a workbook writes it as formulas.
        public var totalsRow: Bool?

        public init(headers: [String], rightAligned: [Bool], rows: [[String]], rowPadding: Int, codeColumn: Int? = nil,
                    totalsRow: Bool? = nil) {
            self.headers = headers
            self.rightAligned = rightAligned
            self.rows = rows
            self.rowPadding = rowPadding
            self.codeColumn = codeColumn
            self.totalsRow = totalsRow
        }

        /// The headers as data formats write them: "Unit/Instansi", not the typeset "Unit/ Instansi" (whose space
        /// lets a narrow column break after the slash).
        public var dataHeaders: [String] { headers.map { $0.replacingOccurrences(of: "/ ", with: "/") } }
    }

    /// Who signs: "Mengetahui," / jabatan / (space) / name / NIP.
    public struct Signature: Codable, Equatable, Sendable {
        public var caption: String
        public var role: String
        public var name: String
        public var nip: String
        /// A box in the room to sign for a stamp to be stuck and signed across ("Meterai Rp10.000"); nil for none.
        public var stamp: String?

        public init(caption: String, role: String, name: String, nip: String, stamp: String? = nil) {
            self.caption = caption
            self.role = role
            self.name = name
            self.nip = nip
            self.stamp = stamp
        }
    }

    /// A bar chart: one bar per label, its length `value` out of `maximum`, `text` written beside it.
    public struct Chart: Codable, Equatable, Sendable {
        /// One bar.
        public struct Bar: Codable, Equatable, Sendable {
            public var label: String
            public var value: Int
            public var text: String
        }

        public var title: String
        public var bars: [Bar]
        public var maximum: Int
    }

    /// A photo on the paper: where it is inside the session folder, and its caption ("Foto 1. Sambutan ...").
    public struct Figure: Codable, Equatable, Sendable {
        public var path: String
        public var caption: String
    }

    /// A name tag: who, and the seat's check-in code (empty on a blank tag).
    public struct NameTag: Codable, Equatable, Sendable {
        public var name: String
        public var jabatan: String
        public var unit: String
        public var code: String
    }
    /// One part of the paper, in order.
    public enum Block: Codable, Equatable, Sendable {
        case heading(String)
        case paragraph(String)
        /// A field left empty in the session: dotted lines to fill in by hand.
        case blank(lines: Int)
        case fields([Field])
        case list([String])
        case table(Table)
        /// Signature blocks side by side, with the place and date above the last.
        case signatures(placeAndDate: String, [Signature])
        /// A bar chart (drawn as vectors in PDF, as bars of characters in text).
        case chart(Chart)
        /// Photos with captions: 2 to 6 a page in PDF; their captions and files as a list elsewhere.
        case figures([Figure])
        /// Lines set one under another at the left, unbroken (an address: "Yth. ...", "di –", "Tempat").
        case lines([String])
        /// A seat's check-in code: a QR symbol with the code under it, at the right (as text elsewhere).
        case code(String)
        /// Name tags, 8 to an A4 sheet with cut marks in PDF; a list elsewhere.
        case nameTags([NameTag])
    }

    /// What a lampiran is attached to, as Tata Naskah Dinas heads it at the top right: "LAMPIRAN SURAT UNDANGAN",
    /// NOMOR and TANGGAL of the letter.
    public struct Lampiran: Codable, Equatable, Sendable {
        /// "LAMPIRAN SURAT UNDANGAN KEPALA DINAS ...".
        public var heading: String
        /// NOMOR (not for a paper that has none, a laporan) and TANGGAL.
        public var fields: [Field]

        /// The heading and its fields as lines of text ("NOMOR : 005/123/2020").
        public var lines: [String] { [heading] + fields.map { "\($0.label) : \($0.value)" } }
    }

    public var kind: Kind
    /// Kop surat lines (may be empty).
    public var letterhead: [String]
    /// A lampiran's heading, in place of a kop; nil on a paper that is not one.
    public var lampiran: Lampiran?
    public var title: String
    /// Acara, hari/tanggal, waktu, tempat ...
    public var info: [Field]
    public var blocks: [Block]
    /// Its pages are numbered on their own, from 1 (each letter of a mail merge); nil or false: numbered on from
    /// the paper before (a laporan's attachments).
    public var standsAlone: Bool?
    /// The PDF outline entry (bookmark) on its first page, in a berkas of several papers.
    public var bookmark: String?
    /// The seats a money paper pays that have no name yet ("Kepala Desa Tialai"): the paper is not made until they
    /// are named, or asked for with a line to write each name on.
    public var missingNames: [String]?
    /// The payees a bukti potong has neither an NPWP nor a NIK for: e-Bupot takes no row without one, so the file
    /// is not made until they are given.
    public var missingTaxIDs: [String]?

    public init(kind: Kind, letterhead: [String], lampiran: Lampiran? = nil, title: String, info: [Field], blocks: [Block],
                standsAlone: Bool? = nil, bookmark: String? = nil, missingNames: [String]? = nil) {
        self.kind = kind
        self.letterhead = letterhead
        self.lampiran = lampiran
        self.title = title
        self.info = info
        self.blocks = blocks
        self.standsAlone = standsAlone
        self.bookmark = bookmark
        self.missingNames = missingNames
    }

    /// Refuses papers that pay seats without a name, or a bukti potong without each payee's NPWP or NIK, naming
    /// them and what to do.
    public static func requireNames(_ papers: [Paper]) throws {
        let withoutID = papers.flatMap { $0.missingTaxIDs ?? [] }
        if !withoutID.isEmpty {
            let shown = withoutID.prefix(10).joined(separator: ", ") + (withoutID.count > 10 ? ", …" : "")
            throw AulaError(
                id: "Bukti potong belum bisa dibuat: \(withoutID.count) penerima tanpa NPWP atau NIK (\(shown)); e-Bupot menolak baris "
                    + "tanpa identitas. Narasumber dan panitia: aula person set DIR NAMA npwp|nik NOMOR; peserta: kolom NPWP daftar "
                    + "undangan (aula roster export, perbaiki, aula roster import).",
                en: "The bukti potong cannot be made yet: \(withoutID.count) payees have neither an NPWP nor a NIK (\(shown)); e-Bupot "
                    + "takes no row without one. Speakers and committee: aula person set DIR NAME npwp|nik NUMBER; peserta: the "
                    + "roster's NPWP column (aula roster export, correct it, aula roster import).")
        }
        let missing = papers.flatMap { $0.missingNames ?? [] }
        guard !missing.isEmpty else { return }
        let shown = missing.prefix(10).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
        throw AulaError(
            id: "Daftar penerimaan belum bisa dibuat: \(missing.count) kursi dibayar tanpa nama penerima (\(shown)). "
                + "Isi namanya (aula checkin DIR KURSI --name \"NAMA\", atau di layar Hadir), atau buat dengan --names-by-hand "
                + "untuk menuliskannya dengan tangan.",
            en: "The payment list cannot be made yet: \(missing.count) seats are paid with no payee's name (\(shown)). "
                + "Give the names (aula checkin DIR SEAT --name \"NAME\", or on the Hadir screen), or make it with "
                + "--names-by-hand to write them in by hand.")
    }
}
