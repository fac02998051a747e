import AulaCore
import Foundation
import Testing

/// Workbooks against LibreOffice: office lists that LibreOffice makes from CSV are imported, and every workbook Aula
/// writes is opened by LibreOffice (formulas recalculated) and its cells compared with what Aula meant.
/// One suite at a time: LibreOffice runs one instance per profile.
@Suite(.serialized) struct ExcelTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    var office: LibreOffice { LibreOffice(work: work) }
    func soffice(_ arguments: [String]) throws { try office.run(arguments) }
    func cells(_ workbook: String) throws -> [[String]] { try office.cells(workbook) }

    /// The rows of a CSV paper or list as Aula writes it (BOM dropped).
    func csvRows(_ text: String) throws -> [[String]] {
        let body = String(text.drop { $0 == "\u{FEFF}" })
        return try CSVReader.records(body, delimiter: CSVReader.detectDelimiter(body), file: "aula.csv").map(\.fields)
    }

    /// The same list saved by LibreOffice as Excel (.xlsx) and as its own spreadsheet (.ods).
    @Test(arguments: ["xlsx", "ods"]) func anOfficeListMadeByLibreOfficeFillsTheSeatsWithNIPsAndPhonesExact(format: String) throws {
        try aula.ok("new", "kim", "--title", "Sosialisasi KIM", "--date", "2020-03-27", "--venue", "Aula", "--organizer", "Kominfo")
        try aula.ok("roster", "seats", "kim", "--kode", "53.04")
        // A title row merged over the table as offices type it, an empty row, NIP typed as text (column 7), phones as
        // numbers (LibreOffice drops their leading 0).
        let list = """
            DAFTAR UNDANGAN RAPAT KOORDINASI KIM,,,,,,
            ,,,,,,
            No,Nama,Jabatan,Desa/Kelurahan,Kecamatan,No HP,NIP
            1,Simon Petrus Bere,Kepala Desa,Ds. Silawan,Tasifeto Timur,081234567890,198503302010011002
            2,Yohanes Bau,Kepala Desa,Desa Tohe,Raihat,81237019846,

            3,"Prihatin, Johanes, SE, MM",Kepala Dinas,Dinas Kominfo,,081339000111,197001011990031005

            """
        _ = work.write("undangan.csv", Array(list.utf8))
        try soffice(["--infilter=CSV:44,34,76,1,1/1/2/2/3/2/4/2/5/2/6/1/7/2", "--convert-to", format, "--outdir", work.path("lo"),
                     work.path("undangan.csv")])
        let out = try aula.ok("roster", "import", "kim", work.path("lo/undangan.\(format)"))
        #expect(out.hasPrefix("1 ditambahkan, 2 diperbarui, 0 sudah ada (lembar undangan)"))
        let again = try aula.ok("roster", "import", "kim", work.path("lo/undangan.\(format)"))
        #expect(again.hasPrefix("0 ditambahkan, 0 diperbarui, 3 sudah ada"))
        let session = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "r", writable: false).session
        let silawan = try #require(session.attendees.first { $0.kode == "53.04.02.2001" })
        #expect((silawan.name, silawan.unit, silawan.phone, silawan.nip)
                == ("Simon Petrus Bere", "Desa Silawan", "081234567890", "198503302010011002"))
        let tohe = try #require(session.attendees.first { $0.kode == "53.04.03.2002" })
        #expect((tohe.name, tohe.phone) == ("Yohanes Bau", "081237019846"))
        #expect(session.attendees.count == 94)
        #expect(session.attendees.last?.nip == "197001011990031005")
    }

    @Test func aBrokenOrEncryptedWorkbookWritesNothingAndSaysWhy() throws {
        try aula.ok("demo", "kim")
        let log = work.path("kim.aula/desk-meja1.jsonl")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        try aula.ok("roster", "export", "kim", "--output", work.path("roster.xlsx"))
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: work.path("roster.xlsx"))))
        let cut = work.write("cut.xlsx", Array(whole.prefix(whole.count - 200)))
        let locked = work.write("locked.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        for (file, message) in [(cut, "\(cut): berkas .xlsx rusak (arsip zip rusak atau terpotong)."),
                                (locked, "\(locked): berkas ini terkunci sandi atau berformat .xls lama.")] {
            let run = try aula.run("roster", "import", "kim", file)
            #expect(run.status != 0)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        let wrongSheet = try aula.run("roster", "import", "kim", work.path("roster.xlsx"), "--sheet", "Sheet9")
        #expect(wrongSheet.stderr.contains("tidak ada lembar \"Sheet9\". Lembar yang ada: \"Daftar Undangan\"."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    }

    @Test func aNIPExcelTurnedIntoANumberIsNamedByItsCell() throws {
        try aula.ok("new", "kim", "--title", "Sosialisasi KIM", "--date", "2020-03-27", "--venue", "Aula", "--organizer", "Kominfo")
        _ = work.write("nip.csv", Array("Nama,Jabatan,NIP\nAgnes Dau,Kepala Bidang,198503302010011002\n".utf8))
        try soffice(["--convert-to", "xlsx", "--outdir", work.path("lo"), work.path("nip.csv")])
        let out = try aula.ok("roster", "import", "kim", work.path("lo/nip.xlsx"))
        #expect(out.contains("Perhatian: \(work.path("lo/nip.xlsx")) nip!C2: NIP 1.98503302010011E+17 sudah kehilangan angka"))
        let session = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "r", writable: false).session
        #expect(session.attendees.map(\.nip) == [""])
    }

    @Test func theDaftarHadirAndRekapWorkbooksHoldWhatThePapersSayWithFormulasRecalculated() throws {
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe", "--at", "08:41")
        try aula.ok("checkin", "kim", "camat raihat", "--status", "diwakili", "--by", "Maria Bete", "--at", "08:47")
        try aula.ok("checkin", "kim", "lamaknen", "--at", "09:02")
        for document in ["daftar-hadir", "rekap"] {
            let written = try aula.ok("summary", "kim", "--document", document, "--format", "xlsx")
            #expect(written == work.path("kim.aula/exports/\(document).xlsx") + "\n")
            let sheet = try cells(work.path("kim.aula/exports/\(document).xlsx"))
            let paper = try csvRows(try aula.ok("summary", "kim", "--document", document, "--format", "csv"))
            let header = try #require(sheet.firstIndex(of: paper[0]), "\(document): no header row \(paper[0])")
            #expect(sheet[0] == [document == "rekap" ? "REKAP KEHADIRAN" : "DAFTAR HADIR"])
            for (index, row) in paper.enumerated().dropFirst() {
                var expected = row
                // The CSV leaves the signature column empty; the workbook numbers it as the paper does.
                if document == "daftar-hadir" { expected[expected.count - 1] = row[0] + "." }
                // The paper writes times as 08.41; the workbook holds them as times, which the spreadsheet shows 08:41.
                expected = expected.map(ClockText.fromPaper)
                var got = sheet[header + index]
                if document == "daftar-hadir" && got.count < expected.count { got += Array(repeating: "", count: expected.count - got.count) }
                #expect(got == expected, "\(document) row \(index)")
            }
        }
    }

    @Test func theRosterGoesToExcelAndComesBackResavedByLibreOfficeAddingNobody() throws {
        try aula.ok("demo", "kim")
        try aula.ok("roster", "add", "kim", "--name", "Antonius Mau", "--jabatan", "Warga", "--phone", "081234567890")
        let nip = work.write("nip.csv", Array("Nama,Jabatan,Desa,NIP,Pangkat/Golongan\nSimon Petrus Bere,Kepala Desa,Ds. Silawan,198503302010011002,Penata (III/c)\n".utf8))
        #expect(try aula.ok("roster", "import", "kim", nip).hasPrefix("0 ditambahkan, 1 diperbarui"))
        try aula.ok("roster", "export", "kim", "--output", work.path("roster.xlsx"))
        let sheet = try cells(work.path("roster.xlsx"))
        #expect(sheet.contains { $0.contains("198503302010011002") && $0.contains("081339225861") && $0.contains("Penata (III/c)") })
        let list = try csvRows(try aula.ok("roster", "export", "kim", "--format", "csv"))
        #expect(Array(sheet.suffix(list.count)) == list.map { row in
            var row = row
            while row.last == "" { row.removeLast() }
            return row
        })
        // The office corrects it in LibreOffice and saves it: the same seats come back.
        try soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work.path("resaved"), work.path("roster.xlsx")])
        let out = try aula.ok("roster", "import", "kim", work.path("resaved/roster.xlsx"))
        #expect(out.hasPrefix("0 ditambahkan, 0 diperbarui, 41 sudah ada"))
        #expect(list.contains { $0.contains("081234567890") })
    }
}
