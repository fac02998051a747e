import Foundation
import Testing
@testable import AulaCore

@Suite struct RosterTableTests {
    func table(_ text: String) throws -> RosterTable {
        try RosterTable(bytes: Array(text.utf8), file: "undangan.csv")
    }

    func refusal(_ bytes: [UInt8]) -> String {
        do {
            _ = try RosterTable(bytes: bytes, file: "undangan.csv")
            return "accepted"
        } catch let error as AulaError {
            return error.en
        } catch {
            return "\(error)"
        }
    }

    @Test func commaFileWithEnglishHeaders() throws {
        let t = try table("No,Name,Position,Unit,District,Phone\n1,Yohanes Bau,Kepala Desa,Desa Tohe,Raihat,0812\n")
        #expect(t.origin == .csv(encoding: .utf8, delimiter: ","))
        #expect(t.rows == [RosterTable.Row(line: 2, values: [.number: "1", .name: "Yohanes Bau", .jabatan: "Kepala Desa",
                                                             .unit: "Desa Tohe", .kecamatan: "Raihat", .phone: "0812"])])
    }

    @Test func semicolonFileWithTitleLinesAboveTheHeader() throws {
        let t = try table("DAFTAR UNDANGAN;;\nRapat KIM;;\n\nNo.;Nama Lengkap;Jabatan;Desa/Kelurahan;Kec.;No. HP\n1;Maria Luruk;Camat;Kecamatan Raihat;Raihat;\n")
        #expect(t.origin == .csv(encoding: .utf8, delimiter: ";"))
        #expect(t.rows.count == 1)
        #expect(t.rows[0].line == 5)
        #expect(t.rows[0][.unit] == "Kecamatan Raihat")
        #expect(t.rows[0][.kecamatan] == "Raihat")
    }

    @Test func bomAndCRLF() throws {
        let t = try RosterTable(bytes: [0xEF, 0xBB, 0xBF] + Array("Nama;Jabatan\r\nAgnes Dau;Kepala Desa\r\nPetrus;Camat\r\n".utf8),
                                file: "x.csv")
        #expect(t.origin == .csv(encoding: .utf8, delimiter: ";"))
        #expect(t.rows.map { $0[.name] } == ["Agnes Dau", "Petrus"])
        #expect(t.rows.map(\.line) == [2, 3])
    }

    @Test func windows1252FromExcel() throws {
        // "Fatuba’a" with the curly apostrophe as byte 0x92, and "José" with é as 0xE9.
        let bytes: [UInt8] = Array("Nama;Instansi\nJos".utf8) + [0xE9] + Array(";Desa Fatuba".utf8) + [0x92] + Array("a\n".utf8)
        let t = try RosterTable(bytes: bytes, file: "x.csv")
        #expect(t.origin == .csv(encoding: .windows1252, delimiter: ";"))
        #expect(t.rows[0][.name] == "José")
        #expect(t.rows[0][.unit] == "Desa Fatuba’a")
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let t = try table("Nama,Jabatan,Instansi\n\"Prihatin, Johanes, SE, MM\",\"Kepala \"\"Dinas\"\"\",\"Dinas\nKominfo\"\nAgnes,Kades,Sadi\n")
        #expect(t.rows[0][.name] == "Prihatin, Johanes, SE, MM")
        #expect(t.rows[0][.jabatan] == "Kepala \"Dinas\"")
        #expect(t.rows[0][.unit] == "Dinas Kominfo")  // a line break inside a cell becomes a space
        #expect(t.rows[1].line == 4)                  // the quoted break counts as a line
    }

    @Test func escapeCodesInCellsNeverSurvive() throws {
        let t = try table("Nama,Jabatan\n\u{1B}[31mMerah\u{1B}[0m\u{202E}x\u{200B},Camat\n")
        #expect(t.rows[0][.name] == "Merahx")
    }

    @Test func rowsWithOnlyANumberAreSkipped() throws {
        let t = try table("No;Nama;Jabatan\n1;Agnes;Kades\n2;;\n3;;\n")
        #expect(t.rows.count == 1)
    }

    @Test func trailingEmptyCellsBeyondTheHeaderAreFine() throws {
        #expect(try table("Nama;Jabatan\nAgnes;Kades;;;\n").rows.count == 1)
    }

    @Test func refusesAFileWithoutNameOrJabatan() {
        #expect(refusal(Array("Kolom A,Kolom B\n1,2\n".utf8))
                == "undangan.csv: no header row with a Name or Jabatan column in the first 20 rows. Add column headers, for example: No,Name,Position,Unit,District,Phone.")
    }

    @Test func refusesEmptyAndHeaderOnlyFiles() {
        #expect(refusal([]) == "undangan.csv: the file is empty.")
        #expect(refusal(Array(" \n\r\n".utf8)) == "undangan.csv: the file is empty.")
        #expect(refusal(Array("Nama;Jabatan\n".utf8)) == "undangan.csv: only a header row, no attendees.")
    }

    @Test func refusesBinaryJunk() {
        let xlsx: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        #expect(refusal(xlsx) == "undangan.csv: not a CSV text file (zero byte at offset 5). Is it an .xlsx file? Save it as CSV.")
        #expect(refusal([0xFF, 0xFE, 0x4E, 0x00]).contains("UTF-16"))
        #expect(refusal(Array("Nama\n".utf8) + [0x81, 0x0A]).contains("neither UTF-8 nor Windows-1252 (byte 0x81)"))
    }

    @Test func refusesATenMegabyteCellNamingLineAndColumn() {
        let bytes = Array("Nama;Jabatan\nAgnes;Kades\n".utf8) + Array(repeating: UInt8(ascii: "A"), count: 10_000_000)
            + Array(";Camat\n".utf8)
        #expect(refusal(bytes) == "undangan.csv line 3: the \"Nama\" cell holds 10000000 characters; at most 500 fit. "
                + "Is a closing quote (\") missing?")
        // A single 10 MB line with no header at all is refused for that.
        #expect(refusal(Array(repeating: UInt8(ascii: "x"), count: 10_000_000)).hasPrefix("undangan.csv: no header row"))
    }

    @Test func refusesARowWithTooManyFieldsNamingTheLine() {
        #expect(refusal(Array("Nama;Jabatan\nAgnes;Kades\nPrihatin; Johanes;Kadis\n".utf8))
                == "undangan.csv line 3: 3 fields, but the header has only 2. An extra delimiter (;) or an unquoted comma in a name?")
    }

    @Test func refusesAnUnclosedQuoteNamingWhereItOpened() {
        #expect(refusal(Array("Nama,Jabatan\nAgnes,Kades\n\"Petrus,Camat\nYosef,Kades\n".utf8))
                == "undangan.csv line 3: a quote (\") opens here but is never closed.")
    }

    @Test func refusesTextAfterAClosingQuote() {
        #expect(refusal(Array("Nama,Jabatan\n\"Agnes\" Dau,Kades\n".utf8)).hasPrefix("undangan.csv line 2: text after a closing quote"))
    }

    @Test func refusesARowWithoutNameOrJabatan() {
        #expect(refusal(Array("Nama;Jabatan;Instansi\n;;Desa Sadi\n".utf8))
                == "undangan.csv line 2: neither a name nor a jabatan. Fill one in or delete the row.")
    }

    @Test func refusesTwoColumnsMeaningTheSame() {
        #expect(refusal(Array("Nama;Name\nA;B\n".utf8)).hasPrefix("undangan.csv line 1: column \"Name\" and column 1 both mean name."))
    }
}

