import AulaCore
import Foundation
import Testing

/// The daftar penerimaan and the berkas SPJ read back with the tools that read them: every format's totals equal
/// the sum of its rows; the berkas has every paper's pages and an outline entry per paper.
@Suite(.serialized) struct MoneyPapersTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    func session() throws {
        try aula.ok("demo", "kim")
        for seat in ["tohe", "camat raihat", "sadi", "kewar", "lamaknen"] { try aula.ok("checkin", "kim", seat) }
        try aula.ok("checkin", "kim", "fatuba", "--status", "diwakili", "--by", "Antonius Mau")
        try aula.ok("checkin", "kim", "silawan", "--status", "izin")
        try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Kepala Desa", "--amount", "150000")
        try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Camat", "--amount", "250000")
        try aula.ok("pay", "rate", "kim", "honor", "--item", "3", "--amount", "900001", "--hours", "2", "--golongan", "IV/b")
        try aula.ok("pay", "rate", "kim", "honor", "--item", "2", "--amount", "700000")
    }

    /// Every rupiah amount in `text`, in order.
    func amounts(_ text: String) -> [Int] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == ";" || $0 == "\"" }).compactMap { word in
            word.hasPrefix("Rp") ? Rupiah.parse(String(word)) : nil
        }
    }

    @Test func theBudgetLineHeadsTheListAndTheTerbilangSaysWhichAmount() throws {
        try session()
        try aula.ok("set", "kim", "tahun-anggaran", "2020")
        try aula.ok("set", "kim", "sub-kegiatan", "2.16.03.1.01.05 Pengelolaan Informasi Publik")
        try aula.ok("set", "kim", "kode-rekening", "5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas")
        #expect(try aula.run("set", "kim", "tahun-anggaran", "20").stderr.contains("Tahun anggaran: empat angka"))
        #expect(try aula.run("set", "kim", "terbilang", "semua").stderr.contains("Terbilang: netto (jumlah diterima) atau bruto"))
        try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--format", "pdf", "--output", work.path("h.pdf"))
        let flat = try runTool("pdftotext", [work.path("h.pdf"), "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Tahun Anggaran : 2020"), "\(flat)")
        #expect(flat.contains("Sub Kegiatan : 2.16.03.1.01.05 Pengelolaan Informasi Publik"))
        #expect(flat.contains("Kode Rekening : 5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas"))
        #expect(flat.contains("Nomor DPA : ........................"))
        // A kind may be booked to its own kode rekening, set with its rate; the others keep the session's.
        try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Kepala Desa", "--amount", "150000",
                    "--kode-rekening", "5.1.02.04.01.0003 Belanja Perjalanan Dinas Dalam Daerah")
        let transport = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "transport").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(transport.contains("Kode Rekening : 5.1.02.04.01.0003 Belanja Perjalanan Dinas Dalam Daerah"))
        let honor = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--width", "132")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(honor.contains("Kode Rekening : 5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas"))
        // Netto by default (1,800,002 - 270,000 + 700,000 - 21,000 without NPWP), bruto when the office says so.
        #expect(flat.contains("Terbilang (jumlah diterima): " + Rupiah.words(1_800_002 - 270_000 + 700_000 - 21_000)))
        try aula.ok("set", "kim", "terbilang", "bruto")
        let gross = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor").split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(gross.contains("Terbilang (jumlah bruto): " + Rupiah.words(1_800_002 + 700_000)))
    }

    @Test func theBerkasIsOneWorkbookWithASheetPerPaper() throws {
        try session()
        try aula.ok("summary", "kim", "--document", "berkas", "--format", "xlsx", "--output", work.path("berkas.xlsx"))
        let book = try runTool("unzip", ["-p", work.path("berkas.xlsx"), "xl/workbook.xml"])
        let names = book.components(separatedBy: "<sheet name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // In filing order: cover, letter, its lampiran, daftar hadir, each list, a kuitansi per honorarium, the Rekap
        // PPh 21, notulen, laporan and its attachment, the list of materials.
        #expect(names.count == 13, "\(names)")
        #expect(names.contains("Rekap Pemotongan Pph Pasal 21") && names.last == "Daftar Materi", "\(names)")
        #expect(names.contains("Kuitansi") && names.contains("Kuitansi (2)"))
        #expect(names.first == "Berkas Surat Pertanggungjawaban" && names.contains("Lampiran Daftar Undangan") && names.contains("Daftar Hadir"))
        #expect(names.contains("Uang Transport") && names.contains("Honorarium Narasumber"))
        #expect(names.contains("Notulen Rapat") && names.contains("Laporan Kegiatan") && names.contains("Lampiran Daftar Hadir"))
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        // The Jam column holds times, as a spreadsheet sums and sorts them (the paper writes 08.52).
        let sheet = try runTool("unzip", ["-p", work.path("berkas.xlsx"), "xl/worksheets/sheet4.xml"])
        #expect(sheet.contains(" s=\"\(Workbook.Look.time.rawValue)\""), "no time cell in the daftar hadir")
    }

    @Test func peopleSignTheirOwnListAndEachHonorariumHasItsKuitansi() throws {
        try session()
        try aula.ok("person", "add", "kim", "--role", "narasumber", "--name", "Dr. Dominikus Bere, S.Sos., M.Si.", "--golongan", "IV/a",
                    "--nip", "197505052000031008", "--jabatan", "Kepala Bidang PMD", "--instansi", "DPMD Belu")
        try aula.ok("person", "add", "kim", "--role", "moderator", "--name", "Maria Luruk", "--npwp", "98.765.432.1-012.000")
        #expect(try aula.run("person", "add", "kim", "--name", "X", "--nik", "123").stderr.contains("NIK terdiri atas 16 angka"))
        try aula.ok("pay", "rate", "kim", "honor", "--item", "3", "--person", "Dominikus", "--amount", "3000000", "--hours", "2")
        try aula.ok("pay", "rate", "kim", "honor", "--item", "5", "--person", "maria", "--amount", "500000")
        // With a 20-character NPWP the honorarium list cannot keep a 14-character signature column at 80 columns: refused,
        // pointing to 132 columns, PDF and xlsx; at 132 every line fits and the NPWP is whole.
        let narrow = try aula.run("summary", "kim", "--document", "penerimaan", "--kind", "honor")
        #expect(narrow.status != 0 && narrow.stderr.contains("--width 132") && narrow.stderr.contains("--format pdf"))
        let wide = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--width", "132")
        #expect(wide.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 132 } && wide.contains("98.765.432.1-012.000"))
        // The people are not invitees: the rekap counts the same 40 seats.
        #expect(try aula.ok("summary", "kim", "--document", "rekap", "--format", "csv").contains("JUMLAH;40;"))
        let list = try aula.ok("summary", "kim", "--document", "daftar-hadir-narasumber")
        #expect(list.contains("DAFTAR HADIR NARASUMBER DAN PANITIA") && list.contains("197505052000031008") && list.contains("moderator"))
        // A kuitansi per honorarium: over Rp5.000.000 (6,000,000 - 15% = 5,100,000 paid out) with the meterai's box.
        try aula.ok("summary", "kim", "--document", "kuitansi", "--format", "pdf", "--output", work.path("k.pdf"))
        #expect(try runTool("pdfinfo", [work.path("k.pdf")]).contains("Pages:           4"))
        let pages = try (1...4).map { page in
            try runTool("pdftotext", ["-f", "\(page)", "-l", "\(page)", work.path("k.pdf"), "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let dominikus = try #require(pages.first { $0.contains("Dr. Dominikus Bere") })
        #expect(dominikus.contains("KUITANSI") && dominikus.contains("Sudah terima dari") && dominikus.contains("Meterai Rp10.000"))
        #expect(dominikus.contains("Uang sebanyak : " + Rupiah.words(5_100_000)) && dominikus.contains("Terbilang Rp5.100.000"))
        let maria = try #require(pages.first { $0.contains("Maria Luruk") })
        #expect(!maria.contains("Meterai") && maria.contains("Terbilang Rp487.500"))
        try aula.ok("set", "kim", "meterai", "tidak")
        try aula.ok("summary", "kim", "--document", "kuitansi", "--format", "pdf", "--output", work.path("k2.pdf"))
        #expect(!(try runTool("pdftotext", [work.path("k2.pdf"), "-"])).contains("Meterai"))
        // The berkas holds both, with their bookmarks.
        try aula.ok("summary", "kim", "--document", "berkas", "--format", "pdf", "--output", work.path("b.pdf"))
        let outline = try runTool("qpdf", ["--json", "--json-key=outlines", work.path("b.pdf")])
        #expect(outline.contains("Daftar hadir narasumber dan panitia") && outline.contains("Kuitansi honorarium"))
    }

    @Test func theBerkasFilesTheUndanganAsItWasSent() throws {
        try aula.ok("demo", "kim")
        // The first PDF of the undangan is the one sent: kept, and said so.
        let first = try aula.run("summary", "kim", "--document", "undangan", "--format", "pdf")
        #expect(first.status == 0 && first.stderr.contains("disimpan sebagai yang dikirim"))
        // At the door the empty seat 2 gets its person's name; the berkas still files the letter as sent.
        try aula.ok("checkin", "kim", "2", "--name", "Paulus Bere Seran")
        try aula.ok("summary", "kim", "--document", "berkas", "--format", "pdf", "--output", work.path("b.pdf"))
        let cover = try runTool("pdftotext", ["-f", "1", "-l", "1", work.path("b.pdf"), "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(cover.contains("Surat undangan dan lampiran daftar undangan, sebagaimana dikirim"))
        let letters = try runTool("pdftotext", ["-f", "2", "-l", "4", work.path("b.pdf"), "-"])
        #expect(!letters.contains("Paulus Bere Seran") && !letters.contains("SALINAN"))
        // A letter made again is a copy, and says so; the one kept is not replaced, and cannot be set by hand.
        let again = try aula.run("summary", "kim", "--document", "undangan", "--format", "pdf", "--output", work.path("u.pdf"))
        #expect(!again.stderr.contains("disimpan"))
        let copy = try runTool("pdftotext", [work.path("u.pdf"), "-"])
        #expect(copy.contains("SALINAN") && copy.contains("Paulus Bere Seran"))
        #expect(try aula.run("set", "kim", "undangan-terkirim", "x").status != 0)
    }

    @Test func totalsEqualTheSumOfTheRowsInEveryFormat() throws {
        try session()
        for kind in ["transport", "honor"] {
            // JSON: the paper's table, rows then the JUMLAH row.
            let json = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", kind, "--format", "json")
            let paper = try JSONDecoder().decode(Paper.self, from: Data(json.utf8))
            guard case .table(let table)? = paper.blocks.first else { Issue.record("no table"); continue }
            let columns = table.headers.count
            let money = (columns - 4)..<(columns - 1)
            let body = table.rows.dropLast(), total = table.rows.last!
            for column in money {
                #expect(body.map { Rupiah.parse($0[column])! }.reduce(0, +) == Rupiah.parse(total[column]), "\(kind) json column \(column)")
            }
            // bruto = pajak + netto on every row and in the total.
            for row in table.rows {
                #expect(Rupiah.parse(row[money.lowerBound])! == Rupiah.parse(row[money.lowerBound + 1])! + Rupiah.parse(row[money.lowerBound + 2])!)
            }
            let expectedTotal = Rupiah.parse(total[money.upperBound - 1])!
            // CSV: the same rows.
            let csv = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", kind, "--format", "csv")
            #expect(amounts(csv).suffix(3) == [Rupiah.parse(total[money.lowerBound])!, Rupiah.parse(total[money.lowerBound + 1])!, expectedTotal])
            // PDF: the text poppler reads, and the total in words.
            try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", kind, "--format", "pdf", "--output", work.path("\(kind).pdf"))
            let text = try runTool("pdftotext", ["-layout", work.path("\(kind).pdf"), "-"])
            // The table's figures: what comes before the total in words (the tax rule under it cites a bracket).
            let figures = amounts(text.components(separatedBy: "Terbilang")[0])
            #expect(figures.suffix(3) == amounts(csv).suffix(3), "\(kind) pdf")
            #expect(text.contains("Terbilang (jumlah diterima): " + Rupiah.words(expectedTotal)))
            #expect(text.contains("Setuju dibayar,") && text.contains("Lunas dibayar,") && text.contains("Pengguna Anggaran"))
        }
        // Without --output each kind has its own file in exports/, so one does not overwrite another.
        #expect(try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--format", "xlsx")
                == work.path("kim.aula/exports/penerimaan-honor.xlsx") + "\n")
        let transport = try runTool("pdftotext", ["-layout", work.path("transport.pdf"), "-"])
        #expect(transport.contains("Antonius Mau") && transport.contains("a.n. Kepala Desa"))
        let json = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "transport", "--format", "json")
        #expect(json.contains("\"Antonius Mau\",\n") && json.contains("\"a.n. Kepala Desa Fatuba'a\""))
        #expect(!transport.contains("Silawan"))  // izin: not paid
    }

    @Test func theWorkbookTotalsAreFormulasLibreOfficeAgreesWith() throws {
        try session()
        try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--format", "xlsx", "--output", work.path("honor.xlsx"))
        // Recalculated by LibreOffice: the JUMLAH row's sums are formulas that give the paper's totals.
        let cells = try LibreOffice(work: work).cells(work.path("honor.xlsx"))
        let csv = try aula.ok("summary", "kim", "--document", "penerimaan", "--kind", "honor", "--format", "csv")
        let totals = cells.first { $0.contains("JUMLAH") }?.compactMap { cell in cell.contains("Rp") ? Int(cell.filter(\.isNumber)) : nil }
        #expect(totals == Array(amounts(csv).suffix(3)))
        #expect(try runTool("unzip", ["-p", work.path("honor.xlsx"), "xl/worksheets/sheet1.xml"]).contains("<f>SUM(F"))
    }

    @Test func theBerkasHoldsEveryPaperWithItsPagesAndAnOutlineEntry() throws {
        try session()
        try aula.ok("summary", "kim", "--document", "berkas", "--format", "pdf")
        var sum = 1  // the cover
        let separate: [[String]] = [["undangan"], ["daftar-hadir"], ["penerimaan", "--kind", "transport"],
                                    ["penerimaan", "--kind", "honor"], ["kuitansi"], ["pph21"], ["notulen"], ["laporan"], ["materi"]]
        for (index, document) in separate.enumerated() {
            try aula.ok(arguments: ["summary", "kim", "--document"] + document + ["--format", "pdf", "--output", work.path("p\(index).pdf")])
            sum += pages(work.path("p\(index).pdf"))
        }
        let berkas = work.path("kim.aula/exports/berkas.pdf")
        #expect(pages(berkas) == sum)
        let outline = try runTool("qpdf", ["--json", "--json-key=outlines", berkas])
        let titles = ["Sampul dan daftar isi", "Surat undangan dan lampiran daftar undangan", "Daftar hadir",
                      "Daftar penerimaan uang transport", "Daftar penerimaan honorarium narasumber", "Kuitansi honorarium",
                      "Rekap PPh 21 masa Maret 2020", "Notulen", "Laporan kegiatan dengan lampirannya", "Daftar materi"]
        var last = outline.startIndex
        for title in titles {
            guard let found = outline.range(of: "\"title\": \"\(title)\"", range: last..<outline.endIndex) else {
                Issue.record("outline has no \(title) after the one before: \(outline)")
                break
            }
            last = found.upperBound
        }
        let cover = try runTool("pdftotext", ["-layout", "-f", "1", "-l", "1", berkas, "-"])
        #expect(cover.contains("BERKAS SURAT PERTANGGUNGJAWABAN (SPJ)") && cover.contains("7. Notulen") && cover.contains("9. Daftar materi"))
    }

    func pages(_ pdf: String) -> Int {
        let info = (try? runTool("pdfinfo", [pdf])) ?? ""
        return Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? -1
    }
}
