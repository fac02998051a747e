/// PPh 21 on honorarium as a session applies it: the final rates for civil servants by golongan (PP 80/2010), and
/// for those who are not, Pasal 17 on half the gross (20% more without an NPWP), each rule the one in force on the
/// session's date (`TaxLaw`); a rate may be set for a session (`aula pay tax`), because rules change. Rates are basis
/// points (1,500 = 15%); tax is rounded down to the rupiah.
public struct TaxRules: Equatable, Sendable {
    /// A group a rate is set for: a golongan, everyone else paid as a bukan pegawai (narasumber, moderator,
    /// pembawa acara who are not civil servants), or a peserta kegiatan (the peserta's money where it is taxed, and
    /// panitia who are not civil servants: PMK 168/2023 and PER-16/PJ/2016 count a committee member as a peserta).
    public enum Group: Hashable, Sendable {
        case golongan(Golongan)
        case nonPNS
        case peserta

        /// The log's key: "I" … "IV", "non-pns", "peserta".
        public var key: String {
            switch self {
            case .golongan(let g): return g.rawValue
            case .nonPNS: return "non-pns"
            case .peserta: return "peserta"
            }
        }

        public init?(key: String) {
            switch key {
            case "non-pns": self = .nonPNS
            case "peserta": self = .peserta
            default:
                guard let g = Golongan(rawValue: key) else { return nil }
                self = .golongan(g)
            }
        }
    }

    /// The final rates by golongan (PP 80/2010), and a flat rate for those who are not civil servants only when the
    /// session set one; in basis points.
    public var basisPoints: [Group: Int]
    /// The session's date (ISO), which picks the rules in force.
    public var date: String

    /// PP 80/2010's final rates: golongan I and II 0%, III 5%, IV 15%.
    static let finalRates: [Group: Int] = [.golongan(.i): 0, .golongan(.ii): 0, .golongan(.iii): 500, .golongan(.iv): 1500]

    /// The rules in force on `date`, with no rate set for the session.
    public init(date: String) {
        basisPoints = Self.finalRates
        self.date = date
    }

    /// The session's rules: those in force on its date, with the rates it set.
    public init(session: Session) {
        self.init(date: session.date)
        for (key, value) in session.taxOverrides { if let group = Group(key: key) { basisPoints[group] = value } }
    }

    /// The tax on `bruto` for `group`, rounded down; `hasNPWP` (or, from 1 July 2024, a NIK) spares a bukan pegawai
    /// the 20% more.
    public func tax(_ bruto: Int, _ group: Group, hasNPWP: Bool = true) -> Int {
        if case .golongan = group { return bruto * (basisPoints[group] ?? 0) / 10_000 }
        guard let flat = basisPoints[group] else {
            return group == .peserta ? TaxLaw.peserta(bruto, hasNPWP: hasNPWP, on: date) : TaxLaw.bukanPegawai(bruto, hasNPWP: hasNPWP, on: date)
        }
        return bruto * flat / 10_000 * (hasNPWP ? 100 : 120) / 100
    }

    /// The rule applied to one payment, as its row says it: "final 15%", "50% x Pasal 17: 2,5%", "... tanpa NPWP: 3%";
    /// where the amount reaches past the first bracket, the rule without a single rate.
    public func applied(_ bruto: Int, _ group: Group, hasNPWP: Bool, _ lang: Lang) -> String {
        if case .golongan = group { return lang.t("final ", "final ") + Self.percent(basisPoints[group] ?? 0) }
        let without = hasNPWP ? "" : lang.t(", tanpa NPWP +20%", ", no NPWP +20%")
        if let flat = basisPoints[group] { return Self.percent(flat * (hasNPWP ? 100 : 120) / 100) + without }
        let share = group == .peserta ? 100 : 50
        let brackets = TaxLaw.brackets(on: date)
        guard let first = brackets.steps.first, bruto * share / 100 <= first.upTo ?? Int.max else {
            return lang.t("\(share)% x tarif Pasal 17", "\(share)% x Pasal 17 rates") + without
        }
        return "\(share)% x " + Self.percent(first.basisPoints) + without + ": "
            + Self.percent(first.basisPoints * share * (hasNPWP ? 100 : 120) / 10_000)
    }

