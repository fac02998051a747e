import AulaCore
import Foundation
import PaperPDF
import Testing

/// Every paper, on A4 and F4, for the demo, a hostile session (60-character names with gelar, 80-character jabatan
/// and units, long signatories with NIP, a logo, photos) at 0, 1 and 1,000 rows, and a session of one seat, read back
/// from the PDF's word boxes (`pdftotext -bbox`): no word over another, none outside the printable area, no page
/// without content, every NIP, amount and date whole; and every text form within its width.
@Suite struct PaperLayoutTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    /// One word as pdftotext boxes it, in points from the page's top-left corner.
    struct Word {
        var text: String
        var xMin, yMin, xMax, yMax: Double
    }

    /// A page's size and words.
    struct Page {
        var width = 0.0, height = 0.0
        var words: [Word] = []
    }

    static func pages(_ pdf: String) throws -> [Page] {
        var pages: [Page] = []
        func number(_ line: Substring, _ name: String) -> Double {
            guard let range = line.range(of: name + "=\"") else { return 0 }
            return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        for line in try runTool("pdftotext", ["-bbox", pdf, "-"]).split(separator: "\n") {
            if line.contains("<page ") {
                pages.append(Page(width: number(line, "width"), height: number(line, "height")))
            } else if line.contains("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                let text = String(line[line.index(after: open)..<close.lowerBound])
                pages[pages.count - 1].words.append(Word(text: text, xMin: number(line, "xMin"), yMin: number(line, "yMin"),
                                                         xMax: number(line, "xMax"), yMax: number(line, "yMax")))
            }
        }
        return pages
    }

    /// What is wrong with `pages` of a paper on `size`: words over words, words outside the body, pages without
    /// content; empty when nothing.
    static func faults(_ pages: [Page], size: PaperSize, name: String) -> [String] {
        let frame = PageFrame(size)
        var faults: [String] = []
        for (index, page) in pages.enumerated() {
            let at = "\(name) p.\(index + 1)"
            let words = page.words.sorted { $0.yMin < $1.yMin }
            for (i, a) in words.enumerated() {
                for b in words[(i + 1)...] {
                    if b.yMin >= a.yMax - 1 { break }
                    let wide = min(a.xMax, b.xMax) - max(a.xMin, b.xMin), high = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
                    if wide > 1 && high > 1 { faults.append("\(at): \"\(a.text)\" over \"\(b.text)\"") }
                }
                if a.xMin < frame.left - 1 || a.xMax > frame.left + frame.width + 1 || a.yMin < frame.top - 1
                    || a.yMax > size.height - 10 * PaperSize.mm {
                    faults.append("\(at): \"\(a.text)\" outside the printable area (\(Int(a.xMin)),\(Int(a.yMin)))")
                }
            }
            // The page number is four words; a page needs a handful of its own.
            let content = page.words.filter { $0.yMin < frame.bodyBottom }.count
            if content < 5 { faults.append("\(at): only \(content) words: \(page.words.map(\.text).joined(separator: " "))") }
        }
        return faults
    }

    // MARK: Sessions

    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                         "November", "Desember"]
    static let nips = ["197505052000031008", "196812121990031015", "198003032005012003", "197001011995031004", "198512312010011002"]

    /// A session as the office would make it hard: every text long, every signatory with gelar and NIP, a logo and
    /// photos, `seats` invitees all present, and rates for all three payment lists.
    func hostile(_ name: String, seats: Int) throws -> URL {
        let url = work.url.appendingPathComponent(name + ".aula")
        let long = "Sosialisasi Peraturan Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi tentang Prioritas Penggunaan Dana Desa Tahun 2021"
        let folder = try SessionFolder.create(url: url, desk: "meja1", details: [
            .title: long, .date: "2021-03-18", .start: "09:00", .end: "13:30",
            .venue: "Aula Kantor Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Belu, Jalan Basuki Rahmat Nomor 12, Atambua",
            .organizer: "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Belu",
            .chair: "Drs. Yohanes Laurensius Bria Mau Seran, S.H., M.Si.", .notulis: "Maria Goreti Luruk Bere Tahu, S.Sos., M.A.P.",
        ])
        let png = try #require(Data(base64Encoded: PDFTests.png.base64EncodedString()))
        for file in ["images/logo.png", "photos/satu.png", "photos/dua.png", "photos/tiga.png"] {
            let target = url.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try png.write(to: target)
        }
        var changes: [Change] = [.session([
            .letterhead: "PEMERINTAH KABUPATEN BELU\nDINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BELU PROVINSI NUSA TENGGARA TIMUR\n"
                + "Jalan Basuki Rahmat Nomor 12, Atambua, Kabupaten Belu, Nusa Tenggara Timur 85711, Telepon (0389) 21234, Pos-el dpmd@belukab.go.id",
            .logo: "images/logo.png", .place: "Atambua", .letterNumber: "005/123/DPMD.PEMDES/III/2021", .letterNature: "Penting",
            .letterDate: "2021-03-10", .copiesTo: "Bupati Belu di Atambua\nInspektur Kabupaten Belu di Atambua",
            .official: "Drs. Fransiskus Xaverius Bere Mau Loe Nahak Seran Klau, S.H., M.Si.", .officialNip: Self.nips[0],
            .officialTitle: "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Belu Provinsi Nusa Tenggara Timur",
            .commitmentOfficer: "Kristoforus Nahak Bere Mau Seran, S.E., M.Si.", .commitmentOfficerNip: Self.nips[1],
            .treasurer: "Theresia Abuk Luruk Bere Tahu Nahak, S.Sos., M.Si.", .treasurerNip: Self.nips[2],
            .budgetUser: "Drs. Fransiskus Xaverius Bere Mau Loe Nahak Seran Klau, S.H., M.Si.", .budgetUserNip: Self.nips[0],
            .chairNip: Self.nips[3], .notulisNip: Self.nips[4],
            .background: String(repeating: "Dana Desa adalah dana yang bersumber dari APBN yang diperuntukkan bagi desa. ", count: 12),
            .basis: "1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa\n2. Peraturan Menteri Desa PDTT Nomor 13 Tahun 2020",
            .conclusion: "Semua desa menyusun APBDes sesuai prioritas.\nPenyaluran tahap I paling lambat April 2021.",
        ])]
        for i in 0..<seats {
            changes.append(.attendee(id: "a\(i)", fields: [
                .name: "Drs. Fransiskus Xaverius Bere Mau Seran Nomor \(i + 1), S.H., M.Si.",
                .jabatan: "Kepala Seksi Pemberdayaan Kelembagaan Masyarakat dan Pembangunan Kawasan Perdesaan",
                .unit: "Pemerintah Desa Fatuketi Nomor \(i + 1) Kecamatan Kakuluk Mesak Kabupaten Belu Nusa Tenggara",
                .kecamatan: "Kakuluk Mesak", .phone: "0812370\(String(format: "%05d", i))",
            ], invited: true))
            changes.append(.checkIn(attendee: "a\(i)", status: i % 7 == 3 ? .diwakili : .hadir,
                                    standIn: i % 7 == 3 ? "Maria Goreti Luruk Bere Tahu Nahak Seran, S.Sos." : "", standInJabatan: "",
                                    time: "2021-03-18T08:\(String(format: "%02d", 10 + i % 50)):00+08:00"))
        }
        changes += [
            .agenda(id: "i1", fields: [.title: "Pembukaan dan sambutan Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Belu",
                                       .plannedStart: "09:00", .minutes: "30", .start: "2021-03-18T09:05:00+08:00", .end: "2021-03-18T09:40:00+08:00"]),
            .agenda(id: "i2", fields: [.title: "Paparan prioritas penggunaan Dana Desa Tahun 2021 dan tata cara penyaluran",
                                       .speaker: "Dr. Dominikus Bere Mau Seran Nahak Klau, S.Sos., M.Si. (Kepala Bidang Pemerintahan Desa)",
                                       .minutes: "120", .start: "2021-03-18T09:40:00+08:00", .end: "2021-03-18T14:00:00+08:00"]),
            .note(id: "n1", item: "i2", text: String(repeating: "Penyaluran Dana Desa tahap pertama memerlukan Perdes APBDes. ", count: 8)),
            .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Seksi Pemberdayaan Kelembagaan Masyarakat dan Pembangunan Kawasan Perdesaan"),
                              amount: 1_800_000)),
            .rate(PaymentRate(kind: .uangSaku, target: .jabatan("Kepala Seksi Pemberdayaan Kelembagaan Masyarakat dan Pembangunan Kawasan Perdesaan"),
                              amount: 150_000)),
            .rate(PaymentRate(kind: .honor, target: .item("i2"), amount: 900_000, hours: 2, golongan: "IV/b")),
        ]
        for (index, file) in ["satu", "dua", "tiga"].enumerated() {
            changes.append(.photo(Photo(sha256: String(repeating: "\(index)", count: 64), caption: "Peserta dari desa-desa di Kecamatan Kakuluk Mesak mengikuti paparan \(index + 1)",
                                        fileName: file + ".png", storedPath: "photos/\(file).png", size: png.count)))
        }
        _ = try folder.append(changes)
        return url
    }

    /// A session of one seat, with nothing else set: every signatory dotted.
    func single() throws -> URL {
        let url = work.url.appendingPathComponent("satu.aula")
        let folder = try SessionFolder.create(url: url, desk: "meja1", details: [
            .title: "Rapat", .date: "2021-03-18", .venue: "Aula", .organizer: "Dinas",
        ])
        _ = try folder.append([.attendee(id: "a", fields: [.name: "Yohanes Bau", .jabatan: "Kepala Desa", .unit: "Desa Tohe"], invited: true),
                               .checkIn(attendee: "a", status: .hadir, standIn: "", standInJabatan: "", time: "2021-03-18T08:52:00+08:00"),
                               .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Desa"), amount: 150_000))])
        return url
    }

    /// Every printed paper of the session in `url`: each selection, and each daftar penerimaan (the bukti potong is
    /// data for e-Bupot, not a paper).
    static func requests(_ session: Session) -> [(name: String, selection: PaperRequest.Selection, kind: PaymentRate.Kind)] {
        var requests = PaperRequest.Selection.allCases.filter { $0 != .all && $0 != .penerimaan && $0 != .buktiPotong }
            .map { ($0.rawValue, $0, PaymentRate.Kind.transport) }
        requests += PaymentRate.Kind.allCases.map { ("penerimaan-" + $0.rawValue, .penerimaan, $0) }
        return requests
    }

    /// The NIPs, the long date and the totals the session's papers print, each to be found whole.
    static func wholes(_ session: Session, lang: Lang) -> [String] {
        let p = session.papers
        var wholes = [p.officialNip, p.commitmentOfficerNip, p.treasurerNip, p.budgetUserNip, p.chairNip, p.notulisNip].filter { !$0.isEmpty }
        for kind in PaymentRate.Kind.allCases {
            let payments = PaymentRules.payments(kind, in: session, lang: lang)
            if !payments.isEmpty { wholes.append(Rupiah.format(payments.reduce(0) { $0 + $1.bruto })) }
        }
        return wholes
    }

    func check(_ url: URL, name: String) throws -> [String] {
        let session = try SessionFolder(url: url, desk: "meja1", writable: false).session
        var faults: [String] = []
        let wholes = Self.wholes(session, lang: .id)
        var found = Set<String>()
        for size in PaperSize.allCases {
            for request in Self.requests(session) {
                var builder = PaperBuilder(session: session, lang: .id, format: .pdf)
                builder.paymentKind = request.kind
                let papers = PaperRequest.papers(request.selection, builder: builder)
                let pdf = SessionPDF(folder: url, session: session, size: size, lang: .id)
                let file = work.write("\(name)-\(request.name)-\(size.rawValue).pdf", try pdf.pdf(papers, title: request.name))
                #expect(pdf.problems.isEmpty, "\(name) \(request.name): \(pdf.problems)")
                let pages = try Self.pages(file)
                faults += Self.faults(pages, size: size, name: "\(name) \(request.name) \(size.rawValue)")
                // A date is never broken: the month is followed on its own line by the year.
                for page in pages {
                    for (index, word) in page.words.enumerated() where Self.months.contains(word.text) {
                        guard index + 1 < page.words.count, page.words[index + 1].text.count == 4,
                              page.words[index + 1].text.allSatisfy(\.isNumber) else { continue }
                        if abs(page.words[index + 1].yMin - word.yMin) > 1 {
                            faults.append("\(name) \(request.name) \(size.rawValue): a date broken after \"\(word.text)\"")
                        }
                    }
                }
                let words = Set(pages.flatMap(\.words).map(\.text))
                found.formUnion(wholes.filter(words.contains))
                // A number cut in two leaves a piece of it as a word of its own.
                for word in words where word.count >= 4 && word.allSatisfy({ $0.isNumber || $0 == "." }) {
                    if let cut = wholes.first(where: { $0 != word && $0.hasPrefix(word) }) {
                        faults.append("\(name) \(request.name) \(size.rawValue): \(cut) broken (\"\(word)\")")
                    }
                }
            }
        }
        for whole in wholes where !found.contains(whole) { faults.append("\(name): \(whole) not found whole on any paper") }
        // The text forms: no line wider than the form, every NIP and amount whole.
        for request in Self.requests(session) {
            var builder = PaperBuilder(session: session, lang: .id, format: .text)
            builder.paymentKind = request.kind
            let papers = PaperRequest.papers(request.selection, builder: builder)
            for width in TextPaper.widths {
                guard let bytes = try? TextPaper.bytes(papers, lang: .id, width: width) else {
                    // Only the wide money tables are refused, and only at 80 columns: an honorarium list (its signature
                    // column) and the Rekap PPh 21 (nine columns of numbers).
                    let wide = request.selection == .penerimaan && request.kind.isHonorarium || request.selection == .pph21
                    if width != TextPaper.width || !wide {
                        faults.append("\(name) \(request.name) text \(width): refused")
                    }
                    continue
                }
                let text = String(decoding: bytes, as: UTF8.self)
                for line in text.split(separator: "\n") where DisplayWidth.of(String(line)) > width {
                    faults.append("\(name) \(request.name) text \(width): a line of \(DisplayWidth.of(String(line))): \(line)")
                }
                let tokens = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).map(String.init))
                for token in tokens where token.count >= 4 && token.allSatisfy({ $0.isNumber || $0 == "." }) {
                    if let cut = wholes.first(where: { $0 != token && $0.hasPrefix(token) }) {
                        faults.append("\(name) \(request.name) text \(width): \(cut) broken (\"\(token)\")")
                    }
                }
            }
        }
        return faults
    }

    @Test func everyPaperOnEverySheetHasNoWordOverAnotherAndNoPageWithoutContent() throws {
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe", "--at", "08:41")
        try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Kepala Desa", "--amount", "150000")
        var faults = try check(work.url.appendingPathComponent("kim.aula"), name: "demo")
        faults += try check(single(), name: "satu")
        for seats in [0, 1, 1000] { faults += try check(hostile("sulit\(seats)", seats: seats), name: "sulit\(seats)") }
        let listed = faults.prefix(40).joined(separator: "\n")
        #expect(faults.count == 0, "\(faults.count) faults, the first:\n\(listed)")
        // AULA_KEEP_PAPERS=DIR keeps every paper made, to be looked at.
        if let keep = ProcessInfo.processInfo.environment["AULA_KEEP_PAPERS"] {
            _ = try runTool("cp", ["-r", work.url.path + "/.", keep])
        }
    }
}