@Suite struct RosterImportTests {
    @Test func importingTwiceAddsNobodyTwice() throws {
        let table = try RosterTable(bytes: Array("Nama;Jabatan;Instansi\nAgnes;Kades;Desa Sadi\nPetrus;Camat;Kecamatan Raihat\nagnes;KADES;desa sadi\n".utf8), file: "x")
        let first = RosterImport.plan(RosterImport.entries(from: table), into: Session())
        #expect((first.added, first.updated, first.unchanged) == (2, 0, 1))
        let session = Fold.session(from: first.changes.enumerated().map {
            Event(id: "e\($0.offset)", desk: "a", seq: $0.offset + 1, at: "2020-03-27T09:00:00+08:00", change: $0.element)
        })
        let second = RosterImport.plan(RosterImport.entries(from: table), into: session)
        #expect(second.changes.isEmpty)
        #expect((second.added, second.updated, second.unchanged) == (0, 0, 3))
    }

    @Test func aRowWithAKnownKodeFillsInThatSeat() throws {
        let seats = [RosterImport.Entry([.jabatan: "Kepala Desa", .unit: "Desa Tohe", .kecamatan: "Raihat", .kode: "53.04.03.2002"])]
        let first = RosterImport.plan(seats, into: Session())
        let session = Fold.session(from: [Event(id: "1", desk: "a", seq: 1, at: "2020-03-27T09:00:00+08:00", change: first.changes[0])])
        let names = [RosterImport.Entry([.name: "Yohanes Bau", .jabatan: "Kepala Desa", .kode: "53.04.03.2002", .phone: "0812"])]
        let plan = RosterImport.plan(names, into: session)
        #expect(plan.changes == [.attendee(id: seats[0].id, fields: [.name: "Yohanes Bau", .phone: "0812"], invited: nil)])
        #expect((plan.added, plan.updated) == (0, 1))
    }
}
