/// The parts of the berkas SPJ, in the order most offices file them; an office may set its own
/// (`aula set DIR urutan-berkas undangan,daftar-hadir,...`), leaving out what it does not file.
public enum BerkasPart: String, CaseIterable, Sendable {
    case undangan, daftarHadir = "daftar-hadir", daftarHadirNarasumber = "daftar-hadir-narasumber", penerimaan, kuitansi
    case pph21, notulen, laporan, materi

    /// The parts named in `text` (comma- or space-separated), in that order; refused when a name is unknown or
    /// repeated, or none is given.
    public static func order(_ text: String) throws(AulaError) -> [BerkasPart] {
        let names = text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        var parts: [BerkasPart] = []
        for name in names {
            guard let part = BerkasPart(rawValue: name) else {
                throw AulaError(id: "Bagian berkas '\(TextSanitizer.excerpt(name))' tidak dikenal. Bagian: \(known).",
                                en: "The berkas has no part '\(TextSanitizer.excerpt(name))'. Parts: \(known).")
            }
            guard !parts.contains(part) else {
                throw AulaError(id: "Bagian berkas '\(name)' disebut dua kali.", en: "The berkas part '\(name)' is named twice.")
            }
            parts.append(part)
        }
        guard !parts.isEmpty else {
            throw AulaError(id: "Urutan berkas kosong. Bagian: \(known).", en: "The berkas order is empty. Parts: \(known).")
        }
        return parts
    }

    /// The session's order: the office's, or all parts in the usual order.
    public static func order(of session: Session) -> [BerkasPart] {
        (try? order(session.papers.filingOrder)) ?? allCases
    }

    static var known: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
