/// The kode objek pajak a bukti potong PPh 21 files each payment under, by what the payee is, with the regulation
/// and the days each list holds; a new list from the DJP is one new row here.
///
/// Sources: PER-14/PJ/2013 jo. PER-16/PJ/2016 (e-SPT PPh 21: 21-100-09 bukan pegawai, 21-100-13 peserta kegiatan,
/// 21-402-01 honorarium PNS from APBN/APBD); PER-2/PJ/2024 (e-Bupot 21/26, the same codes in its reference sheet);
/// PER-11/PJ/2025 (Coretax from 1 January 2025: 21-100-18 penceramah/penyuluh/moderator, 21-100-33 pembawa acara,
/// 21-100-15 anggota kepanitiaan, 21-100-14 peserta rapat/seminar, 21-402-02/03/04 PNS golongan III, IV, I–II).
public enum TaxObjectCodes {
    /// What the payee is, as the codes tell them apart.
    public enum Payee: Equatable, Sendable {
        /// A civil servant paid an honorarium from the APBN/APBD (final), by golongan.
        case pns(Golongan)
        /// A bukan pegawai teaching or moderating: narasumber, moderator.
        case speaker
        /// A bukan pegawai leading the programme.
        case masterOfCeremonies
        /// A member of the panitia who is not a civil servant.
        case committee
        /// A peserta paid uang saku or uang transport.
        case participant
    }

    /// One list of codes and the days it holds (ISO dates, both inclusive).
    public struct Table: Sendable {
        public var rule: TaxLaw.Rule
        public var code: @Sendable (Payee) -> String
    }

    public static let tables: [Table] = [
        Table(rule: TaxLaw.Rule(from: "2013-01-01", until: "2023-12-31", basis: "PER-14/PJ/2013 jo. PER-16/PJ/2016")) { payee in
            switch payee {
            case .pns: return "21-402-01"
            case .speaker, .masterOfCeremonies: return "21-100-09"
            case .committee, .participant: return "21-100-13"
            }
        },
        Table(rule: TaxLaw.Rule(from: "2024-01-01", until: "2024-12-31", basis: "PER-2/PJ/2024 (e-Bupot 21/26)")) { payee in
            switch payee {
            case .pns: return "21-402-01"
            case .speaker, .masterOfCeremonies: return "21-100-09"
            case .committee, .participant: return "21-100-13"
            }
        },
        Table(rule: TaxLaw.Rule(from: "2025-01-01", until: "9999-12-31", basis: "PER-11/PJ/2025 (Coretax)")) { payee in
            switch payee {
            case .pns(let golongan):
                switch golongan {
                case .i, .ii: return "21-402-04"
                case .iii: return "21-402-02"
                case .iv: return "21-402-03"
                }
            case .speaker: return "21-100-18"
            case .masterOfCeremonies: return "21-100-33"
            case .committee: return "21-100-15"
            case .participant: return "21-100-14"
            }
        },
    ]

    /// The list in force on `date` (the last past them all, the first before).
    public static func table(on date: String) -> Table {
        tables.first { $0.rule.from <= date && date <= $0.rule.until } ?? (date < tables[0].rule.from ? tables[0] : tables[tables.count - 1])
    }

    /// The code for `payee` on `date`.
    public static func code(_ payee: Payee, on date: String) -> String { table(on: date).code(payee) }
}
