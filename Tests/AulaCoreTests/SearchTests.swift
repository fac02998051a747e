import Foundation
import AulaTestSupport
import Testing
@testable import AulaCore

@Suite struct SearchTests {
    @Test func anIndexBuiltInPiecesFindsSeatsInEveryPiece() {
        let attendees = (1...40_000).map { i in
            Attendee(id: "s\(i)", row: i, jabatan: "Kepala Desa", unit: "Desa Contoh\(i)x", kecamatan: "Kec\(i % 50)",
                     name: "Peserta\(i)x Bau", phone: "", kode: "", invited: true, attendance: nil)
        }
        let index = SearchIndex(Roster(attendees))
        for i in [1, 8_191, 8_192, 20_001, 39_999, 40_000] {
            let matches = index.search("peserta\(i)x contoh\(i)x")
            #expect(matches.map(\.index).prefix(3) == [i - 1], "\(i)")
            #expect(matches.first?.isExact == true)
        }
        #expect(index.search("bau").count == 40_000)
    }

    @Test func shortFormsAndStandInsAreFound() {
        func seat(_ row: Int, _ jabatan: String, _ unit: String, name: String = "", standIn: String = "") -> Attendee {
            Attendee(id: "s\(row)", row: row, jabatan: jabatan, unit: unit, kecamatan: "Raihat", name: name, phone: "", kode: "",
                     invited: true,
                     attendance: standIn.isEmpty ? nil : Attendance(status: .diwakili, standIn: standIn, standInJabatan: "Sekdes",
                                                                    time: "2020-03-27T08:41:00+08:00", desk: "meja1"))
        }
        let index = SearchIndex([seat(1, "Kepala Desa", "Desa Tohe", name: "Yohanes Bau", standIn: "Antonius Mau"),
                                 seat(2, "Kades", "Ds. Asumanu"), seat(3, "Camat", "Kecamatan Raihat"),
                                 seat(4, "Kepala Dinas", "Dinas Kominfo")])
        func rows(_ query: String) -> [Int] { index.search(query).map { $0.index + 1 } }
        #expect(rows("kades tohe") == [1])          // the screen's short form finds the long one
        #expect(rows("kepala desa asumanu") == [2])  // and the long form a seat written short
        #expect(rows("ds asumanu") == [2])
        #expect(rows("kadis") == [4])
        #expect(rows("kec raihat") == [3])
        #expect(rows("antonius") == [1])            // the stand-in who came for the seat
        #expect(SearchIndex.sameText([seat(1, "Kepala Desa", "Desa Tohe")], [seat(1, "Kepala Desa", "Desa Tohe", standIn: "Antonius Mau")]) == false)
        // A plain check-in (no stand-in) of an empty seat leaves the words as they were: the index is kept.
        var checkedIn = seat(1, "Kepala Desa", "Desa Tohe")
        checkedIn.attendance = Attendance(status: .hadir, standIn: "", standInJabatan: "", time: "2020-03-27T08:41:00+08:00", desk: "meja1")
        #expect(SearchIndex.sameText([seat(1, "Kepala Desa", "Desa Tohe")], [checkedIn]))
    }

    @Test func aSeatWithTensOfThousandsOfWordsIsIndexed() {
        // Name and unit each past 32,767 words: their sum once overflowed the entry's 16-bit counts and crashed.
        let many = (0..<40_000).map { "w\($0)" }.joined(separator: " ")
        let seat = Attendee(id: "x", row: 1, jabatan: "Kepala Desa", unit: "Desa " + many, kecamatan: many, name: many,
                            phone: "", kode: "", invited: true, attendance: nil)
        let index = SearchIndex([seat])
        #expect(index.search("w999").map(\.index) == [0])
        #expect(index.search("w39999").isEmpty)  // past the words indexed per field
    }

