import Foundation
import Testing
import ZIPFoundation
@testable import AulaCore

/// Workbooks put together part by part, as Excel, LibreOffice, Google Sheets and odd generators write them.
@Suite struct XLSXReaderTests {
    static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// A zip of the given parts.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    /// A workbook whose sheets are `sheets` (name, sheet XML body inside <sheetData>, hidden), with shared strings and styles.
    static func workbook(_ sheets: [(String, String, Bool)], strings: [String] = [], styles: String? = nil) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = []
        var list = ""
        var rels = ""
        for (index, sheet) in sheets.enumerated() {
            list += "<sheet name=\"\(sheet.0)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"" + (sheet.2 ? " state=\"hidden\"" : "") + "/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml",
                          Array("<?xml version=\"1.0\"?><worksheet \(main)><sheetData>\(sheet.1)</sheetData></worksheet>".utf8)))
        }
        parts.append(("xl/workbook.xml", Array("<workbook \(main)><sheets>\(list)</sheets></workbook>".utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array("<Relationships>\(rels)</Relationships>".utf8)))
        if !strings.isEmpty {
            parts.append(("xl/sharedStrings.xml", Array("<sst \(main)>\(strings.joined())</sst>".utf8)))
        }
        if let styles { parts.append(("xl/styles.xml", Array("<styleSheet \(main)>\(styles)</styleSheet>".utf8))) }
        return try zip(parts)
    }

    func refusal(_ bytes: [UInt8], sheet: String? = nil, limit: Int = XLSXReader.partLimit) -> String {
        do {
            _ = try XLSXReader.sheet(bytes: bytes, file: "undangan.xlsx", named: sheet, partLimit: limit)
            return "accepted"
        } catch let error as AulaError {
            return error.id
        } catch {
            return "\(error)"
        }
    }

    @Test func sharedRichAndInlineStringsNumbersDatesAndTimes() throws {
        let strings = ["<si><t>Nama</t></si>", "<si><r><t>Simon </t></r><r><rPr><b/></rPr><t>Bere</t></r><rPh><t>シモン</t></rPh></si>",
                       "<si><t>A&amp;B &#x41;_x001B_[31m</t></si>"]
        let styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"20\"/></cellXfs>"
        let rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Jabatan</t></is></c></row>
            <row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3"><v>81234567890</v></c><c r="D3" s="1"><v>43917</v></c>\
            <c r="E3" s="2"><v>0.3625</v></c><c r="F3"><v>1.98503302010011E+17</v></c><c r="G3" t="b"><v>1</v></c>\
            <c r="H3" t="s"><v>2</v></c><c r="I3"><v>2.5</v></c><c r="J3" t="str"><f>A3</f><v>x</v></c></row>
            <row r="4"/>
            """
        let sheet = try XLSXReader.sheet(bytes: try Self.workbook([("Undangan", rows, false)], strings: strings, styles: styles),
                                         file: "u.xlsx")
        #expect(sheet.name == "Undangan")
        #expect(sheet.records == [
            CSVReader.Record(line: 1, fields: ["Nama", "Jabatan"]),
            CSVReader.Record(line: 3, fields: ["Simon Bere", "", "81234567890", "2020-03-27", "08:42", "1.98503302010011E+17",
                                               "TRUE", "A&B A\u{1B}[31m", "2.5", "x"]),
        ])
    }

    @Test func theFirstVisibleSheetUnlessOneIsNamed() throws {
        let book = try Self.workbook([("Rahasia", "<row><c t=\"inlineStr\"><is><t>hidden</t></is></c></row>", true),
                                      ("Daftar", "<row><c t=\"inlineStr\"><is><t>shown</t></is></c></row>", false)])
        #expect(try XLSXReader.sheet(bytes: book, file: "u.xlsx").records[0].fields == ["shown"])
        #expect(try XLSXReader.sheet(bytes: book, file: "u.xlsx", named: "rahasia").records[0].fields == ["hidden"])
        #expect(refusal(book, sheet: "Sheet9") == "undangan.xlsx: tidak ada lembar \"Sheet9\". Lembar yang ada: \"Rahasia\", \"Daftar\".")
    }

    @Test func aRosterFromAWorkbookNamesCellsInItsComplaints() throws {
        let rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>DAFTAR UNDANGAN RAPAT KIM</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>Nama</t></is></c><c r="B2" t="inlineStr"><is><t>NIP</t></is></c>\
            <c r="C2" t="inlineStr"><is><t>No HP</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Agnes</t></is></c><c r="B3"><v>1.98503302010011E+17</v></c><c r="C3"><v>81234567890</v></c></row>
            <row r="4"><c r="B4" t="inlineStr"><is><t>198503302010011002</t></is></c></row>
            """
        do {
            _ = try RosterTable(workbook: try Self.workbook([("Sheet1", rows, false)]), file: "u.xlsx")
            Issue.record("accepted a row without name or jabatan")
        } catch let error as AulaError {
            #expect(error.id == "u.xlsx Sheet1 baris 4: tidak ada nama maupun jabatan. Isi salah satunya atau hapus baris itu.")
        }
        let good = rows.replacingOccurrences(of: "<row r=\"4\"><c r=\"B4\"", with: "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Paulus</t></is></c><c r=\"B4\"")
        let table = try RosterTable(workbook: try Self.workbook([("Sheet1", good, false)]), file: "u.xlsx")
        #expect(table.rows.map { [$0[.name], $0[.nip], $0[.phone]] } == [["Agnes", "", "081234567890"], ["Paulus", "198503302010011002", ""]])
        #expect(table.warnings.map(\.id) == ["u.xlsx Sheet1!B3: NIP 1.98503302010011E+17 sudah kehilangan angka belakangnya (Excel hanya "
                                             + "menyimpan 15 angka); NIP tidak diimpor. Ketik NIP sebagai teks (format sel Teks, atau awali dengan ')."])
        #expect(table.origin == .workbook(sheet: "Sheet1"))
    }

    /// A LibreOffice spreadsheet whose `content.xml` holds `tables` (name, rows XML).
    static func ods(_ tables: [(String, String)]) throws -> [UInt8] {
        let body = tables.map { "<table:table table:name=\"\($0.0)\">\($0.1)</table:table>" }.joined()
        let content = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\">"
            + "<office:body><office:spreadsheet>\(body)</office:spreadsheet></office:body></office:document-content>"
        return try zip([("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Array(content.utf8))])
    }

    @Test func aLibreOfficeSpreadsheetAsLibreOfficeWritesIt() throws {
        func cell(_ text: String, _ extra: String = "") -> String {
            "<table:table-cell office:value-type=\"string\"\(extra)><text:p>\(text)</text:p></table:table-cell>"
        }
        let rows = "<table:table-row>" + cell("Nama") + cell("Jabatan") + cell("NIP") + cell("No HP") + cell("Tanggal")
            + "<table:table-cell table:number-columns-repeated=\"1019\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
            + "<table:table-row>" + cell("Yohanes<text:s text:c=\"2\"/>Bau") + cell("Kepala Desa")
            + "<table:table-cell office:value-type=\"float\" office:value=\"1.98503302010011E+17\"><text:p>198503302010011000</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"81237019846\"><text:p>81,237,019,846</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2020-03-27\"><text:p>27/03/20</text:p></table:table-cell>"
            + "</table:table-row>"
            + "<table:table-row>" + cell("Agnes", " table:number-columns-repeated=\"2\"") + "<table:covered-table-cell/>"
            + cell("a</text:p><text:p>b") + "</table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
        let book = try Self.ods([("Sampul", cell("x")), ("Undangan", rows)])
        let sheet = try XLSXReader.sheet(bytes: book, file: "undangan.ods", named: "undangan")
        #expect(sheet.name == "Undangan")
        #expect(sheet.records == [
            CSVReader.Record(line: 1, fields: ["Nama", "Jabatan", "NIP", "No HP", "Tanggal"]),
            CSVReader.Record(line: 5, fields: ["Yohanes  Bau", "Kepala Desa", "1.98503302010011E+17", "81237019846", "2020-03-27"]),
            CSVReader.Record(line: 6, fields: ["Agnes", "Agnes", "", "a\nb"]),
        ])
        #expect(try XLSXReader.sheet(bytes: book, file: "undangan.ods").name == "Sampul")
        #expect(refusal(book, sheet: "Sheet9") == "undangan.xlsx: tidak ada lembar \"Sheet9\". Lembar yang ada: \"Sampul\", \"Undangan\".")
        do {
            _ = try XLSXReader.sheet(bytes: try Self.ods([("S", "<table:table-row><table:table-cell>")]), file: "undangan.ods")
            Issue.record("a broken content.xml was read")
        } catch let error as AulaError {
            #expect(error.id.hasPrefix("undangan.ods: berkas .ods rusak (XML content.xml pada bita "), "\(error.id)")
        }
    }

    @Test func aLibreOfficeSheetThatExpandsBeyondBoundsIsRefusedSmall() throws {
        // 153 KB of <text:s text:c="1000"/> would make one cell 7.6 million spaces.
        let spaces = String(repeating: "<text:s text:c=\"1000\"/>", count: 7_600)
        let wide = try Self.ods([("S", "<table:table-row><table:table-cell><text:p>a\(spaces)</text:p></table:table-cell></table:table-row>")])
        #expect(refusal(wide).contains("a cell holds more than 32767 characters"), "\(refusal(wide))")
        // A 30,000-character cell across 256 columns and 200,000 rows: 1.5 TB if built, refused by the count.
        let long = String(repeating: "x", count: 30_000)
        let tall = try Self.ods([("S", "<table:table-row table:number-rows-repeated=\"200000\"><table:table-cell "
            + "table:number-columns-repeated=\"256\"><text:p>\(long)</text:p></table:table-cell></table:table-row>")])
        #expect(refusal(tall) == "undangan.xlsx: lembar S berulang menjadi lebih dari 4 juta sel atau 64 MB teks (sampai baris "
            + "200000); daftar undangan sebesar itu tidak dibaca.")
        // Many short cells repeated: refused by the cell count, not read into memory.
        let many = try Self.ods([("S", "<table:table-row table:number-rows-repeated=\"100000\"><table:table-cell "
            + "table:number-columns-repeated=\"100\"><text:p>1</text:p></table:table-cell></table:table-row>")])
        #expect(refusal(many).contains("lebih dari 4 juta sel"), "\(refusal(many))")
    }

    @Test func refusesWhatIsNotAWorkbookSayingWhat() throws {
        #expect(refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).hasPrefix("undangan.xlsx: berkas ini terkunci sandi atau berformat .xls lama."))
        #expect(refusal(Array("Nama,Jabatan\n".utf8)) == "undangan.xlsx: bukan berkas .xlsx (isinya bukan arsip zip).")
        let book = try Self.workbook([("S", "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>", false)])
        #expect(refusal(Array(book.prefix(book.count / 2))) == "undangan.xlsx: berkas .xlsx rusak (arsip zip rusak atau terpotong).")
        #expect(refusal(try Self.zip([("word/document.xml", Array("<w/>".utf8))]))
                == "undangan.xlsx: arsip zip ini bukan buku kerja Excel (tidak ada xl/workbook.xml).")
    }

    @Test func refusesEntitiesFormulasWithoutValuesAndBrokenXML() throws {
        let laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"
        let offset = "<?xml version=\"1.0\"?><worksheet \(Self.main)><sheetData>".utf8.count
        #expect(refusal(try Self.workbook([("S", laughs, false)]))
                == "undangan.xlsx: berkas .xlsx rusak (XML lembar S pada bita \(offset): DOCTYPE or entity declarations are not accepted).")
        #expect(refusal(try Self.workbook([("S", "<row r=\"7\"><c r=\"C7\"><f>SUM(A1:A2)</f></c></row>", false)]))
                == "undangan.xlsx S!C7: rumus tanpa nilai tersimpan. Buka berkas di Excel atau LibreOffice lalu simpan lagi, agar nilainya dihitung.")
        #expect(refusal(try Self.workbook([("S", "<row><c r=\"A1\" t=\"s\"><v>5</v></c></row>", false)]))
                == "undangan.xlsx: berkas .xlsx rusak (S!A1 menunjuk teks bersama nomor 5 yang tidak ada).")
        #expect(refusal(try Self.workbook([("S", "<row><c r=\"A1\"><v>12abc</v></c></row>", false)]))
                == "undangan.xlsx: berkas .xlsx rusak (S!A1 berisi angka \"12abc\" yang tidak sah).")
        #expect(refusal(try Self.workbook([("S", "<row><c r=\"A1\" t=\"inlineStr\"><is><t>&unknown;</t></is></c></row>", false)]))
                .hasSuffix("unknown entity &unknown;)."))
        #expect(refusal(try Self.workbook([("S", "<row><c r=\"A1\" t=\"inlineStr\"><is><t>cut", false)])).hasPrefix("undangan.xlsx: berkas .xlsx rusak (XML lembar S"))
    }

    @Test func aZipBombIsStoppedAtTheLimitWhateverItsHeadersSay() throws {
        let zeros = [UInt8](repeating: 0x20, count: 3 * 1024 * 1024)
        let book = try Self.workbook([("S", "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>", false)])
        var parts: [(String, [UInt8])] = []
        let archive = try Archive(data: Data(book), accessMode: .read)
        for entry in archive {
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes += $0 }
            parts.append((entry.path, entry.path.hasSuffix("sheet1.xml") ? Array(bytes.dropLast(27)) + zeros + Array(bytes.suffix(27)) : bytes))
        }
        var bomb = try Self.zip(parts)
        #expect(bomb.count < 40_000)
        let message = "undangan.xlsx: berkas .xlsx rusak (xl/worksheets/sheet1.xml mengembang lebih dari 1 MB; bukan daftar undangan (bom zip?))."
        #expect(refusal(bomb, limit: 1024 * 1024) == message)
        // The same bomb lying in its headers that the sheet is 100 bytes: stopped while inflating.
        for signature: [UInt8] in [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x01, 0x02]] {
            let sizeOffset = signature[2] == 3 ? 22 : 24
            var index = 0
            while index + 30 < bomb.count {
                if Array(bomb[index..<index + 4]) == signature {
                    let size = Int(bomb[index + sizeOffset]) | Int(bomb[index + sizeOffset + 1]) << 8 | Int(bomb[index + sizeOffset + 2]) << 16
                    if size > 1024 * 1024 { bomb.replaceSubrange((index + sizeOffset)..<(index + sizeOffset + 4), with: [100, 0, 0, 0]) }
                }
                index += 1
            }
        }
        #expect(refusal(bomb, limit: 1024 * 1024) == message)
    }

    @Test func aMillionRowsAreRefusedAfterTheRosterLimit() throws {
        var rows = ""
        rows.reserveCapacity(8_000_000)
        for row in 1...(XLSXReader.mostRows + 1) { rows += "<row r=\"\(row)\"><c><v>1</v></c></row>" }
        #expect(refusal(try Self.workbook([("Besar", rows, false)]))
                == "undangan.xlsx: lembar Besar berisi lebih dari 200000 baris terisi (sampai baris 200001); ini bukan daftar undangan. Hapus baris yang tidak dipakai.")
    }

    @Test func cellReferencesAndNumbers() {
        #expect(CellNumber.plain(.infinity) == "" && CellNumber.plain(-.nan) == "")  // a damaged file's "8e99999"
        #expect(CellReference("C14") == CellReference(column: 2, row: 14))
        #expect(CellReference("$AB$3") == CellReference(column: 27, row: 3))
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("14C") == nil)
        #expect(CellReference(column: 16_383, row: 1).name == "XFD1")
        #expect(CellNumber.plain(81234567890) == "81234567890")
        #expect(CellNumber.plain(198503302010011002) == "1.98503302010011E+17")
        #expect(CellNumber.plain(-2.5) == "-2.5")
        #expect(CellNumber.civilDate(days: 43917, date1904: false) == "2020-03-27")
        #expect(CellNumber.civilDate(days: 42455, date1904: true) == "2020-03-27")
        // Excel's 1900 system, around the 29 February 1900 it counts.
        #expect([1, 59, 60, 61].map { CellNumber.civilDate(days: $0, date1904: false) }
                == ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"])
        #expect(CellStyles.shown(format: 164, code: "[$-421]dddd, d mmmm yyyy") == .date)
        #expect(CellStyles.shown(format: 164, code: "0.00\" kg\"") == .plain)
        #expect(CellStyles.shown(format: 164, code: "hh:mm") == .time)
    }
}
