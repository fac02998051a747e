/// What is paid to whom, set for a session as events: uang transport and uang saku per person by jabatan or for one
/// seat, honorarium per hour for an agenda item's narasumber.
public struct PaymentRate: Codable, Equatable, Sendable {
    /// The kinds of payment a sosialisasi accounts for.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case transport, uangSaku = "uang-saku", honor

        /// "UANG TRANSPORT", for the paper's title.
        public func title(_ lang: Lang) -> String {
            switch self {
            case .transport: return lang.t("UANG TRANSPORT", "TRANSPORT ALLOWANCE")
            case .uangSaku: return lang.t("UANG SAKU", "POCKET MONEY")
            case .honor: return lang.t("HONORARIUM NARASUMBER", "SPEAKERS' HONORARIUM")
            }
        }
    }

    /// Whom a rate applies to.
    public enum Target: Equatable, Hashable, Sendable, Codable {
        /// Every invited seat with this jabatan (as search compares it).
        case jabatan(String)
        /// One seat (walk-ins too), by its id.
        case seat(String)
        /// The narasumber of one agenda item, by its id.
        case item(String)

        /// The log's words for it: kind of target and its key.
        var parts: (String, String) {
            switch self {
            case .jabatan(let text): return ("jabatan", text)
            case .seat(let id): return ("seat", id)
            case .item(let id): return ("item", id)
            }
        }

        init?(_ kind: String, _ key: String) {
            switch kind {
            case "jabatan": self = .jabatan(key)
            case "seat": self = .seat(key)
            case "item": self = .item(key)
            default: return nil
            }
        }
    }

    public var kind: Kind
    public var target: Target
    /// Whole rupiah per person (per hour for an honorarium); 0 takes the rate back.
    public var amount: Int
    /// Hours paid (honorarium), 1 otherwise.
    public var hours: Int
    /// The narasumber's golongan when the roster does not have it ("IV/b"); empty otherwise.
    public var golongan: String
    /// Which desk set it and when (filled in by the fold, for `aula pay list`).
    public var desk = ""
    public var at = ""

    public init(kind: Kind, target: Target, amount: Int, hours: Int = 1, golongan: String = "") {
        self.kind = kind
        self.target = target
        self.amount = amount
        self.hours = hours
        self.golongan = golongan
    }
}

/// A civil servant's golongan, I to IV, from what a roster writes: "IV/b", "III", "Penata (III/c)", "gol. II/a".
public enum Golongan: String, CaseIterable, Codable, Sendable {
    case i = "I", ii = "II", iii = "III", iv = "IV"

    /// The ruang letters within the golongan (PP 99/2000): A to D, A to E in IV.
    var ruang: String { self == .iv ? "ABCDE" : "ABCD" }

    /// The golongan a text names, or nil when it names none (a roman numeral past IV, a ruang past D or E).
    public init?(text: String) {
        let upper = text.uppercased()
        // The roman numeral standing alone or before "/": "III/C", "(IV/A)", "GOL. II".
        let tokens = upper.split(whereSeparator: { !"IVX/".contains($0) && !$0.isLetter })
        // "III/b" before a lone numeral: "Penata Muda Tingkat I (III/b)" is golongan III.
        for token in tokens.filter({ $0.contains("/") }) + tokens.filter({ !$0.contains("/") }) {
            let numeral = token.split(separator: "/").first.map(String.init) ?? ""
            guard let golongan = Golongan(rawValue: numeral) else { continue }
            // After the "/", the ruang: a to d (to e in golongan IV).
            let ruang = token.dropFirst(numeral.count)
            if ruang.isEmpty || (ruang.count == 2 && ruang.first == "/" && golongan.ruang.contains(ruang.last!)) {
                self = golongan
                return
            }
        }
        return nil
    }
}

/// PPh 21 on honorarium: the final rates of PP 80/2010 for civil servants by golongan, a rate for those who are
/// not (50% of bruto at the 5% bracket, PMK 168/2023), each overridable for a session because the rules change.
/// Rates are basis points (1,500 = 15%); tax is rounded down to the rupiah.
public struct TaxRules: Equatable, Sendable {
    /// A group a rate is set for: a golongan, or everyone who is not a civil servant.
    public enum Group: Hashable, Sendable {
        case golongan(Golongan)
        case nonPNS

        /// The log's key: "I" … "IV", "non-pns".
        public var key: String {
            switch self {
            case .golongan(let g): return g.rawValue
            case .nonPNS: return "non-pns"
            }
        }

        public init?(key: String) {
            if key == "non-pns" { self = .nonPNS } else if let g = Golongan(rawValue: key) { self = .golongan(g) } else { return nil }
        }
    }

    /// The rates by group, in basis points.
    public var basisPoints: [Group: Int]

    /// PP 80/2010 and PMK 168/2023.
    public static let standard = TaxRules(basisPoints: [.golongan(.i): 0, .golongan(.ii): 0, .golongan(.iii): 500,
                                                        .golongan(.iv): 1500, .nonPNS: 250])

    /// The session's rules: the standard ones with its overrides.
    public init(session: Session) {
        var rates = TaxRules.standard.basisPoints
        for (key, value) in session.taxOverrides { if let group = Group(key: key) { rates[group] = value } }
        basisPoints = rates
    }

    init(basisPoints: [Group: Int]) {
        self.basisPoints = basisPoints
    }

    /// The tax on `bruto` for `group`, rounded down.
    public func tax(_ bruto: Int, _ group: Group) -> Int {
        bruto * (basisPoints[group] ?? 0) / 10_000
    }

    /// "5%", "2,5%".
    public static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        guard fraction != 0 else { return "\(whole)%" }
        var decimals = fraction < 10 ? "0\(fraction)" : String(fraction)
        if decimals.hasSuffix("0") { decimals.removeLast() }
        return "\(whole),\(decimals)%"
    }

    /// The rule as the paper names it: "PPh 21 final (PP 80/2010): gol. I 0%, II 0%, III 5%, IV 15%; bukan PNS 2,5%".
    public func description(_ lang: Lang) -> String {
        let golongan = Golongan.allCases.map { "\($0.rawValue) \(Self.percent(basisPoints[.golongan($0)] ?? 0))" }
        let changed = self != TaxRules.standard
        return lang.t("PPh 21 atas honorarium: final untuk PNS (PP 80/2010) gol. ", "PPh 21 on honorarium: final for civil servants (PP 80/2010) grade ")
            + golongan.joined(separator: ", ")
            + lang.t("; bukan PNS ", "; others ") + Self.percent(basisPoints[.nonPNS] ?? 0)
            + (basisPoints[.nonPNS] == TaxRules.standard.basisPoints[.nonPNS] ? " (50% x 5%, PMK 168/2023)" : "")
            + (changed ? lang.t(", tarif diubah untuk kegiatan ini", ", rates changed for this session") : "") + "."
    }
}
