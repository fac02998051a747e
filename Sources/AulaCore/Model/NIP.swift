/// A civil servant's Nomor Induk Pegawai: 18 digits (birth date, appointment, sex, number), kept as text.
public enum NIP {
    /// `text` without its spaces when it is empty or 18 digits; otherwise an error saying what is wrong.
    public static func validated(_ text: String) throws(AulaError) -> String {
        let digits = text.filter { $0 != " " }
        guard digits.isEmpty || (digits.count == 18 && digits.allSatisfy(\.isASCIIDigit)) else {
            throw AulaError(id: "NIP terdiri atas 18 angka; '\(TextSanitizer.line(text))' berisi \(digits.count) karakter.",
                            en: "A NIP has 18 digits; '\(TextSanitizer.line(text))' has \(digits.count) characters.")
        }
        return digits
    }
}
