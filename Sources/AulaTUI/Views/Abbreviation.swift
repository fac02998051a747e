import AulaCore

/// The short forms Indonesian offices write when space is tight: Kades, Kadis, Kec. Raihat.
enum Abbreviation {

    /// The jabatan as written, or its usual short form when it does not fit `width`.
    static func jabatan(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        for (long, short) in ShortForms.jabatan where text.hasPrefix(long) {
            return short + text.dropFirst(long.count)
        }
        return text
    }

    /// The unit as written, or with its kind shortened (Kec., Kel., Ds.) when it does not fit `width`.
    static func unit(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        for (long, short) in ShortForms.unitKinds where text.hasPrefix(long + " ") {
            return short + text.dropFirst(long.count)
        }
        return text
    }
}
