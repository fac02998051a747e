import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AulaCore

/// Golden papers for a fixed session: diwakili, izin, a walk-in, wide characters, apostrophes, an escape code.
@Suite struct PaperTests {
    static var session: Session {
        var events: [Event] = []
        func add(_ change: Change, _ time: String) {
            events.append(Event(id: "e\(events.count)", desk: "meja1", seq: events.count + 1,
                                at: "2020-03-27T\(time):00+08:00", change: change))
        }
        add(.session([.title: "Sosialisasi Pembentukan KIM", .date: "2020-03-27", .start: "09:00",
                      .venue: "Aula Kantor Bupati Belu Lt. I", .organizer: "Dinas Kominfo Kabupaten Belu",
                      .chair: "Johanes Andes Prihatin, SE, MM", .notulis: "Dominic Maly, S.Sos",
                      .letterhead: "PEMERINTAH KABUPATEN BELU\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Basuki Rahmat, Atambua",
                      .place: "Atambua", .conclusion: "KIM dibentuk di setiap desa paling lambat Juni 2020."]), "07:00")
        let seats: [(String, String, String, String, String)] = [
            ("k1", "Johanes Andes Prihatin, SE, MM", "Kepala Dinas", "Dinas Kominfo", ""),
            ("c1", "Yosefina Dahu, S.Sos", "Camat", "Kecamatan Raihat", "Raihat"),
            ("d1", "Yohanes Bau", "Kepala Desa", "Desa Tohe", "Raihat"),
            ("d2", "", "Kepala Desa", "Desa Tohe Leten", "Raihat"),
            ("d3", "Hendrikus Mau Tasi", "Kepala Desa", "Desa Fatuba'a", "Tasifeto Timur"),
            ("d4", "王小明 \u{1B}[31mWang", "Kepala Desa", "Desa Sadi", "Tasifeto Timur"),
        ]
        for (id, name, jabatan, unit, kecamatan) in seats {
            add(.attendee(id: id, fields: [.name: name, .jabatan: jabatan, .unit: unit, .kecamatan: kecamatan, .phone: "081237019846"],
                          invited: true), "07:01")
        }
        add(.attendee(id: "w1", fields: [.name: "Oa Bere", .jabatan: "Wartawan", .unit: "TIMORline.com"], invited: false), "08:40")
        add(.checkIn(attendee: "w1", status: .hadir, standIn: "", standInJabatan: "", time: ""), "08:40")
        add(.checkIn(attendee: "d1", status: .hadir, standIn: "", standInJabatan: "", time: ""), "08:41")
        add(.checkIn(attendee: "c1", status: .diwakili, standIn: "Maria Bete", standInJabatan: "Sekcam", time: ""), "08:52")
        add(.checkIn(attendee: "d3", status: .izin, standIn: "", standInJabatan: "", time: ""), "08:55")
        add(.agenda(id: "i1", fields: [.title: "Pembukaan", .plannedStart: "09:00", .minutes: "15", .speaker: "Kadis Kominfo"]), "07:02")
        add(.agenda(id: "i2", fields: [.title: "Materi: Mekanisme Pembentukan KIM", .minutes: "45",
                                       .speaker: "Johanes Andes Prihatin, SE, MM"]), "07:02")
        add(.agenda(id: "i1", fields: [.start: "2020-03-27T09:03:00+08:00"]), "09:03")
        add(.agenda(id: "i1", fields: [.end: "2020-03-27T09:20:00+08:00"]), "09:20")
        add(.agenda(id: "i2", fields: [.start: "2020-03-27T09:20:00+08:00"]), "09:20")
        add(.material(Material(sha256: "ab", item: "i2", title: "Paparan KIM", fileName: "paparan-kim.pdf",
                               storedPath: "materials/ab.pdf", size: 2048)), "09:21")
        add(.note(id: "n1", item: "i2", text: "KIM adalah lembaga layanan publik dari, oleh dan untuk masyarakat.\n\nPeran KIM: memperlancar arus informasi."), "09:40")
        add(.question(id: "q1", item: "i2", askerId: "d1", asker: "Yohanes Bau (Kepala Desa Tohe)",
                      text: "Apakah KIM boleh dibiayai Dana Desa?", answer: "Boleh, melalui APBDes."), "10:00")
        add(.agenda(id: "i2", fields: [.end: "2020-03-27T10:05:00+08:00"]), "10:05")
        return Fold.session(from: events)
    }

