/// The short forms Indonesian offices write when space is tight (Kades, Kadis, Kec. Raihat), one table for the
/// screen that writes them and the search that reads them both ways.
public enum ShortForms {
    /// A jabatan's usual short form, long form first.
    public static let jabatan: [(long: String, short: String)] = [
        ("Kepala Desa", "Kades"), ("Kepala Dinas", "Kadis"), ("Kepala Bidang", "Kabid"), ("Kepala Badan", "Kaban"),
        ("Sekretaris Desa", "Sekdes"), ("Sekretaris Camat", "Sekcam"), ("Sekretaris Daerah", "Sekda"),
        ("Kepala Seksi", "Kasi"), ("Kepala Sub Bagian", "Kasubag"), ("Kepala Bagian", "Kabag"),
    ]
    /// A unit kind's short form.
    public static let unitKinds: [(long: String, short: String)] = [("Kecamatan", "Kec."), ("Kelurahan", "Kel."), ("Desa", "Ds.")]

    /// Short word → the long form's words, as search compares them ("kades" → kepala, desa).
    static let expansions: [String: [String]] = {
        var map: [String: [String]] = [:]
        for (long, short) in jabatan + unitKinds { map[SearchText.normalize(short)] = SearchText.words(long) }
        return map
    }()

    /// The long forms' words of the short forms among `words` ("kades tohe" → kepala, desa): what a seat written
    /// short is also found by.
    static func longWords(_ words: [String]) -> [String] {
        words.flatMap { expansions[$0] ?? [] }
    }

    /// Query words with each short form replaced by its long form's words: "kades tohe" → kepala desa tohe.
    static func replaced(_ words: [String]) -> [String] {
        guard words.contains(where: { expansions[$0] != nil }) else { return words }
        return words.flatMap { expansions[$0] ?? [$0] }
    }
}
