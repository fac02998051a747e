extension Change.SessionField {
    /// The name used on the command line (`aula set DIR kesimpulan "..."`), in Indonesian.
    public var argumentName: String {
        switch self {
        case .title: return "judul"
        case .date: return "tanggal"
        case .start: return "jam"
        case .end: return "jam-selesai"
        case .venue: return "tempat"
        case .organizer: return "penyelenggara"
        case .timeZone: return "zona"
        case .chair: return "pimpinan"
        case .notulis: return "notulis"
        case .letterhead: return "kop"
        case .place: return "kota-ttd"
        case .chairNip: return "nip-pimpinan"
        case .notulisNip: return "nip-notulis"
        case .official: return "penanggung-jawab"
        case .officialTitle: return "jabatan-penanggung-jawab"
        case .officialNip: return "nip-penanggung-jawab"
        case .background: return "umum"
        case .purpose: return "maksud-tujuan"
        case .scope: return "ruang-lingkup"
        case .basis: return "dasar"
        case .conclusion: return "kesimpulan"
        case .followUp: return "tindak-lanjut"
        case .obstacles: return "hambatan"
        case .suggestions: return "saran"
        case .paperSize: return "kertas"
        case .logo: return "logo"
        case .letterNumber: return "nomor-surat"
        case .letterNature: return "sifat"
        case .letterDate: return "tanggal-surat"
        case .copiesTo: return "tembusan"
        case .commitmentOfficer: return "ppk"
        case .commitmentOfficerNip: return "nip-ppk"
        case .treasurer: return "bendahara"
        case .treasurerNip: return "nip-bendahara"
        case .budgetUser: return "pengguna-anggaran"
        case .budgetUserNip: return "nip-pengguna-anggaran"
        case .fiscalYear: return "tahun-anggaran"
        case .subActivity: return "sub-kegiatan"
        case .accountCode: return "kode-rekening"
        case .dpaNumber: return "dpa"
        case .amountInWords: return "terbilang"
        case .stampDuty: return "meterai"
        case .filedInvitation: return "undangan-terkirim"
        case .filedInvitationAt: return "undangan-terkirim-pada"
        case .taxTransport: return "pph-transport"
        case .taxPocketMoney: return "pph-uang-saku"
        case .withholderID: return "npwp-penandatangan"
        case .filingOrder: return "urutan-berkas"
        case .technicalOfficer: return "pptk"
        case .technicalOfficerNip: return "nip-pptk"
        case .address: return "alamat"
        }
    }

    /// The fields a user sets (`aula set`); the others Aula records by itself (the undangan as sent).
    public static var settable: [Change.SessionField] { allCases.filter { $0 != .filedInvitation && $0 != .filedInvitationAt } }

    /// True for fields whose text may span lines.
    public var isMultiline: Bool {
        switch self {
        case .letterhead, .background, .purpose, .scope, .basis, .conclusion, .followUp, .obstacles, .suggestions, .copiesTo:
            return true
        default: return false
        }
    }

    /// The English names the command line also takes: the log's own key, as written or in kebab case
    /// (`chair-nip`, `follow-up`), and the short forms `paper` and `zone`.
    var englishNames: [String] {
        let kebab = rawValue.reduce(into: "") { name, character in
            name += character.isUppercase ? "-" + character.lowercased() : String(character)
        }
        switch self {
        case .paperSize: return [rawValue.lowercased(), kebab, "paper"]
        case .timeZone: return [rawValue.lowercased(), kebab, "zone"]
        default: return [rawValue.lowercased(), kebab]
        }
    }

    /// The field named on the command line (Indonesian name or an English one, in any case).
    public init?(argument: String) {
        let key = argument.lowercased()
        guard let field = Self.allCases.first(where: { $0.argumentName == key || $0.englishNames.contains(key) }) else {
            return nil
        }
        self = field
    }

    /// Checks and cleans a value for this field: dates, times and zones must parse; the kop has at most 4 lines.
    public func validated(_ raw: String) throws -> String {
        let value = isMultiline ? TextSanitizer.multiline(raw) : TextSanitizer.line(raw)
        switch self {
        case .date where SessionClock.parseDate(value) == nil, .letterDate where !value.isEmpty && SessionClock.parseDate(value) == nil:
            throw SessionDate.invalid(value)
        case .start, .end:
            if self == .end && value.isEmpty { return value }
            return try ClockTime.parsed(value).text
        case .timeZone:
            _ = try SessionClock(zoneIdentifier: value)
        case .letterhead where value.split(separator: "\n").count > 4:
            throw AulaError(id: "Kop surat paling banyak 4 baris.", en: "The letterhead has at most 4 lines.")
        case .paperSize:
            let size = value.lowercased()
            guard size.isEmpty || PaperSize(rawValue: size) != nil else {
                throw AulaError(id: "Kertas: a4 atau f4.", en: "Paper: a4 or f4.")
            }
            return size
        case .logo where !value.isEmpty && !StoredFile.isStoredPath(value, in: "images"):
            throw AulaError(id: "Logo: pakai aula set DIR logo BERKAS (PNG atau JPEG).",
                            en: "Logo: use aula set DIR logo FILE (PNG or JPEG).")
        case .chairNip, .notulisNip, .officialNip, .commitmentOfficerNip, .treasurerNip, .budgetUserNip, .technicalOfficerNip:
            return try NIP.validated(value)
        case .fiscalYear where !value.isEmpty && !(value.count == 4 && value.allSatisfy(\.isASCIIDigit)):
            throw AulaError(id: "Tahun anggaran: empat angka, misalnya 2021; bukan '\(value)'.",
                            en: "Fiscal year: four digits, such as 2021; not '\(value)'.")
        case .amountInWords:
            let which = value.lowercased()
            guard which.isEmpty || which == "netto" || which == "bruto" else {
                throw AulaError(id: "Terbilang: netto (jumlah diterima) atau bruto; bukan '\(value)'.",
                                en: "Terbilang: netto (amount paid out) or bruto; not '\(value)'.")
            }
            return which
        case .filedInvitation, .filedInvitationAt:
            throw AulaError(id: "Undangan yang terkirim dicatat sendiri saat PDF undangan pertama dibuat.",
                            en: "The undangan as sent is recorded by itself when its first PDF is made.")
        case .taxTransport, .taxPocketMoney:
            let which = value.lowercased()
            guard which.isEmpty || which == "ya" || which == "tidak" else {
                throw AulaError(id: "\(argumentName): ya atau tidak; bukan '\(value)'.", en: "\(argumentName): ya or tidak; not '\(value)'.")
            }
            return which == "tidak" ? "" : which
        case .withholderID where !value.isEmpty:
            let digits = value.filter { $0 != "." && $0 != "-" && $0 != " " }
            guard digits.allSatisfy(\.isASCIIDigit), digits.count == 15 || digits.count == 16 else {
                throw AulaError(id: "NPWP penandatangan: 15 atau 16 angka (atau NIK 16 angka); bukan '\(value)'.",
                                en: "The signer's NPWP: 15 or 16 digits (or a 16-digit NIK); not '\(value)'.")
            }
            return digits
        case .filingOrder where !value.isEmpty:
            return try BerkasPart.order(value).map(\.rawValue).joined(separator: ",")
        case .stampDuty:
            let which = value.lowercased()
            guard which.isEmpty || which == "ya" || which == "tidak" else {
                throw AulaError(id: "Meterai: ya atau tidak; bukan '\(value)'.", en: "Meterai: ya or tidak; not '\(value)'.")
            }
            return which
        case .title where value.isEmpty:
            throw AulaError(id: "Judul tidak boleh kosong.", en: "The title cannot be empty.")
        default:
            break
        }
        return value
    }
}
