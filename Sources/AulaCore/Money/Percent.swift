/// A percentage as typed ("15", "2,5", "2.5") and kept, in basis points (2,5% = 250): digits only, at most three
/// before the separator and two after, 0 to 100. Parsed once, here, with the one message that says what is wanted.
public struct Percent: Equatable, Sendable {
    /// Hundredths of a percent.
    public let basisPoints: Int

    /// The percentage `text` names; nil when it is not one from 0 to 100.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            .split(separator: ".", omittingEmptySubsequences: false)
        // Digits only (no sign, no exponent): nothing to overflow.
        func digits(_ part: Substring, _ most: Int) -> Int? {
            (1...most).contains(part.count) && part.allSatisfy({ ("0"..."9").contains($0) }) ? Int(part) : nil
        }
        guard (1...2).contains(parts.count), let whole = digits(parts[0], 3),
              let fraction = parts.count == 2 ? digits(parts[1], 2) : 0 else { return nil }
        let basisPoints = whole * 100 + (parts.count == 2 && parts[1].count == 1 ? fraction * 10 : fraction)
        guard (0...10_000).contains(basisPoints) else { return nil }
        self.basisPoints = basisPoints
    }

    /// The percentage `text` names, or the error that says what is wanted.
    public static func parsed(_ text: String) throws(AulaError) -> Percent {
        guard let percent = Percent(text) else { throw invalid }
        return percent
    }

    /// The one message for a percentage that is not one.
    public static let invalid = AulaError(id: "Persen: angka 0 sampai 100, seperti 15 atau 2,5.",
                                          en: "Percent: a number from 0 to 100, such as 15 or 2.5.")
}