    @Test func asciiFastPathsAgreeWithTheCharacterPaths() {
        let pool = ["Drs.", "S.Sos", "Yohanes", "bau", "Fatuba'a", "`a", ",", ", ", " ", "\t", "-", "(Kades)", "12", "SE", "mm",
                    "Bpk", "Niki-Niki", "o'", ".", "H.", "A", "\r\n"]
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            #expect(SearchText.asciiWords(text) == SearchText.normalize(text).split(separator: " ").map(String.init), "\(text)")
            #expect(SearchText.nameWords(text) == SearchText.nameWordsByCharacters(text), "\(text)")
        }
        #expect(SearchText.asciiWords("Théresia") == nil)
    }

    func roster(_ entries: [(String, String, String, String)]) -> Session {
        var s = Session()
        s.attendees = Roster(entries.enumerated().map { i, e in
            Attendee(id: "a\(i)", row: i + 1, jabatan: e.1, unit: e.2, kecamatan: e.3, name: e.0, phone: "", kode: "",
                     invited: true, attendance: nil)
        })
        return s
    }

    var belu: Session {
        roster([
            ("Drs. Agustinus Mali Bere", "Camat", "Kecamatan Raihat", "Raihat"),
            ("Yohanes Bau", "Kepala Desa", "Desa Tohe Leten", "Raihat"),
            ("Arnoldus Seran", "Kepala Desa", "Desa Tohe", "Raihat"),
            ("Hendrikus Mau", "Kepala Desa", "Desa Fatuba'a", "Tasifeto Timur"),
            ("Johanes Andes Prihatin, SE, MM", "Kepala Dinas", "Dinas Kominfo", ""),
            ("Maria Goreti Luruk, S.E", "Camat", "Kecamatan Lasiolat", "Lasiolat"),
            ("Émanuel Mau", "Kepala Desa", "Desa Lasiolat", "Lasiolat"),
        ])
    }

    func names(_ query: String, _ s: Session? = nil) -> [String] {
        let session = s ?? belu
        return SearchIndex(session.attendees).search(query).map { session.attendees[$0.index].name }
    }

    @Test func normalises() {
        #expect(SearchText.normalize("Fatuba’a") == "fatubaa")
        #expect(SearchText.normalize("FATUBA'A") == "fatubaa")
        #expect(SearchText.normalize("Niki-Niki  Émile") == "niki niki emile")
        #expect(SearchText.nameWords("Drs. Johanes Andes Prihatin, SE, MM") == ["johanes", "andes", "prihatin"])
        #expect(SearchText.nameWords("Bapak Dominic Maly, S.Sos.") == ["dominic", "maly"])
        #expect(SearchText.queryWords("Ibu Maria") == ["maria"])
        #expect(SearchText.queryWords("dr") == ["dr"])
    }

    @Test func ignoresCaseDiacriticsApostrophesAndGelar() {
        #expect(names("fatuba'a") == ["Hendrikus Mau"])
        #expect(names("FATUBA’A") == ["Hendrikus Mau"])
        #expect(names("fatubaa") == ["Hendrikus Mau"])
        #expect(names("emanuel") == ["Émanuel Mau"])
        #expect(names("drs agustinus") == ["Drs. Agustinus Mali Bere"])
        #expect(names("bapak johanes") == ["Johanes Andes Prihatin, SE, MM"])
        #expect(names("mm").isEmpty)  // gelar are not part of the name
    }

    @Test func matchesTheStartOfAnyWord() {
        #expect(names("prih") == ["Johanes Andes Prihatin, SE, MM"])
        #expect(names("ihatin").isEmpty)
        #expect(names("kominfo") == ["Johanes Andes Prihatin, SE, MM"])
        #expect(names("tasif") == ["Hendrikus Mau"])
    }

    @Test func rowNumberMatches() {
        #expect(names("4").first == "Hendrikus Mau")
    }

    @Test func namesAndUnitsRankAboveJabatanAndKecamatan() {
        // "lasiolat" is the unit of two seats and the kecamatan of both: the whole-unit seats come first, in row order.
        #expect(names("lasiolat") == ["Maria Goreti Luruk, S.E", "Émanuel Mau"])
        // "mau": a name word for two, nothing else.
        #expect(names("mau") == ["Hendrikus Mau", "Émanuel Mau"])
        // "ra": Raihat is a unit (Kecamatan Raihat) for the camat, and only a kecamatan for the others.
        #expect(names("raihat").first == "Drs. Agustinus Mali Bere")
    }

    @Test func wholeNamePicksTheShortUnit() {
        let matches = SearchIndex(belu.attendees).search("tohe")
        #expect(matches.map { belu.attendees[$0.index].unit } == ["Desa Tohe", "Desa Tohe Leten"])
        #expect(matches.map(\.isExact) == [true, false])
    }

    @Test func resolverPicksTheOneNamedInFull() throws {
        #expect(try SeatResolver.resolve("tohe", in: belu).unit == "Desa Tohe")
        #expect(try SeatResolver.resolve("tohe leten", in: belu).unit == "Desa Tohe Leten")
        #expect(try SeatResolver.resolve("camat lasiolat", in: belu).unit == "Kecamatan Lasiolat")
        #expect(throws: AulaError.self) { try SeatResolver.resolve("toh", in: belu) }
        #expect(throws: AulaError.self) { try SeatResolver.resolve("lasiolat", in: belu) }
        #expect(throws: AulaError.self) { try SeatResolver.resolve("nobody", in: belu) }
        // The row number alone picks its row, even when other seats have words starting with the same digits.
        var numbered = belu
        numbered.attendees[0].unit = "Desa 11"
        #expect(try SeatResolver.resolve("1", in: numbered).row == 1)
    }

    /// Typing a desa's or kelurahan's name letter by letter: how many letters until its seat is first.
    @Test func beluVillagesComeFirstWithinFourLettersAtTheMedian() throws {
        let seats = try Wilayah(bytes: try wilayahData("wilayah-belu.csv"), file: "w").seats(under: "53.04")
        let session = Fold.session(from: RosterImport.plan(seats, into: Session()).changes.enumerated().map {
            Event(id: "e\($0.offset)", desk: "a", seq: $0.offset + 1, at: "2020-03-27T09:00:00+08:00", change: $0.element)
        })
        let index = SearchIndex(session.attendees)
        var letters: [Int] = []
        for attendee in session.attendees where attendee.jabatan != "Camat" {
            let name = SearchText.normalize(String(attendee.unit.split(separator: " ", maxSplits: 1)[1]))
            let needed = (1...name.count).first { n in
                index.search(String(name.prefix(n))).first.map { session.attendees[$0.index].id } == attendee.id
            } ?? Int.max
            letters.append(needed)
        }
        #expect(letters.count == 81)
        let median = letters.sorted()[letters.count / 2]
        #expect(median <= 4, "letters needed: \(letters.sorted())")
    }
}

