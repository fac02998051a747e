/// A Nomor Induk Kependudukan: 16 digits, the first six the region of registration (province 11 to 94), then the
/// birth date as DDMMYY with 40 added to a woman's day, then a serial number; kept as text.
public enum NIK {
    /// `text` without its spaces when it is empty or a NIK whose province, day and month can be; otherwise an error
    /// saying what is wrong.
    public static func validated(_ text: String) throws(AulaError) -> String {
        let digits = text.filter { $0 != " " }
        guard !digits.isEmpty else { return digits }
        let shown = TextSanitizer.excerpt(text)
        guard digits.count == 16, digits.allSatisfy(\.isASCIIDigit) else {
            throw AulaError(id: "NIK terdiri atas 16 angka; '\(shown)' bukan.", en: "A NIK has 16 digits; '\(shown)' has not.")
        }
        let number = Array(digits).map { Int(String($0))! }
        let province = number[0] * 10 + number[1], day = number[6] * 10 + number[7], month = number[8] * 10 + number[9]
        guard (11...94).contains(province), (1...31).contains(day) || (41...71).contains(day), (1...12).contains(month) else {
            throw AulaError(id: "NIK '\(shown)' tidak mungkin: kode provinsi (angka 1–2), tanggal lahir (7–8, +40 untuk perempuan) "
                                + "atau bulan (9–10) salah. Periksa lagi dari KTP.",
                            en: "The NIK '\(shown)' cannot be: its province (digits 1–2), birth day (7–8, +40 for a woman) or "
                                + "month (9–10) is wrong. Check it against the KTP.")
        }
        return digits
    }
}