    func golden(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["AULA_UPDATE_SNAPSHOTS"] == "1" {
            try! Data(bytes).write(to: file)
            return
        }
        let expected = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
        #expect(expected == bytes, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    /// Every paper (the bukti potong is data for e-Bupot only, in Excel or CSV).
    @Test(arguments: Paper.Kind.allCases.filter { $0 != .buktiPotong }, [PaperRequest.Format.text, .markdown, .json])
    func everyPaperInEveryFormat(kind: Paper.Kind, format: PaperRequest.Format) throws {
        let papers = [PaperBuilder(session: Self.session, lang: .id).paper(kind)]
        let ext = format == .markdown ? "md" : format == .text ? "txt" : "json"
        golden(try PaperRequest.render(papers, format: format, lang: .id), "\(kind.rawValue).\(ext)")
    }

    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/templates")
    }

    @Test func htmlFromTheBundledTemplates() throws {
        let builder = PaperBuilder(session: Self.session, lang: .id, includePhone: true)
        let papers = PaperRequest.papers(.all, builder: builder)
        let bytes = try PaperRequest.render(papers, format: .html, lang: .id, templates: Self.templates)
        golden(bytes, "all.html")
        let html = String(decoding: bytes, as: UTF8.self)
        // Well-formed (a strict XML parser reads it), one table row per seat, values escaped, phones masked.
        let document = try XMLDocument(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        let rows = try document.nodes(forXPath: "//table[@class='grid daftar-hadir']/tbody/tr")
        #expect(rows.count == Self.session.attendees.count * 2)  // the daftar hadir and the laporan's attachment
        #expect(html.contains("0812****9846"))
        #expect(!html.contains("081237019846"))
        #expect(!html.contains("\u{1B}"))
    }

    @Test func hostileTextNeverReachesAPaper() throws {
        let hostile = "\u{1B}[2J\u{1B}]0;judul\u{07}\u{9B}31m\u{202E}\u{2066}\u{200B}\u{FEFF}\u{AD}\u{0008}"
        var events: [Event] = []
        func add(_ change: Change) {
            events.append(Event(id: "e\(events.count)", desk: "meja1", seq: events.count + 1, at: "2020-03-27T09:00:00+08:00",
                                change: change))
        }
        add(.session([.title: "Sosialisasi" + hostile, .date: "2020-03-27", .start: "09:00", .venue: "Aula" + hostile,
                      .organizer: "Kominfo", .letterhead: "PEMERINTAH" + hostile, .conclusion: "Selesai" + hostile]))
        add(.attendee(id: "a", fields: [.name: "Agnes" + hostile + "Bere", .jabatan: "Camat" + hostile, .unit: "Kec" + hostile,
                                        .kecamatan: "Raihat" + hostile, .phone: "0812" + hostile + "3456789"], invited: true))
        add(.checkIn(attendee: "a", status: .diwakili, standIn: "Maria" + hostile, standInJabatan: "Sekcam" + hostile, time: ""))
        add(.agenda(id: "i1", fields: [.title: "Pembukaan" + hostile, .speaker: "Kadis" + hostile]))
        add(.note(id: "n1", item: "i1", text: "Catatan" + hostile + "\nbaris dua"))
        add(.question(id: "q1", item: "i1", askerId: "a", asker: "Agnes" + hostile, text: "Tanya" + hostile, answer: "Jawab" + hostile))
        // PDF is checked from the binary with poppler's tools (PDFTests).
        for format in PaperRequest.Format.allCases where format != .pdf {
            let builder = PaperBuilder(session: Fold.session(from: events), lang: .id, format: format)
            for selection in format.isTable ? [PaperRequest.Selection.daftarHadir, .rekap] : [.all] {
                let bytes = try PaperRequest.render(PaperRequest.papers(selection, builder: builder), format: format, lang: .id,
                                                templates: Self.templates)
                // A workbook is a zip: its cells are read back.
                let text = format == .xlsx
                    ? try XLSXReader.sheet(bytes: bytes, file: "x.xlsx").records.map { $0.fields.joined(separator: ",") }.joined(separator: "\n")
                    : String(decoding: bytes, as: UTF8.self)
                let leaks = text.unicodeScalars.filter { s in
                    let v = s.value
                    return (v < 0x20 && v != 0x0A && v != 0x0C && v != 0x0D) || (0x7F...0x9F).contains(v)
                        || TextSanitizer.isInvisible(v)
                }.map { String($0.value, radix: 16) }
                // The CSV starts with a byte-order mark, which is there on purpose (Excel reads UTF-8 by it).
                #expect(leaks.filter { $0 != "feff" || format != .csv }.isEmpty, "\(format) \(selection): \(leaks)")
                // The rekap's CSV lists kecamatan, not names.
                #expect(text.contains(selection == .rekap ? "Raihat," : "AgnesBere"), "\(format) \(selection)")
            }
        }
    }

    @Test func htmlRowsAreEscaped() {
        let table = Paper.Table(headers: ["No", "Nama"], rightAligned: [true, false],
                                rows: [["1", #"<script>alert("x")</script> & O'Neil"#]], rowPadding: 0)
        #expect(HTMLPaper.TableRows.rows(table, kind: .rekap) == #"<tr><td class="right">1</td><td class="left">"#
                + "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; O&#39;Neil</td></tr>\n")
    }

    @Test func htmlTemplatesCanBeAnOfficesOwn() throws {
        let dir = TestFolder()
        _ = dir.write("document.mustache", "<h1>{{#papers}}{{title}};{{/papers}}</h1>{{> style}}")
        _ = dir.write("style.mustache", "<!-- kop sendiri -->")
        let papers = [PaperBuilder(session: Self.session, lang: .id).paper(.rekap)]
        #expect(String(decoding: try PaperRequest.render(papers, format: .html, lang: .id, templates: dir.url), as: UTF8.self)
                == "<h1>REKAP KEHADIRAN;</h1><!-- kop sendiri -->")
        _ = dir.write("document.mustache", "{{#papers}}")
        #expect(throws: AulaError.self) { try PaperRequest.render(papers, format: .html, lang: .id, templates: dir.url) }
    }

    @Test func phonesAreMaskedUnlessAskedFor() {
        let masked = PaperBuilder(session: Self.session, lang: .id)
        #expect(masked.phone("0812-3701-9846") == "0812****9846")
        #expect(masked.phone("12345") == "***45")
        #expect(PaperBuilder(session: Self.session, lang: .id, showPhone: true).phone("081237019846") == "081237019846")
        // An international +62 number is written the Indonesian way, so a spreadsheet needs no apostrophe before it.
        let shown = PaperBuilder(session: Self.session, lang: .id, showPhone: true)
        #expect(shown.phone("+62 812-3701-9846") == "0812-3701-9846")
        #expect(shown.phone("+6281237019846") == "081237019846")
        #expect(masked.phone("+6281237019846") == "0812****9846")
        #expect(CSVPaper.line([shown.phone("+6281237019846"), "+61 2 5550 1234"], ";") == "081237019846;'+61 2 5550 1234\r\n")
    }

    @Test func csvForTheTables() throws {
        let builder = PaperBuilder(session: Self.session, lang: .id)
        golden(try PaperRequest.render([builder.paper(.daftarHadir)], format: .csv, lang: .id), "daftar-hadir.csv")
        golden(try PaperRequest.render([builder.paper(.rekap)], format: .csv, lang: .id, delimiter: ";"), "rekap-semicolon.csv")
        #expect(throws: AulaError.self) { try PaperRequest.render([builder.paper(.notulen)], format: .csv, lang: .id) }
    }

    @Test func blankFormAndEnglish() throws {
        golden(try PaperRequest.render([PaperBuilder(session: Self.session, lang: .id, blankForm: true).paper(.daftarHadir)],
                                   format: .text, lang: .id), "daftar-hadir-blank.txt")
        golden(try PaperRequest.render(PaperRequest.papers(.laporan, builder: PaperBuilder(session: Self.session, lang: .en)),
                                   format: .text, lang: .en), "laporan-en.txt")
    }

    @Test func textPagesFitThePrinter() throws {
        var session = Self.session
        for i in 1...150 {
            session.attendees.append(Attendee(id: "x\(i)", row: session.attendees.count + 1, jabatan: "Kepala Desa",
                                              unit: "Desa Dengan Nama Yang Sangat Panjang Sekali \(i)", kecamatan: "Raimanuk",
                                              name: "Peserta Nomor \(i) 東京", phone: "", kode: "", invited: true, attendance: nil))
        }
        let text = String(decoding: try TextPaper.bytes(PaperRequest.papers(.all, builder: PaperBuilder(session: session, lang: .id)), lang: .id), as: UTF8.self)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count > 10)
        for (index, page) in pages.enumerated() {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count <= TextPaper.pageLines + 1)
            #expect(page.contains("Halaman \(index + 1) dari \(pages.count)"))
            for line in lines { #expect(DisplayWidth.of(String(line)) <= 80, "too wide: \(line)") }
        }
        // The daftar hadir's header comes back on every page it continues onto.
        let continued = pages.filter { $0.contains("|Peserta ") }
        #expect(continued.count > 3)
        #expect(continued.allSatisfy { $0.contains("|No |Nama") })
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    }

    /// A check-in typed years after the day (the demo is dated 2020) once drew a bar for every quarter hour in
    /// between: a 35 MB laporan. Only the session's day is drawn, and a day never makes more than 24 bars.
    @Test func arrivalsOnAnotherDayAreCountedNotDrawn() throws {
        var session = Self.session
        let late = session.attendees.firstIndex { $0.id == "d3" }!
        session.attendees[late].attendance = Attendance(status: .hadir, standIn: "", standInJabatan: "", time: "2026-12-04T07:05:00+08:00", desk: "meja1")
        let blocks = PaperBuilder(session: session, lang: .id).arrivalBlocks()
        guard case .chart(let chart) = blocks.first else { Issue.record("no chart: \(blocks)"); return }
        #expect(chart.title == "Kedatangan peserta per 15 menit (WITA)")
        #expect(chart.bars.map(\.label) == ["08.30–08.45", "08.45–09.00"])
        #expect(chart.bars.map(\.value) == [2, 1])
        #expect(blocks.dropFirst() == [.paragraph("1 kedatangan tercatat di luar tanggal kegiatan dan tidak digambarkan pada grafik.")])

        session.attendees[late].attendance = Attendance(status: .hadir, standIn: "", standInJabatan: "", time: "2020-03-27T17:40:00+08:00", desk: "meja1")
        guard case .chart(let wide)? = PaperBuilder(session: session, lang: .id).arrivalBlocks().first else {
            Issue.record("no chart"); return
        }
        #expect(wide.title == "Kedatangan peserta per 30 menit (WITA)")
        #expect(wide.bars.count == 19 && wide.bars.first?.label == "08.30–09.00" && wide.bars.last?.label == "17.30–18.00")
        #expect(wide.bars.map(\.value).reduce(0, +) == 4)
    }
}

/// The roster as CSV for a mail merge or a spreadsheet.
@Suite struct RosterCSVTests {
    @Test func anInternationalIndonesianPhoneIsWrittenTheOfficesWayWithoutAnApostrophe() {
        let session = Fold.session(from: [
            Event(id: "e1", desk: "a", seq: 1, at: "2020-03-27T08:00:00+08:00",
                  change: .attendee(id: "s1", fields: [.jabatan: "Kepala Desa", .unit: "Desa Tohe", .name: "Yohanes Bau",
                                                       .phone: "+62 812-3701-9846"], invited: true)),
            Event(id: "e2", desk: "a", seq: 2, at: "2020-03-27T08:00:01+08:00",
                  change: .attendee(id: "s2", fields: [.jabatan: "Tamu", .name: "John", .phone: "+61 2 5550 1234"], invited: true)),
        ])
        let text = String(decoding: RosterExport.csv(session, lang: .id, delimiter: ";"), as: UTF8.self)
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines[1].contains(";0812-3701-9846;"), "\(lines[1])")
        // Another country's number keeps its +, behind the apostrophe that stops a formula.
        #expect(lines[2].contains(";'+61 2 5550 1234;"), "\(lines[2])")
    }
}

/// Narrative fields (dasar, kesimpulan, saran) keep the lines they were typed in.
@Suite struct NarrativeTests {
    @Test func eachTypedLineStaysItsOwnLineNumberedOrNot() {
        let builder = PaperBuilder(session: Session(), lang: .id)
        #expect(builder.narrative("KIM dibentuk di 12 desa.\nAnggaran dari Dana Desa.")
                == [.paragraph("KIM dibentuk di 12 desa."), .paragraph("Anggaran dari Dana Desa.")])
        #expect(builder.narrative("1. UU 14/2008\n2. Permenkominfo 8/2019") == [.list(["1. UU 14/2008", "2. Permenkominfo 8/2019"])])
        #expect(builder.narrative("") == [.blank(lines: 3)])
    }
}
