/// The language of labels and messages: Bahasa Indonesia by default, English on request.
public enum Lang: String, Sendable, CaseIterable {
    case id
    case en

    /// The CSV delimiter a spreadsheet in this language's locale splits columns at: `;` in Indonesian, where the
    /// comma is the decimal mark; `,` in English.
    public var csvDelimiter: Character { self == .id ? ";" : "," }

    /// Picks the Indonesian or the English form of a text.
    public func t(_ indonesian: String, _ english: String) -> String {
        self == .id ? indonesian : english
    }

    /// The language asked for: an explicit choice (`--lang`), else `AULA_LANG`, else Indonesian.
    /// `LANG` is deliberately not read: office laptops in Indonesia often run an English locale.
    public static func resolve(explicit: String?, environment: [String: String]) throws -> Lang {
        let raw = explicit ?? environment["AULA_LANG"] ?? "id"
        let code = raw.lowercased().prefix(2)
        guard let lang = Lang(rawValue: String(code)) else {
            throw AulaError(
                id: "Bahasa '\(raw)' tidak dikenal: pakai id atau en.",
                en: "Unknown language '\(raw)': use id or en.")
        }
        return lang
    }
}