    /// Whether a payee's number counts as an NPWP on the session's date: an NPWP, or from 1 July 2024 a NIK.
    public func countsAsNPWP(npwp: String, nik: String) -> Bool {
        !npwp.isEmpty || (!nik.isEmpty && date >= TaxLaw.nikAsNPWPFrom)
    }

    /// The rule for a peserta's money as the paper states it: withheld, 100% x the Pasal 17 rate with its basis; or
    /// not withheld, as the office set it.
    public func pesertaDescription(_ what: String, setting: String, taxed: Bool, _ lang: Lang) -> String {
        guard taxed else {
            let capital = what.prefix(1).uppercased() + what.dropFirst()
            return lang.t("\(capital) peserta tidak dipotong PPh 21 (ketentuan pemerintah daerah; aula set DIR \(setting) ya untuk memotongnya).",
                          "\(capital) of participants: no PPh 21 withheld (the local government's rule; aula set DIR \(setting) ya to withhold it).")
        }
        let brackets = TaxLaw.brackets(on: date)
        return lang.t("PPh 21 atas \(what) peserta kegiatan: 100% x tarif Pasal 17 (\(brackets.first); \(brackets.rule.basis)), ",
                      "PPh 21 on \(what) of participants: 100% x the Pasal 17 rate (\(brackets.first); \(brackets.rule.basis)), ")
            + TaxLaw.rule(TaxLaw.bukanPegawai, on: date).basis
            + lang.t("; tanpa NPWP 20% lebih tinggi.", "; without an NPWP 20% higher.")
    }

    /// "5%", "2,5%".
    public static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        guard fraction != 0 else { return "\(whole)%" }
        var decimals = fraction < 10 ? "0\(fraction)" : String(fraction)
        if decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole),\(decimals)%"
    }

    /// The rules as the paper cites them, those in force on the session's date: "PPh 21 atas honorarium: PNS final
    /// (PP 80/2010 jo. PMK 262/2010) gol. I 0%, II 0%, III 5%, IV 15%; bukan pegawai 50% x tarif Pasal 17 (5% s.d.
    /// Rp50.000.000; UU 36/2008 Pasal 17), PMK 252/2008 jo. PER-16/PJ/2016; tanpa NPWP 20% lebih tinggi (...)."
    /// For panitia (`others` = `.peserta`), those who are not civil servants are taxed as peserta kegiatan: 100% x
    /// the Pasal 17 rate.
    public func description(_ lang: Lang, others: Group = .nonPNS) -> String {
        let golongan = Golongan.allCases.map { "\($0.rawValue) \(Self.percent(basisPoints[.golongan($0)] ?? 0))" }
        let changed = Golongan.allCases.contains { basisPoints[.golongan($0)] != Self.finalRates[.golongan($0)] }
        let final = TaxLaw.rule(TaxLaw.pnsFinal, on: date).basis
        let brackets = TaxLaw.brackets(on: date)
        var text = lang.t("PPh 21 atas honorarium: PNS final (\(final)) gol. ", "PPh 21 on honorarium: civil servants final (\(final)) grade ")
            + golongan.joined(separator: ", ")
            + (changed ? lang.t(" (diubah untuk kegiatan ini)", " (changed for this session)") : "")
        let who = others == .peserta ? lang.t("bukan PNS sebagai peserta kegiatan", "others as participants") : lang.t("bukan pegawai", "others")
        let share = others == .peserta ? 100 : 50
        if let flat = basisPoints[others] {
            text += lang.t("; \(who) \(Self.percent(flat)) (diubah untuk kegiatan ini)", "; \(who) \(Self.percent(flat)) (changed for this session)")
        } else {
            text += lang.t("; \(who) \(share)% x tarif Pasal 17 (\(brackets.first); \(brackets.rule.basis)), ",
                           "; \(who) \(share)% x the Pasal 17 rate (\(brackets.first); \(brackets.rule.basis)), ")
                + TaxLaw.rule(TaxLaw.bukanPegawai, on: date).basis
        }
        let nik = date >= TaxLaw.nikAsNPWPFrom ? lang.t(" (NIK berlaku sebagai NPWP)", " (a NIK serves as NPWP)") : ""
        text += lang.t("; tanpa NPWP\(nik) 20% lebih tinggi (\(TaxLaw.rule(TaxLaw.withoutNPWP, on: date).basis)).",
                       "; without an NPWP\(nik) 20% higher (\(TaxLaw.rule(TaxLaw.withoutNPWP, on: date).basis)).")
        return text
    }
}
