import Foundation
import AulaTestSupport
import Testing
@testable import AulaCore

/// Fuzz and power-cut tests: no crash, no hang, only clear errors; a cut file keeps every whole line.
@Suite struct TortureTests {
    /// How many inputs each fuzzer tries (AULA_FUZZ_ITERATIONS raises it).
    static let iterations = Int(ProcessInfo.processInfo.environment["AULA_FUZZ_ITERATIONS"] ?? "") ?? 100_000

    static let seeds: [[UInt8]] = [
        Array(#"{"at":"2020-03-27T09:14:03.120+08:00","attendee":"w1","desk":"meja1","id":"a-1","seq":3,"status":"hadir","type":"checkIn","v":1}"#.utf8),
        Array(#"{"v":1,"id":"x","desk":"a","seq":1,"at":"2020-03-27T09:00:00+08:00","type":"session","title":"KIM \u00e9 \ud83d\ude00"}"#.utf8),
        Array(#"{"v":1,"id":"y","desk":"b","seq":2,"at":"2020-03-27T09:00:00Z","type":"material","sha256":"ab","item":"i","storedPath":"materials/ab.pdf","size":12}"#.utf8),
    ]

    static func mutate(_ input: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let choice = Int.random(in: 0..<5, using: &rng)
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch choice {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: position)
            case 2 where !bytes.isEmpty: bytes.remove(at: position)
            case 3: bytes.insert(contentsOf: [0x22, 0x5C, 0x7B, 0x7D, 0x2C, 0x3A, 0x0A, 0x3B].shuffled(using: &rng).prefix(3), at: position)
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }

    @Test func eventLineParserFuzz() {
        var rng = SeededGenerator(seed: 1)
        var accepted = 0, events = 0
        for i in 0..<Self.iterations {
            let input = Self.mutate(Self.seeds[i % Self.seeds.count], &rng)
            guard let fields = try? FlatJSON.parse(input) else { continue }
            accepted += 1
            // Whatever parses round-trips through the encoder.
            #expect((try? FlatJSON.parse(FlatJSON.encode(fields.dictionary)))?.dictionary == fields.dictionary)
            guard let event = try? Event(fields: fields) else { continue }
            events += 1
            // An event read from a mangled line writes a line that reads back as the same event, header checked.
            #expect((try? Event(fields: FlatJSON.parse(event.line))) == event)
            #expect(DeskID.isValid(event.desk) && event.seq >= 1 && event.stamp > 0)
        }
        #expect(accepted > Self.iterations / 100 && accepted < Self.iterations, "\(accepted) accepted")
        #expect(events > Self.iterations / 1000, "\(events) events")
    }

    @Test func rosterReaderFuzz() {
        let seeds = ["No;Nama;Jabatan;Instansi;Kecamatan;No HP\n1;\"Prihatin, Johanes\";Kades;Desa Fatuba'a;Raihat;0812\n",
                     "Name,Position,Unit\r\nAgnes,Camat,\"Kec\nRaihat\"\r\n", "DAFTAR\n\nNama\tJabatan\nA\tB\n",
                     "Nama;Jabatan\nAgnes\u{9B}31m\u{202E}Bere\u{3164};Kades\u{E0041}\u{200B}\u{1B}[2J\n"].map { Array($0.utf8) }
        var rng = SeededGenerator(seed: 2)
        var read = 0, refused = 0
        for i in 0..<Self.iterations {
            let input = Self.mutate(seeds[i % seeds.count], &rng)
            do {
                let table = try RosterTable(bytes: input, file: "f.csv")
                read += 1
                // A cell never holds more characters than the input had bytes (Windows-1252 makes one of each byte).
                #expect(table.rows.allSatisfy { $0.values.values.allSatisfy { $0.unicodeScalars.count <= input.count } })
                for row in table.rows {
                    // No C0 or C1 control, BiDi override or invisible character survives into a cell.
                    #expect(row.values.values.allSatisfy { !$0.unicodeScalars.contains { TextSanitizerTests.needsCleaning($0.value) } })
                }
            } catch let error as AulaError {
                refused += 1
                #expect(error.en.hasPrefix("f.csv"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(read > Self.iterations / 10 && refused > 0, "\(read) read, \(refused) refused")
    }

    @Test func workbookXMLFuzz() throws {
        let sheet = Array("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Jabatan</t></is></c><c r="C1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>Agnes &amp; </t></r><r><t>Bere_x001B_[2J</t></r></is></c>\
            <c r="B2" t="str"><f>X</f><v>Kades</v></c><c r="C2" s="1"><v>81234567890</v></c></row><row r="3"/>\
            <!-- c --><row><c><v>43917.5</v></c><c t="inlineStr"><is><t><![CDATA[<Camat>]]></t></is></c></row></sheetData></worksheet>
            """.utf8)
        let strings = Array("<sst><si><t>Nama</t></si><si><r><t>No</t></r><r><t> HP</t></r><rPh><t>x</t></rPh></si></sst>".utf8)
        var rng = SeededGenerator(seed: 4)
        var read = 0, refused = 0
        for i in 0..<Self.iterations {
            do {
                let shared = try XLSXReader.sharedStrings(i % 4 == 0 ? Self.mutate(strings, &rng) : strings, file: "u.xlsx")
                let reader = SheetReader(file: "u.xlsx", sheet: "S", strings: shared, styles: CellStyles(), date1904: false)
                let records = try reader.records(Self.mutate(sheet, &rng))
                read += 1
                #expect(records.allSatisfy { $0.line >= 1 && $0.fields.count <= XLSXReader.mostColumns })
                if let table = try? RosterTable(records: records, file: "u.xlsx", origin: .workbook(sheet: "S")) {
                    #expect(table.rows.allSatisfy { $0.values.values.allSatisfy { !$0.unicodeScalars.contains { TextSanitizerTests.needsCleaning($0.value) } } })
                }
            } catch let error as AulaError {
                refused += 1
                #expect(error.en.hasPrefix("u.xlsx"), "\(error.en)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(read > Self.iterations / 10 && refused > Self.iterations / 100, "\(read) read, \(refused) refused")
    }

    @Test func odsContentFuzz() throws {
        let content = Array("""
            <office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>            <table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>Nama</text:p>            </table:table-cell><table:table-cell table:number-columns-repeated="3"><text:p>Jabatan<text:s text:c="2"/>x</text:p>            </table:table-cell></table:table-row><table:table-row table:number-rows-repeated="4"><table:table-cell             office:value-type="float" office:value="81234567890"><text:p>8</text:p></table:table-cell><table:covered-table-cell/>            <table:table-cell office:value-type="date" office:date-value="2020-03-27T09:30:00"><text:p>d</text:p></table:table-cell>            </table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
            """.utf8)
        var rng = SeededGenerator(seed: 6)
        var read = 0, refused = 0
        for _ in 0..<Self.iterations {
            do {
                let sheet = try ODSReader.sheet(content: Self.mutate(content, &rng), file: "u.ods", named: nil)
                read += 1
                #expect(sheet.records.allSatisfy { $0.line >= 1 && $0.fields.count <= XLSXReader.mostColumns })
                #expect(sheet.records.count <= XLSXReader.mostRows)
            } catch let error as AulaError {
                refused += 1
                #expect(error.en.hasPrefix("u.ods"), "\(error.en)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(read > Self.iterations / 10 && refused > Self.iterations / 100, "\(read) read, \(refused) refused")
    }

    @Test func workbookFileFuzz() throws {
        let rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Agnes</t></is></c></row>"
        let book = try XLSXReaderTests.workbook([("S", rows, false)])
        var rng = SeededGenerator(seed: 5)
        var read = 0, refused = 0
        for _ in 0..<(Self.iterations / 10) {
            do {
                let table = try RosterTable(workbook: Self.mutate(book, &rng), file: "u.xlsx")
                read += 1
                // What is read is the sheet's rows, cleaned: never more than it holds, no control character in a cell.
                #expect(table.rows.count <= 1, "\(table.rows.count) rows from a sheet of one")
                #expect(table.rows.allSatisfy { $0.values.values.allSatisfy { !$0.unicodeScalars.contains { TextSanitizerTests.needsCleaning($0.value) } } })
                #expect(table.origin == .workbook(sheet: "S"))
            } catch let error as AulaError {
                refused += 1
                #expect(error.en.hasPrefix("u.xlsx"), "\(error.en)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        // Both outcomes were met: damaged files read as far as they hold, and files refused with their name.
        #expect(read > 0 && refused > 0, "\(read) read, \(refused) refused")
    }

    @Test func wilayahReaderFuzz() {
        let seed = Array("kode,nama,tingkat\n53.04,Kabupaten Belu,kabupaten\n53.04.03,Raihat,kecamatan\n53.04.03.2002,Tohe,desa\n".utf8)
        var rng = SeededGenerator(seed: 3)
        var seatLists = 0, refused = 0
        for _ in 0..<Self.iterations {
            let input = Self.mutate(seed, &rng)
            let wilayah: Wilayah
            do {
                wilayah = try Wilayah(bytes: input, file: "w.csv")
            } catch let error as AulaError {
                refused += 1
                #expect(error.en.hasPrefix("w.csv"), "\(error.en)")
                continue
            } catch {
                Issue.record("unexpected error \(error)")
                continue
            }
            for region in wilayah.regions {
                #expect(Wilayah.dotted(region.kode) == region.kode && !region.nama.isEmpty)
                #expect(!region.nama.unicodeScalars.contains { TextSanitizerTests.needsCleaning($0.value) })
            }
            guard let seats = try? wilayah.seats(under: "53.04") else { continue }
            seatLists += 1
            let codes = seats.map { $0.fields[.kode] ?? "" }
            #expect(codes == codes.sorted() && codes.allSatisfy { $0.hasPrefix("53.04.") })
            for seat in seats {
                let kode = seat.fields[.kode] ?? ""
                let kecamatan = wilayah.regions.first { $0.kode == kode.split(separator: ".").prefix(3).joined(separator: ".") }
                #expect(["Camat", "Kepala Desa", "Lurah"].contains(seat.fields[.jabatan] ?? ""))
                #expect((seat.fields[.kecamatan] ?? "") == (kecamatan?.nama ?? ""), "\(kode)")
            }
        }
        // Both kinds of input were met: lists that make seats, and files refused with their name.
        #expect(seatLists > Self.iterations / 100 && refused > Self.iterations / 100, "\(seatLists) seat lists, \(refused) refused")
    }

    @Test func searchNormaliserFuzz() {
        var rng = SeededGenerator(seed: 4)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "'", "’", "-", ".", ",", " ", "é", "\u{301}", "東", "\u{1B}", "\u{202E}",
                                          "\u{200B}", "0", "9", "\u{0}", "ß", "İ", "\u{10FFFF}"]
        let index = SearchIndex([Attendee(id: "a", row: 1, jabatan: "Kepala Desa", unit: "Desa Fatuba'a", kecamatan: "Tasifeto Timur",
                                          name: "Drs. Hendrikus Mau, S.Sos", phone: "", kode: "", invited: true, attendance: nil)])
        for _ in 0..<Self.iterations {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &rng) { text.append(alphabet.randomElement(using: &rng)!) }
            let normalized = SearchText.normalize(String(text))
            #expect(!normalized.hasPrefix(" ") && !normalized.hasSuffix(" "))
            _ = index.search(String(text))
        }
    }

    /// Desk files cut at every byte of their last two lines, and at random places before: another desk or a reader
    /// opening never fails on the cut, keeps every whole line and leaves the file as it is; the owning desk's own
    /// reopen sets the torn tail aside, says so, and appends after the last whole line.
    @Test func powerCutAtEveryByte() throws {
        let dir = TestFolder()
        do {
            let folder = try SessionFolder.create(url: dir.path("asli.aula"), desk: "meja1", details: [.title: "KIM", .date: "2020-03-27"])
            for i in 1...30 { try folder.append([seat("s\(i)", unit: "Desa \(i) Fatuba’a 東京"), checkIn("s\(i)")]) }
        }
        let original = try Data(contentsOf: dir.path("asli.aula/desk-meja1.jsonl"))
        let newlines = original.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        let lastTwo = newlines[newlines.count - 3] + 1
        var rng = SeededGenerator(seed: 5)
        let offsets = Array(lastTwo...original.count) + (0..<40).map { _ in Int.random(in: 1..<lastTwo, using: &rng) }
        var setAside = 0
        for (n, cut) in offsets.enumerated() {
            let folder = dir.path("cut\(n).aula")
            let file = folder.appendingPathComponent("desk-meja1.jsonl")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try original.prefix(cut).write(to: file)
            let wholeLines = newlines.filter { $0 < cut }.count
            let opened = try SessionFolder(url: folder, desk: "pemeriksa", writable: false)
            #expect(opened.events.count == wholeLines, "cut at \(cut)")
            #expect(opened.warnings.isEmpty, "cut at \(cut)")
            #expect(try Data(contentsOf: file) == original.prefix(cut), "cut at \(cut)")
            let lastWhole = newlines.last { $0 < cut }.map { $0 + 1 } ?? 0
            let torn = cut > lastWhole
            let owner = try SessionFolder(url: folder, desk: "meja1", writable: true)
            #expect(owner.warnings.count == (torn ? 1 : 0), "cut at \(cut)")
            if torn {
                setAside += 1
                let aside = try Data(contentsOf: folder.appendingPathComponent("desk-meja1.jsonl.torn"))
                #expect(aside.dropLast() == original.prefix(cut).suffix(from: lastWhole), "cut at \(cut)")
            }
            if wholeLines > 0 {
                try owner.append([.note(id: "n", item: "i", text: "sesudah")])
                #expect(try SessionFolder(url: folder, desk: "x", writable: false).events.count == wholeLines + 1, "cut at \(cut)")
            }
        }
        // Every cut but the ones on a line's end left a tail to set aside.
        #expect(setAside == offsets.count - offsets.filter { $0 == 0 || original[$0 - 1] == 0x0A }.count)
        #expect(setAside > 100)
    }
}
