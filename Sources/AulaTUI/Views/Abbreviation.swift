import AulaCore

/// The short forms Indonesian offices write when space is tight: Kades, Kadis, Kec. Raihat.
enum Abbreviation {
    private static let jabatan: [String: String] = [
        "Kepala Desa": "Kades", "Kepala Dinas": "Kadis", "Kepala Bidang": "Kabid", "Kepala Badan": "Kaban",
        "Sekretaris Desa": "Sekdes", "Sekretaris Camat": "Sekcam", "Sekretaris Daerah": "Sekda",
        "Kepala Seksi": "Kasi", "Kepala Sub Bagian": "Kasubag", "Kepala Bagian": "Kabag",
    ]
    private static let unitKinds: [(String, String)] = [("Kecamatan ", "Kec. "), ("Kelurahan ", "Kel. "), ("Desa ", "Ds. ")]

    /// The jabatan as written, or its usual short form when it does not fit `width`.
    static func jabatan(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        for (long, short) in jabatan where text.hasPrefix(long) {
            return short + text.dropFirst(long.count)
        }
        return text
    }

    /// The unit as written, or with its kind shortened (Kec., Kel., Ds.) when it does not fit `width`.
    static func unit(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        for (long, short) in unitKinds where text.hasPrefix(long) {
            return short + text.dropFirst(long.count)
        }
        return text
    }
}
