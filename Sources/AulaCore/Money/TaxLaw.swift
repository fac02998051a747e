/// The PPh 21 law a payment list applies, rule by rule, each with its legal basis and the days it holds, so that a
/// paper cites the rule in force on the session's date and a change of regulation is one new row here.
///
/// Sources: UU 36/2008 Pasal 17 and Pasal 21 ayat (5a); UU 7/2021 (HPP) Pasal 17 from 2022; PP 80/2010 and PMK
/// 262/2010 (PNS honorarium from APBN/APBD, final); PMK 252/2008 and PER-16/PJ/2016 (bukan pegawai, 50% of gross);
/// PP 58/2023 and PMK 168/2023 from 1 January 2024; PMK 112/2022 (NIK as NPWP from 1 July 2024).
public enum TaxLaw {
    /// One rule and the days it holds (ISO dates, both inclusive).
    public struct Rule: Equatable, Sendable {
        public var from: String
        public var until: String
        /// How the paper cites it: "PP 80/2010 jo. PMK 262/2010".
        public var basis: String

        func holds(on date: String) -> Bool { from <= date && date <= until }
    }

    /// Pasal 17's brackets: the upper end of each (nil: the rest) and its rate in basis points.
    public struct Brackets: Equatable, Sendable {
        public var rule: Rule
        public var steps: [(upTo: Int?, basisPoints: Int)]

        public static func == (a: Brackets, b: Brackets) -> Bool {
            a.rule == b.rule && a.steps.map(\.upTo) == b.steps.map(\.upTo) && a.steps.map(\.basisPoints) == b.steps.map(\.basisPoints)
        }

        /// The tax on `share` percent of `bruto` (50 for a bukan pegawai, 100 for a peserta), bracket by bracket,
        /// rounded down to the rupiah once at the end.
        public func tax(_ bruto: Int, share: Int = 100) -> Int {
            var total = 0, below = 0
            for step in steps {
                // The bracket's ends in gross terms: a base of half the gross reaches Rp50.000.000 at Rp100.000.000.
                let top = step.upTo.map { $0 * 100 / share } ?? Int.max
                guard bruto > below else { break }
                total += (min(bruto, top) - below) * step.basisPoints * share
                below = top
            }
            return total / 1_000_000
        }

        /// "5% s.d. Rp50.000.000".
        var first: String {
            TaxRules.percent(steps[0].basisPoints) + (steps[0].upTo.map { " s.d. " + Rupiah.format($0) } ?? "")
        }
    }

    /// Pasal 17 ayat (1) huruf a: UU 36/2008 up to 2021, UU HPP from 2022.
    public static let pasal17: [Brackets] = [
        Brackets(rule: Rule(from: "2009-01-01", until: "2021-12-31", basis: "UU 36/2008 Pasal 17"),
                 steps: [(50_000_000, 500), (250_000_000, 1500), (500_000_000, 2500), (nil, 3000)]),
        Brackets(rule: Rule(from: "2022-01-01", until: "9999-12-31", basis: "UU 7/2021 (HPP) Pasal 17"),
                 steps: [(60_000_000, 500), (250_000_000, 1500), (500_000_000, 2500), (5_000_000_000, 3000), (nil, 3500)]),
    ]

    /// Honorarium of a PNS, TNI or Polri member from APBN/APBD: final, by golongan.
    public static let pnsFinal = [Rule(from: "2010-01-01", until: "9999-12-31", basis: "PP 80/2010 jo. PMK 262/2010")]

    /// Bukan pegawai (narasumber, moderator who are not PNS): Pasal 17 on half the gross.
    public static let bukanPegawai = [
        Rule(from: "2009-01-01", until: "2023-12-31", basis: "PMK 252/2008 jo. PER-16/PJ/2016"),
        Rule(from: "2024-01-01", until: "9999-12-31", basis: "PP 58/2023 jo. PMK 168/2023"),
    ]

    /// Without an NPWP, non-final PPh 21 is 20% higher; from 1 July 2024 a NIK serves as the NPWP.
    public static let withoutNPWP = [Rule(from: "2009-01-01", until: "9999-12-31", basis: "UU PPh Pasal 21 ayat (5a)")]
    public static let nikAsNPWPFrom = "2024-07-01"

    /// The rule of `rules` that holds on `date` (the last one when the date is past them all, the first before).
    public static func rule(_ rules: [Rule], on date: String) -> Rule {
        rules.first { $0.holds(on: date) } ?? (date < rules[0].from ? rules[0] : rules[rules.count - 1])
    }

    /// Pasal 17's brackets on `date`.
    public static func brackets(on date: String) -> Brackets {
        pasal17.first { $0.rule.holds(on: date) } ?? (date < pasal17[0].rule.from ? pasal17[0] : pasal17[pasal17.count - 1])
    }

    /// PPh 21 of a peserta kegiatan (uang saku, uang transport where the Pemda taxes them) on `bruto`: Pasal 17 on
    /// the whole gross, 20% more without an NPWP. Rounded down.
    public static func peserta(_ bruto: Int, hasNPWP: Bool, on date: String) -> Int {
        let tax = brackets(on: date).tax(bruto, share: 100)
        return hasNPWP ? tax : tax * 120 / 100
    }

    /// PPh 21 of a bukan pegawai on `bruto`: Pasal 17 on half of it, 20% more without an NPWP (or, from 1 July 2024,
    /// a NIK). Rounded down.
    public static func bukanPegawai(_ bruto: Int, hasNPWP: Bool, on date: String) -> Int {
        let tax = brackets(on: date).tax(bruto, share: 50)
        return hasNPWP ? tax : tax * 120 / 100
    }
}
