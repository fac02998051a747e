/// The session's details that only the papers use: letterhead, who signs, and the laporan's narrative.
/// Empty fields print as dotted lines to fill by hand, never as invented text.
public struct PaperDetails: Codable, Equatable, Sendable {
    /// Up to 4 lines of kop surat (PEMERINTAH KABUPATEN BELU / DINAS ... / address), one per line.
    public var letterhead = ""
    /// Where papers are signed ("Atambua").
    public var place = ""
    /// NIP of the pimpinan rapat.
    public var chairNip = ""
    /// NIP of the notulis.
    public var notulisNip = ""
    /// The official who signs "Mengetahui" (name).
    public var official = ""
    /// That official's jabatan ("Kepala Dinas Komunikasi dan Informatika").
    public var officialTitle = ""
    /// That official's NIP.
    public var officialNip = ""
    /// Laporan: Pendahuluan — umum (background).
    public var background = ""
    /// Laporan: maksud dan tujuan.
    public var purpose = ""
    /// Laporan: ruang lingkup.
    public var scope = ""
    /// Laporan: dasar (legal basis).
    public var basis = ""
    /// Notulen and laporan: kesimpulan.
    public var conclusion = ""
    /// Notulen: tindak lanjut.
    public var followUp = ""
    /// Laporan: hambatan.
    public var obstacles = ""
    /// Laporan: saran.
    public var suggestions = ""
    /// The sheet PDFs are made on: "a4" (empty) or "f4".
    public var paperSize = ""
    /// The kop's logo: a PNG or JPEG copied into the session (`images/<sha256>.png`); empty for none.
    public var logo = ""

    /// The surat undangan's Nomor ("005/123/Kominfo/III/2020").
    public var letterNumber = ""
    /// The surat undangan's Sifat ("Penting", "Biasa").
    public var letterNature = ""
    /// The date the surat undangan is signed, `yyyy-MM-dd`.
    public var letterDate = ""
    /// The surat undangan's tembusan, one recipient per line.
    public var copiesTo = ""

    /// Who signs the daftar penerimaan: the Pejabat Pembuat Komitmen ("Setuju dibayar"), the Bendahara Pengeluaran
    /// ("Lunas dibayar") and the Pengguna Anggaran ("Mengetahui"), with their NIPs.
    public var commitmentOfficer = ""
    public var commitmentOfficerNip = ""
    public var treasurer = ""
    public var treasurerNip = ""
    public var budgetUser = ""
    public var budgetUserNip = ""
    /// The office's address ("Jl. Basuki Rahmat, Atambua"), the kop's last line when the kop does not carry it.
    public var address = ""
    /// The Pejabat Pelaksana Teknis Kegiatan (PPTK), who signs each kuitansi "Mengetahui" when set.
    public var technicalOfficer = ""
    public var technicalOfficerNip = ""

    /// The budget line heading each daftar penerimaan: Tahun Anggaran ("2021"), program/kegiatan/sub kegiatan
    /// ("3.27.07.1.02.03 Penyelenggaraan Sosialisasi ..."), kode rekening ("5.1.02.02.01.0003 Honorarium Narasumber
    /// ..."), and the DPA's number.
    public var fiscalYear = ""
    public var subActivity = ""
    public var accountCode = ""
    public var dpaNumber = ""
    /// Which amount the terbilang of a daftar penerimaan states: "netto" (what is paid out, empty) or "bruto".
    public var amountInWords = ""
    /// Whether a kuitansi over Rp5.000.000 has a box for the meterai: "ya" (empty) or "tidak" (where the Pemda treats
    /// these receipts as exempt).
    public var stampDuty = ""

    /// The surat undangan as it was first made for sending, kept in the session folder (`filed/<sha256>.json`), and
    /// when (ISO): the berkas files that letter, not one made again with names learned at the door.
    public var filedInvitation = ""
    public var filedInvitationAt = ""

    /// Whether the peserta's uang transport and uang saku are taxed (PPh 21 on the whole gross at the Pasal 17 rate):
    /// "ya" where the Pemda withholds it; empty where it does not.
    public var taxTransport = ""
    public var taxPocketMoney = ""
    /// The NPWP (15 or 16 digits) or NIK (16) of the one who signs the bukti potong PPh 21, as e-Bupot asks for it.
    public var withholderID = ""
    /// The berkas's parts in the office's order (`BerkasPart` names, comma-separated); empty: the usual order.
    public var filingOrder = ""

    /// The sheet for PDFs.
    public var sheet: PaperSize { PaperSize(rawValue: paperSize) ?? .a4 }

    /// Creates empty details.
    public init() {}
}
