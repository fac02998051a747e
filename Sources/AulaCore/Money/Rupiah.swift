/// Amounts of money: whole rupiah in an `Int`, never floating point; written "Rp1.250.000" and in words.
public enum Rupiah {
    /// The most one person may be paid by one rate: past this an amount is a typing mistake.
    public static let mostPerPerson = 1_000_000_000

    /// "Rp1.250.000" (dots between thousands, no space, no decimals); "-Rp5.000" below zero.
    public static func format(_ amount: Int) -> String {
        (amount < 0 ? "-Rp" : "Rp") + grouped(amount.magnitude)
    }

    /// "100.000": a count with dots between thousands, as Indonesian writes it.
    public static func grouped(_ count: UInt) -> String {
        let digits = String(count)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return grouped
    }

    /// The amount in a "Rp1.250.000" or "1250000" text, or nil.
    public static func parse(_ text: String) -> Int? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("Rp") { body = body.dropFirst(2) }
        let digits = body.filter { $0 != "." }
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    /// "satu juta dua ratus lima puluh ribu rupiah".
    public static func words(_ amount: Int) -> String {
        Terbilang.words(amount) + " rupiah"
    }
}

/// Numbers in Indonesian words, as a kuitansi writes them: sebelas, seratus, seribu, but "satu juta".
public enum Terbilang {
    static let units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    /// `n` in words, 0 up to 999,999,999,999,999 ("minus" before a negative number).
    public static func words(_ n: Int) -> String {
        if n < 0 { return "minus " + words(-n) }
        if n == 0 { return "nol" }
        let scales: [(Int, String)] = [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta")]
        var parts: [String] = []
        var rest = n
        for (size, name) in scales where rest >= size {
            parts.append(belowThousand(rest / size) + " " + name)
            rest %= size
        }
        if rest >= 1000 {
            let thousands = rest / 1000
            parts.append(thousands == 1 ? "seribu" : belowThousand(thousands) + " ribu")
            rest %= 1000
        }
        if rest > 0 { parts.append(belowThousand(rest)) }
        return parts.joined(separator: " ")
    }

    /// 1 to 999.
    static func belowThousand(_ n: Int) -> String {
        var parts: [String] = []
        let hundreds = n / 100, rest = n % 100
        if hundreds == 1 { parts.append("seratus") } else if hundreds > 1 { parts.append(units[hundreds] + " ratus") }
        switch rest {
        case 0: break
        case 10: parts.append("sepuluh")
        case 11: parts.append("sebelas")
        case 12...19: parts.append(units[rest - 10] + " belas")
        case 1...9: parts.append(units[rest])
        default: parts.append(units[rest / 10] + " puluh" + (rest % 10 == 0 ? "" : " " + units[rest % 10]))
        }
        return parts.joined(separator: " ")
    }
}
