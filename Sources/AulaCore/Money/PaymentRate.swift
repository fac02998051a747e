/// What is paid to whom, set for a session as events: uang transport and uang saku per person by jabatan or for one
/// seat, honorarium per hour for an agenda item's narasumber.
public struct PaymentRate: Codable, Equatable, Sendable {
    /// The kinds of payment a sosialisasi accounts for: the peserta's uang transport and uang saku, and the
    /// honoraria of the session's own people: narasumber per hour of their item, the moderator and the pembawa acara
    /// per occasion, panitia per day.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case transport, uangSaku = "uang-saku", honor, moderator, pembawaAcara = "pembawa-acara", panitia

        /// "UANG TRANSPORT", for the paper's title.
        public func title(_ lang: Lang) -> String {
            switch self {
            case .transport: return lang.t("UANG TRANSPORT", "TRANSPORT ALLOWANCE")
            case .uangSaku: return lang.t("UANG SAKU", "POCKET MONEY")
            case .honor: return lang.t("HONORARIUM NARASUMBER", "SPEAKERS' HONORARIUM")
            case .moderator: return lang.t("HONORARIUM MODERATOR", "MODERATOR'S HONORARIUM")
            case .pembawaAcara: return lang.t("HONORARIUM PEMBAWA ACARA", "MASTER OF CEREMONIES' HONORARIUM")
            case .panitia: return lang.t("HONORARIUM PANITIA", "COMMITTEE HONORARIUM")
            }
        }

        /// An honorarium to one of the session's people, taxed by their status, with a kuitansi each.
        public var isHonorarium: Bool { self != .transport && self != .uangSaku }

        /// The role of the people this honorarium pays (nil for the peserta's money).
        public var role: Person.Role? {
            switch self {
            case .transport, .uangSaku: return nil
            case .honor: return .narasumber
            case .moderator: return .moderator
            case .pembawaAcara: return .pembawaAcara
            case .panitia: return .panitia
            }
        }

        /// What one unit of the rate is: "jam" for a narasumber, "kali" for the moderator and pembawa acara, "hari"
        /// for panitia, "orang" for the peserta's money.
        public func unit(_ lang: Lang) -> String {
            switch self {
            case .transport, .uangSaku: return lang.t("orang", "person")
            case .honor: return lang.t("jam", "hour")
            case .moderator, .pembawaAcara: return lang.t("kali", "occasion")
            case .panitia: return lang.t("hari", "day")
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
        /// One of the session's people (narasumber, panitia ...), by id: their uang transport or uang saku.
        case person(String)

        /// The log's words for it: kind of target and its key.
        var parts: (String, String) {
            switch self {
            case .jabatan(let text): return ("jabatan", text)
            case .seat(let id): return ("seat", id)
            case .item(let id): return ("item", id)
            case .person(let id): return ("person", id)
            }
        }

        init?(_ kind: String, _ key: String) {
            switch kind {
            case "jabatan": self = .jabatan(key)
            case "seat": self = .seat(key)
            case "item": self = .item(key)
            case "person": self = .person(key)
            default: return nil
            }
        }
    }

    public var kind: Kind
    public var target: Target
    /// Whole rupiah per unit (`Kind.unit`: per person, per hour, per occasion, per day); 0 takes the rate back.
    public var amount: Int
    /// Units paid: hours of a narasumber, occasions of a moderator or pembawa acara, days of panitia; 1 otherwise.
    public var hours: Int
    /// The narasumber's golongan when the roster does not have it ("IV/b"); empty otherwise.
    public var golongan: String
    /// An honorarium for one of the session's people (`Person.id`) on the item; empty: the item's narasumber text.
    public var person = ""
    /// The kode rekening this kind of payment is booked to, when it is not the session's ("5.1.02.02.01.0003 ...").
    public var accountCode = ""
    /// Which desk set it and when (filled in by the fold, for `aula pay list`).
    public var desk = ""
    public var at = ""

    public init(kind: Kind, target: Target, amount: Int, hours: Int = 1, golongan: String = "", person: String = "") {
        self.person = person
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

    /// The golongan and ruang as a paper writes them, from what a roster writes: "IV/c" from "Pembina Utama Muda
    /// (IV/c)", "III" from "gol. III"; the text itself when it names no golongan.
    public static func grade(in text: String) -> String {
        let tokens = text.split(whereSeparator: { !"IVXivx/".contains($0) && !$0.isLetter })
        let found = tokens.first { token in token.contains("/") && Golongan(text: String(token)) != nil }
            ?? tokens.first { Golongan(rawValue: String($0).uppercased()) != nil }
        guard let found else { return TextSanitizer.line(text) }
        let parts = found.split(separator: "/")
        return parts[0].uppercased() + (parts.count > 1 ? "/" + parts[1].lowercased() : "")
    }

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
