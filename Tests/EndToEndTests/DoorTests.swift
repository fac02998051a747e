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

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The QR codes zbarimg finds on each page of `pdf` (rendered at 150 dpi), page by page.
    func codes(_ pdf: String) throws -> [[String]] {
        let pages = work.path("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        _ = try run("pdftoppm", ["-png", "-r", "150", pdf, pages + "/p"])
        let files = try FileManager.default.contentsOfDirectory(atPath: pages).sorted()
        return try files.map { file in
            try run("zbarimg", ["-q", "--raw", "-Sdisable", "-Sqrcode.enable", pages + "/" + file])
                .split(separator: "\n").map(String.init).sorted()
        }
    }

    @Test func theUndanganAndItsLampiranCarryEveryInvitedSeatsCode() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "undangan", "--format", "pdf")
        let pages = try codes(work.path("kim.aula/exports/undangan.pdf"))
        let expected = s.attendees.filter(\.invited).map { $0.code(in: s) }
        #expect(pages[0].isEmpty)  // the letter to "Daftar terlampir" has none of its own
        #expect(pages.flatMap { $0 }.sorted() == expected.sorted())
        let text = try run("pdftotext", ["-layout", work.path("kim.aula/exports/undangan.pdf"), "-"])
        #expect(text.contains("Yth. Daftar terlampir"))
        #expect(text.contains("LAMPIRAN SURAT UNDANGAN"))
        #expect(text.contains("Jumat, 27 Maret 2020"))
    }

    @Test func oneLetterPerInviteeEachWithItsOwnCodeAndPageNumber() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "undangan", "--format", "pdf", "--per-invitee", "--output", work.path("each.pdf"))
        let invited = s.attendees.filter(\.invited)
        let pages = try codes(work.path("each.pdf"))
        #expect(pages == invited.map { [$0.code(in: s)] })
        let first = try run("pdftotext", ["-layout", "-f", "1", "-l", "1", work.path("each.pdf"), "-"])
        #expect(first.contains("Yth. " + invited[0].name))
        #expect(first.contains("Halaman 1 dari 1"))
    }

    /// The code zbarimg reads on each name tag of `pdf`, tag by tag as a scanner at the door sees them (zbar misses
    /// some symbols of a whole sheet of eight aligned ones, and reads each alone).
    func tagCodes(_ pdf: String, pages: Int) throws -> [String] {
        let frame = PageFrame(.a4), dpi = 150.0, scale = dpi / 72
        let width = frame.width / 2, height = (frame.bodyBottom - frame.top) / 4
        var found: [String] = []
        for page in 1...pages {
            for slot in 0..<8 {
                let x = frame.left + Double(slot % 2) * width, y = frame.top + Double(slot / 2) * height
                let file = work.path("tag-\(page)-\(slot)")
                _ = try run("pdftoppm", ["-png", "-singlefile", "-r", "150", "-f", "\(page)", "-l", "\(page)",
                                         "-x", "\(Int(x * scale))", "-y", "\(Int(y * scale))", "-W", "\(Int(width * scale))",
                                         "-H", "\(Int(height * scale))", pdf, file])
                found += try run("zbarimg", ["-q", "--raw", file + ".png"]).split(separator: "\n").map(String.init)
            }
        }
        return found
    }

    @Test func nameTagsEightToASheetEachWithItsCode() throws {
        let s = try session()
        try aula.ok("summary", "kim", "--document", "tanda-nama", "--format", "pdf")
        let pdf = work.path("kim.aula/exports/tanda-nama.pdf")
        let pages = (s.attendees.count + 7) / 8
        let info = try run("pdfinfo", [pdf]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect(info?.split(separator: " ").last == "\(pages)"[...])
        // Tag by tag, in roster order: each seat's code on its own tag.
        #expect(try tagCodes(pdf, pages: pages) == s.attendees.map { $0.code(in: s) })
        try aula.ok("summary", "kim", "--document", "tanda-nama", "--format", "pdf", "--blank", "--output", work.path("blank.pdf"))
        #expect(try codes(work.path("blank.pdf")) == [[]])
    }

    @Test func theCommandLineTakesACodeWhereverASeatIsNamed() throws {
        let s = try session()
        let tohe = try #require(s.attendees.first { $0.unit == "Desa Tohe" })
        let code = tohe.code(in: s)
        #expect(try aula.ok("find", "kim", code).contains("Yohanes Bau"))
        #expect(try aula.ok("checkin", "kim", code.lowercased()).hasPrefix("\(tohe.row). Yohanes Bau — Kepala Desa Tohe: hadir"))
        let again = try aula.ok("checkin", "kim", code)
        #expect(again.hasPrefix("Kepala Desa Tohe (Yohanes Bau) sudah hadir ") && again.hasSuffix("(meja1)\n"))
        var misread = Array(code)
        misread[misread.count - 1] = misread.last == "0" ? "1" : "0"
        let refused = try aula.run("checkin", "kim", String(misread))
        #expect(refused.status != 0 && refused.stderr.contains("salah baca atau salah ketik"))
        let log = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "reader", writable: false)
        #expect(log.events.filter { if case .checkIn = $0.change { true } else { false } }.count == 1)
    }
}