@Suite struct TextTests {
    @Test func sanitizerStripsEscapesBidiAndZeroWidth() {
        #expect(TextSanitizer.line("A\u{1B}[2J\u{1B}]0;title\u{07}B\u{202E}C\u{200B}D\tE\nF") == "ABCD E F")
        #expect(TextSanitizer.multiline("satu\r\ndua\rtiga\u{1B}[1m\n\n") == "satu\ndua\ntiga")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("Tohe") == 4)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.clip("東京都", to: 5) == "東京")
        #expect(DisplayWidth.pad("東京都", to: 5) == "東京…")
        #expect(DisplayWidth.pad("東京都", to: 6) == "東京都")
        #expect(DisplayWidth.pad("Tohe", to: 6) == "Tohe  ")
    }

    @Test func clock() throws {
        let clock = try SessionClock(zoneIdentifier: "Asia/Makassar")
        #expect(clock.iso(Date(timeIntervalSince1970: 1_585_271_643)) == "2020-03-27T09:14:03+08:00")
        #expect(clock.abbreviation == "WITA")
        #expect(try SessionClock(zoneIdentifier: "Asia/Jakarta").abbreviation == "WIB")
        #expect(try SessionClock(zoneIdentifier: "Asia/Jayapura").abbreviation == "WIT")
        #expect(SessionClock.longDate("2020-03-27", lang: .id) == "Jumat, 27 Maret 2020")
        #expect(SessionClock.longDate("2020-03-27", lang: .en) == "Friday, 27 March 2020")
        #expect(SessionClock.epochSeconds(ofISO: "2020-03-27T09:14:03+08:00") == 1_585_271_643)
        #expect(SessionClock.epochSeconds(ofISO: "2020-03-27T01:14:03Z") == 1_585_271_643)
        #expect(SessionClock.epochSeconds(ofISO: "2020-03-27 09:14") == nil)
        #expect(try clock.instant(date: "2020-03-27", time: "08:55") == Date(timeIntervalSince1970: 1_585_270_500))
        #expect(clock.clockTime(ofISO: "2020-03-27T00:55:00Z") == "08:55")
        #expect(clock.clockTime(ofISO: "2020-03-26T16:05:59.999Z") == "00:05")
        #expect(clock.clockTime(ofISO: "2020-03-27T23:59:00+08:00") == "23:59")
        #expect(clock.clockTime(ofISO: "1969-12-31T15:30:00Z") == "23:30")
        #expect(try SessionClock(zoneIdentifier: "America/New_York").clockTime(ofISO: "2020-07-01T03:00:00Z") == "23:00")
        #expect(SessionClock.parseDate("2020-02-30") == nil)
        #expect(throws: AulaError.self) { try SessionClock(zoneIdentifier: "Mars/Olympus") }
    }
}
