import AulaCore
import ArgumentParser

/// `aula find DIR QUERY`.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Cari peserta (nama, jabatan, unit, kecamatan, nomor baris, kode QR). / Find attendees.",
        discussion: """
            Huruf besar/kecil, tanda diakritik, apostrof dan gelar (Drs., S.Sos., ...) diabaikan; setiap kata \
            dicocokkan dengan awal kata. Contoh: aula find kim naek
            Case, diacritics, apostrophes and academic titles are ignored; each word matches the start of a word.
            """)

    @OptionGroup var session: SessionOptions
    @Argument(help: "Kata yang dicari. / Words to look for.")
    var query: [String]
    @Option(help: "Paling banyak sekian hasil (bawaan 20). / At most this many results.")
    var limit = 20

    func validate() throws {
        if query.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("QUERY kosong / empty") }
        if limit < 1 { throw ValidationError("--limit ≥ 1") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let text = query.joined(separator: " ")
            let matches = CheckInCode.seatIndex(text, in: s).map { [$0] } ?? SearchIndex(s.attendees).search(text).map(\.index)
            guard !matches.isEmpty else {
                throw AulaError(id: "Tidak ada yang cocok dengan '\(TextSanitizer.excerpt(query.joined(separator: " ")))'.",
                                en: "Nothing matches '\(TextSanitizer.excerpt(query.joined(separator: " ")))'.")
            }
            print(RosterTableText.render(matches.prefix(limit).map { s.attendees[$0] }, session: s, lang: lang))
            if matches.count > limit {
                print(lang.t("… dan \(matches.count - limit) lagi", "… and \(matches.count - limit) more"))
            }
        }
    }
}
