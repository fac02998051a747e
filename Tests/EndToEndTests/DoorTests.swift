import AulaCore
import Foundation
import Testing

/// The door's papers read back as a scanner reads them: each PDF page rendered by poppler, its QR codes decoded by
/// zbar, and every seat's check-in code found where it belongs.
@Suite struct DoorTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    func session() throws -> Session {
        try aula.ok("demo", "kim")
        try aula.ok("set", "kim", "kop", "PEMERINTAH KABUPATEN BELU\nDINAS KOMUNIKASI DAN INFORMATIKA")
        return try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "reader", writable: false).session
    }

    func run(_ tool: String, _ arguments: [String]) throws -> String { try runTool(tool, arguments) }

    /// Every check-in code printed under a QR symbol in `pdf`, with the page it is on and what zbarimg reads in the
    /// square of `millimetres` right above it (rendered at 150 dpi), one symbol at a time as a scanner at the door
    /// reads them: zbar misses some of a page of aligned symbols, and reads each alone.
    func printedCodes(_ pdf: String, symbol millimetres: Double) throws -> [(page: Int, printed: String, read: String)] {
        var page = 0
        var found: [(page: Int, printed: String, read: String)] = []
        let size = millimetres * 72 / 25.4
        for line in try run("pdftotext", ["-bbox", pdf, "-"]).split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            let text = String(line[line.index(after: open)..<close.lowerBound])
            guard case .valid = CheckInCode.read(text) else { continue }
            let numbers = line.split(separator: "\"").compactMap { Double($0) }
            guard numbers.count >= 4 else { continue }
            let (xMin, yMin, xMax) = (numbers[0], numbers[1], numbers[2])
            // As at the door, a symbol not read the first time is read again, closer (200 dpi, 1 mm less around it).
            var read = ""
            for (dpi, side) in [(150.0, size), (200.0, size - 72 / 25.4)] where read.isEmpty {
                let scale = dpi / 72
                let x = (xMin + xMax) / 2 - side / 2, y = yMin - side - 0.5
                let file = work.path("symbol-\(found.count)-\(Int(dpi))")
                _ = try run("pdftoppm", ["-png", "-singlefile", "-r", "\(Int(dpi))", "-f", "\(page)", "-l", "\(page)",
                                         "-x", "\(Int(x * scale))", "-y", "\(Int(y * scale))", "-W", "\(Int(side * scale))",
                                         "-H", "\(Int(side * scale))", pdf, file])
                read = try run("zbarimg", ["-q", "--raw", file + ".png"]).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            found.append((page, text, read))
        }
        return found
    }

    /// The Code 128 barcodes zbarimg reads on each of `pages` of `pdf` (200 dpi), as a laser scanner reads lines.
    func barcodes(_ pdf: String, pages: ClosedRange<Int>) throws -> [[String]] {
        try pages.map { page in
            let file = work.path("bars-\(page)")
            _ = try run("pdftoppm", ["-png", "-singlefile", "-r", "200", "-f", "\(page)", "-l", "\(page)", pdf, file])
            return try run("zbarimg", ["-q", "--raw", "-Sdisable", "-Scode128.enable", file + ".png"])
                .split(whereSeparator: \.isNewline).map(String.init).sorted()
        }
    }

    @Test func theUndanganAndItsLampiranCarryEveryInvitedSeatsCode() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "undangan", "--format", "pdf")
        let codes = try printedCodes(work.path("kim.aula/exports/undangan.pdf"), symbol: 17)
        // None on the letter to "Daftar terlampir"; on the lampiran, every invited seat's, each read as printed.
        #expect(codes.allSatisfy { $0.page > 1 && $0.read == $0.printed })
        #expect(codes.map(\.printed) == s.attendees.filter(\.invited).map { $0.code(in: s) })
        let text = try run("pdftotext", ["-layout", work.path("kim.aula/exports/undangan.pdf"), "-"])
        #expect(text.contains("Yth. Daftar terlampir"))
        #expect(text.contains("LAMPIRAN SURAT UNDANGAN"))
        #expect(text.contains("Jumat, 27 Maret 2020"))
    }

    @Test func oneLetterPerInviteeEachWithItsOwnCodeAndPageNumber() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "undangan", "--format", "pdf", "--per-invitee", "--output", work.path("each.pdf"))
        let invited = s.attendees.filter(\.invited)
        let codes = try printedCodes(work.path("each.pdf"), symbol: 26)
        #expect(codes.map(\.page) == Array(1...invited.count))
        #expect(codes.map(\.read) == invited.map { $0.code(in: s) })
        #expect(codes.allSatisfy { $0.read == $0.printed })
        // Beside each QR, the same code as a barcode for a scanner that reads only lines.
        #expect(try barcodes(work.path("each.pdf"), pages: 1...3) == invited.prefix(3).map { [$0.code(in: s)] })
        let first = try run("pdftotext", ["-layout", "-f", "1", "-l", "1", work.path("each.pdf"), "-"])
        #expect(first.contains("Yth. " + invited[0].name))
        #expect(first.contains("Halaman 1 dari 1"))
    }

    @Test func nameTagsEightToASheetEachWithItsCode() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "tanda-nama", "--format", "pdf")
        let pdf = work.path("kim.aula/exports/tanda-nama.pdf")
        let pages = (s.attendees.count + 7) / 8
        let info = try run("pdfinfo", [pdf]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect(info?.split(separator: " ").last == "\(pages)"[...])
        // Tag by tag, in roster order, eight to a page: each seat's code on its own tag.
        let codes = try printedCodes(pdf, symbol: 22)
        #expect(codes.map(\.read) == s.attendees.map { $0.code(in: s) })
        #expect(codes.allSatisfy { $0.read == $0.printed })
        #expect(codes.map(\.page) == s.attendees.indices.map { $0 / 8 + 1 })
        #expect(try barcodes(pdf, pages: 1...pages) == stride(from: 0, to: s.attendees.count, by: 8).map { first in
            s.attendees[first..<min(first + 8, s.attendees.count)].map { $0.code(in: s) }.sorted()
        })
        try aula.ok("summary", "kim", "--document", "tanda-nama", "--format", "pdf", "--blank", "--output", work.path("blank.pdf"))
        #expect(try printedCodes(work.path("blank.pdf"), symbol: 22).isEmpty)
        _ = try run("pdftoppm", ["-png", "-singlefile", "-r", "150", work.path("blank.pdf"), work.path("blank")])
        #expect(try run("zbarimg", ["-q", "--raw", work.path("blank.png")]).isEmpty)
        #expect(try run("pdftotext", ["-layout", work.path("blank.pdf"), "-"]).contains("Halaman 1 dari 1"))
    }

    @Test func theCommandLineTakesACodeWhereverASeatIsNamed() throws {
        let s = try session()
        let tohe = try #require(s.attendees.first { $0.unit == "Desa Tohe" })
        let code = tohe.code(in: s)
        #expect(try aula.ok("find", "kim", code).contains("Yohanes Bau"))
        #expect(try aula.ok("checkin", "kim", code.lowercased()).hasPrefix("\(tohe.row). Yohanes Bau — Kepala Desa Tohe: hadir"))
        let again = try aula.ok("checkin", "kim", code)
        #expect(again.hasPrefix("Kepala Desa Tohe (Yohanes Bau) sudah hadir sejak ") && again.hasSuffix("(meja1)\n"))
        // By name as well: a second check-in of someone present writes nothing.
        #expect(try aula.ok("checkin", "kim", "tohe").hasPrefix("Kepala Desa Tohe (Yohanes Bau) sudah hadir sejak "))
        var misread = Array(code)
        misread[misread.count - 1] = misread.last == "0" ? "1" : "0"
        let refused = try aula.run("checkin", "kim", String(misread))
        #expect(refused.status != 0 && refused.stderr.contains("salah baca atau salah ketik"))
        let log = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "reader", writable: false)
        #expect(log.events.filter { if case .checkIn = $0.change { true } else { false } }.count == 1)
    }
}
