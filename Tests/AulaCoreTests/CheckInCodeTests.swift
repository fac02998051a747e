import Foundation
import Testing
@testable import AulaCore

@Suite struct CheckInCodeTests {
    static let session: Session = {
        var s = Session()
        s.id = "6bc9bd5b-465f-46ac-a48a-a780cafce890"
        s.title = "Sosialisasi KIM"
        s.date = "2020-03-27"
        s.attendees = Roster((1...60).map { row in
            Attendee(id: "s\(row)", row: row, jabatan: "Kepala Desa", unit: "Desa \(row)", kecamatan: "Raihat", name: "Orang \(row)",
                     phone: "", kode: "", invited: true, attendance: nil)
        })
        return s
    }()

    @Test func codesAreShortPlainAndStable() {
        let code = CheckInCode(session: Self.session, row: 22).text
        #expect(code == "RME1-0022-9")
        #expect(CheckInCode(session: Self.session, row: 123_456_789).text.count <= 16)
        #expect(CheckInCode(session: Self.session, row: 123_456_789).text.allSatisfy { $0.isUppercase || $0.isASCIIDigit || $0 == "-" })
        #expect(CheckInCode.read(code) == .valid(CheckInCode(tag: "RME1", row: 22)))
        #expect(CheckInCode.read(" rme1-0022-9 ") == .valid(CheckInCode(tag: "RME1", row: 22)))
        #expect(CheckInCode.read("RMEI-0022-9") == .valid(CheckInCode(tag: "RME1", row: 22)))  // I read as 1
        #expect(CheckInCode.read("yohanes bau") == .notACode)
        #expect(CheckInCode.read("22") == .notACode)
        #expect(CheckInCode.read("RME1-00A2-9") == .notACode)
    }

    @Test func everySingleMistakeAndSwapOfNeighboursIsCaught() {
        for row in [1, 22, 40, 1234, 99_999] {
            let code = Array(CheckInCode(session: Self.session, row: row).text)
            for position in code.indices where code[position] != "-" {
                let choices: [Character] = position >= 5 && position < code.count - 2 ? Array("0123456789") : CheckInCode.alphabet
                for replacement in choices where replacement != code[position] {
                    var typo = code
                    typo[position] = replacement
                    #expect(CheckInCode.read(String(typo)) == .badCheck, "\(String(typo))")
                }
                if position + 1 < code.count, code[position + 1] != "-", code[position + 1] != code[position] {
                    var swapped = code
                    swapped.swapAt(position, position + 1)
                    #expect(CheckInCode.read(String(swapped)) != .valid(CheckInCode(tag: "RME1", row: row)), "\(String(swapped))")
                }
            }
        }
    }

    @Test func aCodeNamesItsSeatOrSaysWhyNot() throws {
        let s = Self.session
        #expect(try CheckInCode.seat("RME1-0022-9", in: s)?.id == "s22")
        #expect(try CheckInCode.seat("Orang 22", in: s) == nil)
        var other = s
        other.id = "another-session"
        let foreign = CheckInCode(session: other, row: 22).text
        #expect(throws: AulaError(id: "Kode \(foreign) milik kegiatan lain, bukan kegiatan ini.",
                                  en: "Code \(foreign) belongs to another session, not this one.")) {
            try CheckInCode.seat(foreign, in: s)
        }
        let missing = CheckInCode(session: s, row: 61).text
        #expect(throws: AulaError(id: "Kode \(missing): tidak ada peserta nomor 61.", en: "Code \(missing): there is no attendee number 61.")) {
            try CheckInCode.seat(missing, in: s)
        }
        #expect(throws: AulaError(id: "Kode RME1-0022-8 salah baca atau salah ketik (karakter periksa tidak cocok). Pindai lagi.",
                                  en: "Code RME1-0022-8 was misread or mistyped (its check character does not match). Scan again.")) {
            try CheckInCode.seat("RME1-0022-8", in: s)
        }
    }

    @Test func aScanMarksHadirOnceAndThenSaysSince() throws {
        var s = Self.session
        s.timeZone = "Asia/Makassar"
        let now = Date(timeIntervalSince1970: 1_585_269_660)  // 2020-03-27 08:41 WITA
        guard case .record(let seat, let outcome)? = try ScanCheckIn.scan("RME1-0022-9", in: s, now: now, lang: .id) else {
            Issue.record("not recorded")
            return
        }
        #expect(seat.id == "s22")
        #expect(outcome.changes == [.checkIn(attendee: "s22", status: .hadir, standIn: "", standInJabatan: "", time: "")])
        #expect(outcome.message == "22. Orang 22 — Kepala Desa 22: hadir 08:41 WITA")
        s.attendees[21].attendance = Attendance(status: .hadir, standIn: "", standInJabatan: "", time: "2020-03-27T08:41:00+08:00", desk: "meja1")
        #expect(try ScanCheckIn.scan("RME1-0022-9", in: s, now: now, lang: .id)
                == .alreadyPresent(s.attendees[21], message: "Kepala Desa 22 (Orang 22) sudah hadir sejak 08:41 (meja1)"))
        #expect(try ScanCheckIn.scan("orang 22", in: s, now: now, lang: .id) == nil)
    }
}
