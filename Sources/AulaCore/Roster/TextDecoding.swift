/// Turns a spreadsheet export's bytes into text: UTF-8 (with or without BOM) or, failing that, Windows-1252,
/// as Excel on Windows writes. Binary files are refused.
public enum TextDecoding {
    /// The encodings a roster file may come in.
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "Windows-1252" }

    /// Decodes `bytes`; `file` names the file in the error.
    public static func decode(_ bytes: [UInt8], file: String) throws -> (text: String, encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw AulaError(
                id: "\(file): berkas UTF-16 belum didukung. Simpan ulang dari Excel sebagai \"CSV UTF-8\".",
                en: "\(file): UTF-16 files are not supported. Save again from Excel as \"CSV UTF-8\".")
        }
        if let nul = body.firstIndex(of: 0) {
            throw AulaError(
                id: "\(file): bukan berkas teks CSV (bita nol pada posisi \(nul)). Apakah ini berkas .xlsx? Simpan sebagai CSV.",
                en: "\(file): not a CSV text file (zero byte at offset \(nul)). Is it an .xlsx file? Save it as CSV.")
        }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        var scalars = String.UnicodeScalarView()
        for b in body {
            if b >= 0x80 && b <= 0x9F {
                guard let s = windows1252High[Int(b - 0x80)] else {
                    throw AulaError(
                        id: "\(file): bukan UTF-8 maupun Windows-1252 (bita 0x\(String(b, radix: 16, uppercase: true))). "
                            + "Simpan ulang sebagai \"CSV UTF-8\".",
                        en: "\(file): neither UTF-8 nor Windows-1252 (byte 0x\(String(b, radix: 16, uppercase: true))). "
                            + "Save again as \"CSV UTF-8\".")
                }
                scalars.append(s)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// Windows-1252 bytes 0x80–0x9F (nil where the code page leaves a hole).
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
