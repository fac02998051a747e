import AulaCore
import Foundation
import Testing

/// The PDF papers read back with the tools that read PDFs: poppler's pdfinfo, pdftotext, pdffonts and pdfimages.
@Suite struct PDFTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    /// A 40x40 PNG (a yellow disc on red) and a 60x30 JPEG whose EXIF says "turn 90°".
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAACgAAAAoCAIAAAADnC86AAAAt0lEQVR4nO3Xyw2AIAwGYDDOwRCO4OCePTmEk3gX+qAPaQwcTfp/FAiRfJaSRoxliDrhL8cqqNmOu/547X2HNPNPddMTz4AFM8kunt5jgcqpImCZyqnFYI1KJoCwXsVz2rCViqRFurls24UyI3U8BvZY52ZymI4nPGE3uPcPhj9eyWE6Hgl7rHadGanjZN10Mw3s2MqGcrCl1ttIArHHGhuvpQ+XzCarYr+dODNwfC3ajmAXyJ/hBzDBP2XIDF/FAAAAAElFTkSuQmCC")!
    static let jpeg = Data(base64Encoded: "/9j/4AAQSkZJRgABAQAAAQABAAD/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAeADwDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDhqKKK/Sj5IKKKKACiiigAooooAKKKKACiiigAooooAKKKKAP/2Q==")!

    /// The demo roster (40 seats over 12 kecamatan) with a few arrivals, a stand-in and the kop of Dinas Kominfo Belu.
    func session() throws {
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe", "--at", "08:41")
        try aula.ok("checkin", "kim", "camat raihat", "--status", "diwakili", "--by", "Maria Bete", "--at", "08:47")
        try aula.ok("checkin", "kim", "lamaknen", "--at", "09:02")
        try aula.ok("set", "kim", "kop", "PEMERINTAH KABUPATEN BELU\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. Basuki Rahmat, Atambua")
    }

    func tool(_ name: String, _ arguments: String...) throws -> String { try runTool(name, arguments) }

    /// Every word of a PDF with its page and the top-left of its box, from `pdftotext -bbox`.
    func words(_ pdf: String) throws -> [(page: Int, x: Double, y: Double, text: String)] {
        var page = 0
        return try tool("pdftotext", "-bbox", pdf, "-").split(separator: "\n").compactMap { line in
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word ") else { return nil }
            let parts = line.split(separator: "\"")
            guard parts.count > 4, let x = Double(parts[1]), let y = Double(parts[3]),
                  let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { return nil }
            return (page, x, y, String(line[line.index(after: open)..<close.lowerBound]))
        }
    }

    func roster() throws -> Session {
        try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "reader", writable: false).session
    }

    @Test func everyPaperIsAPDFWithEveryNameTheKopAndEmbeddedFonts() throws {
        try session()
        let written = try aula.ok("summary", "kim", "--format", "pdf").split(separator: "\n").map(String.init)
        #expect(written == ["daftar-hadir", "rekap", "notulen", "laporan"].map { work.path("kim.aula/exports/\($0).pdf") })
        let daftarHadir = work.path("kim.aula/exports/daftar-hadir.pdf")
        let info = try tool("pdfinfo", daftarHadir)
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Creator:         Aula"))
        let text = try tool("pdftotext", daftarHadir, "-")
        for line in ["PEMERINTAH KABUPATEN BELU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jl. Basuki Rahmat, Atambua", "DAFTAR HADIR",
                     "Tanda Tangan", "Mengetahui,"] {
            #expect(text.contains(line), "\(line)")
        }
        // Every name of the roster, whole, in the Nama column: the words whose left edge lies between the first
        // name's and the first jabatan's, read page by page, top to bottom (a name may wrap in its cell).
        let words = try self.words(daftarHadir)
        let nameLeft = try #require(words.first { $0.text == "Johanes" }).x
        let jabatanLeft = try #require(words.first { $0.text == "Kepala" && $0.x > nameLeft }).x
        let cells = words.filter { $0.x >= nameLeft - 0.5 && $0.x < jabatanLeft - 0.5 }
            .sorted { ($0.page, $0.y, $0.x) < ($1.page, $1.y, $1.x) }.map(\.text)
        let column = cells.joined(), whole = Set(cells)
        for seat in try roster().attendees where !seat.name.isEmpty {
            #expect(column.contains(seat.name.filter { !$0.isWhitespace }), "\(seat.name)")
            // The Nama column is wide enough that no name is broken inside a word.
            for word in seat.name.split(separator: " ") { #expect(whole.contains(String(word)), "\(word) of \(seat.name)") }
        }
        let squeezed = text.filter { !$0.isWhitespace }
        // Phones masked: the first four and last four digits, never a whole number.
        for seat in try roster().attendees where !seat.phone.isEmpty {
            #expect(!squeezed.contains(seat.phone), "\(seat.phone)")
        }
        #expect(text.contains("****"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect(text.contains("Halaman \(pages) dari \(pages)"))
        // Every font is embedded (a subset), so the office's PC prints it as made here.
        let fonts = try tool("pdffonts", daftarHadir).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.contains(" yes yes yes "), "\(font)") }
        let rekap = try tool("pdftotext", "-layout", work.path("kim.aula/exports/rekap.pdf"), "-")
        #expect(rekap.contains("Persentase hadir per kecamatan") && rekap.contains("50% (2/4)"))
        let laporan = try tool("pdftotext", "-layout", work.path("kim.aula/exports/laporan.pdf"), "-")
        #expect(laporan.contains("Kedatangan peserta per 15 menit (WITA)") && laporan.contains("08.45–09.00"))
        #expect(laporan.contains("LAMPIRAN LAPORAN KEGIATAN"))
    }

    @Test func theSignatureColumnHasRoomToSignAndF4IsFolio() throws {
        try session()
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "pdf", "--paper", "f4", "--output", work.path("f4.pdf"))
        #expect(try tool("pdfinfo", work.path("f4.pdf")).contains("Page size:       609.449 x 935.433 pts"))
        try aula.ok("set", "kim", "kertas", "f4")
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "pdf")
        #expect(try tool("pdfinfo", work.path("kim.aula/exports/daftar-hadir.pdf")).contains("609.449 x 935.433"))
        // The signature numbers: odd rows at the column's left, even rows in its middle; so the column is twice
        // their distance wide.
        let boxes = try tool("pdftotext", "-bbox", "-f", "1", "-l", "1", work.path("f4.pdf"), "-")
        func xMin(of word: String) -> Double? {
            boxes.split(separator: "\n").first { $0.hasSuffix(">\(word)</word>") }
                .flatMap { $0.split(separator: "\"").dropFirst().first }.flatMap { Double($0) }
        }
        let one = try #require(xMin(of: "1.")), two = try #require(xMin(of: "2."))
        let column = 2 * (two - one)
        let table = 215 * 72 / 25.4 - 50 * 72 / 25.4  // the sheet less 3 cm left and 2 cm right
        #expect(column >= table * 0.22 - 1, "\(column) of \(table)")
        // Rows are at least 10 mm, room to sign.
        let rowOne = boxes.split(separator: "\n").filter { $0.hasSuffix(">1.</word>") || $0.hasSuffix(">2.</word>") }
            .compactMap { $0.split(separator: "\"").dropFirst(3).first.flatMap { Double($0) } }
        #expect(rowOne.count >= 2)
        if rowOne.count >= 2 { #expect(rowOne[1] - rowOne[0] >= 10 * 72 / 25.4 - 0.5) }
    }

    @Test func theLogoIsCheckedWhenSetAndDrawnInTheKop() throws {
        try session()
        let notImage = work.write("logo.png", Array("bukan gambar".utf8))
        let refused = try aula.run("set", "kim", "logo", notImage)
        #expect(refused.status == 1)
        #expect(refused.stderr == "aula: \(notImage): bukan gambar PNG atau JPEG; tidak ada yang disimpan.\n")
        let cut = work.write("cut.png", Array(Self.png.prefix(60)))
        #expect(try aula.run("set", "kim", "logo", cut).stderr == "aula: \(cut): PNG terpotong atau rusak; tidak ada yang disimpan.\n")
        #expect(!FileManager.default.fileExists(atPath: work.path("kim.aula/images")))
        try aula.ok("set", "kim", "logo", work.write("belu.png", Array(Self.png)))
        try aula.ok("summary", "kim", "--document", "rekap", "--format", "pdf")
        let images = try tool("pdfimages", "-list", work.path("kim.aula/exports/rekap.pdf"))
        #expect(images.split(separator: "\n").count == 3, "\(images)")  // the header lines and one image
        // The stored copy damaged afterwards: the paper is still made, without the logo, and says so.
        let stored = try roster().papers.logo
        try Data("rusak".utf8).write(to: URL(fileURLWithPath: work.path("kim.aula/" + stored)))
        let damaged = try aula.run("summary", "kim", "--document", "rekap", "--format", "pdf")
        #expect(damaged.status == 0)
        #expect(damaged.stderr.contains("peringatan: Gambar \(stored) tidak dimuat"))
        #expect(try tool("pdfimages", "-list", work.path("kim.aula/exports/rekap.pdf")).split(separator: "\n").count == 2)
    }

    @Test func photosAreCheckedWhenAddedAndLaidOutInTheLaporan() throws {
        try session()
        let good = work.write("sambutan.jpg", Array(Self.jpeg))
        let cut = work.write("terpotong.jpg", Array(Self.jpeg.prefix(400)))
        // One broken file refuses the lot: nothing copied, nothing logged.
        let refused = try aula.run("foto", "add", "kim", good, cut)
        #expect(refused.status == 1)
        #expect(refused.stderr == "aula: \(cut): JPEG terpotong atau rusak; tidak ada yang disimpan.\n")
        #expect(!FileManager.default.fileExists(atPath: work.path("kim.aula/photos")))
        #expect(try roster().photos.isEmpty)

        let caption = "Sambutan Kepala Dinas \u{1B}[31mKominfo"
        #expect(try aula.ok("foto", "add", "kim", good, work.write("peserta.png", Array(Self.png)), "--caption", caption)
            == "Foto ditambahkan (2): sambutan.jpg, peserta.png\n")
        try aula.ok("foto", "caption", "kim", "2", "Peserta dari Kecamatan Raihat")
        #expect(try roster().photos.map(\.caption) == ["Sambutan Kepala Dinas Kominfo", "Peserta dari Kecamatan Raihat"])
        #expect(try aula.ok("foto", "list", "kim").contains("peserta.png"))

        try aula.ok("summary", "kim", "--document", "laporan", "--format", "pdf")
        let laporan = work.path("kim.aula/exports/laporan.pdf")
        let text = try tool("pdftotext", "-layout", laporan, "-")
        #expect(text.contains("LAMPIRAN LAPORAN KEGIATAN") && text.contains("DOKUMENTASI KEGIATAN"))
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Foto 1. Sambutan Kepala Dinas Kominfo") && flat.contains("Foto 2. Peserta dari Kecamatan Raihat"))
        #expect(flat.contains("Daftar hadir dan dokumentasi kegiatan terlampir."))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        // Both photos are in, the JPEG turned upright by its EXIF orientation (60x30 stored, 30x60 placed).
        let images = try tool("pdfimages", "-list", laporan).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(images.count == 2, "\(images)")
        #expect(images.first.map { [$0[3], $0[4]] } == ["30", "60"])

        // An EXIF orientation no camera writes (65535) is ignored: the photo is placed as stored.
        var hostile = [UInt8](Self.jpeg)
        let orientation: [UInt8] = [0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6]
        let at = try #require((0...(hostile.count - orientation.count)).first { Array(hostile[$0..<$0 + orientation.count]) == orientation })
        hostile[at + 8] = 0xFF
        hostile[at + 9] = 0xFF
        try aula.ok("foto", "add", "kim", work.write("aneh.jpg", hostile), "--caption", "Orientasi aneh")
        let withHostile = try aula.run("summary", "kim", "--document", "laporan", "--format", "pdf")
        #expect(withHostile.status == 0 && withHostile.stderr.isEmpty, "\(withHostile.stderr)")
        let placed = try tool("pdfimages", "-list", laporan).split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(placed.count == 3 && placed.last.map { [$0[3], $0[4]] } == ["60", "30"], "\(placed)")

        // A stored photo damaged afterwards: the laporan is still made without it, and says which.
        let stored = try roster().photos[1].storedPath
        try Data("rusak".utf8).write(to: URL(fileURLWithPath: work.path("kim.aula/" + stored)))
        let damaged = try aula.run("summary", "kim", "--document", "laporan", "--format", "pdf")
        #expect(damaged.status == 0)
        #expect(damaged.stderr.contains("peringatan: Gambar \(stored) tidak dimuat"), "\(damaged.stderr)")
        #expect(try tool("pdfimages", "-list", laporan).split(separator: "\n").count == 4)
        #expect(try aula.ok("foto", "list", "kim").contains("RUSAK/HILANG"))
    }

    /// A Chinese name on a machine without a CJK font: the paper is made, and says which text prints as boxes and
    /// what to install; with the font, nothing to say.
    @Test func aScriptWithoutAFontIsNamed() throws {
        try session()
        try aula.ok("roster", "add", "kim", "--name", "王小明 Wang", "--jabatan", "Wartawan", "--unit", "Harian Tiongkok")
        let made = try aula.run("summary", "kim", "--document", "daftar-hadir", "--format", "pdf")
        #expect(made.status == 0)
        let warning = "peringatan: 1 teks memuat huruf yang tidak ada di font mesin ini (\"王小明 Wang\"); huruf itu tercetak "
            + "sebagai kotak. Pasang fontnya (Tionghoa, Jepang, Korea: apt install fonts-noto-cjk), lalu buat ulang.\n"
        let hasCJKFont = !(try tool("fc-list", ":lang=zh")).isEmpty
        #expect(made.stderr == (hasCJKFont ? "" : warning))
        #expect(try tool("pdftotext", work.path("kim.aula/exports/daftar-hadir.pdf"), "-").contains("Wang"))
    }

    /// `--blank` before the session: every seat to sign, but no time, no remark and no stand-in filled in.
    @Test func theBlankFormIsForWetSignatures() throws {
        try session()
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--blank", "--format", "pdf", "--output", "kosong.pdf")
        let text = try tool("pdftotext", "-layout", work.path("kosong.pdf"), "-")
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let words = Set(try self.words(work.path("kosong.pdf")).map(\.text))
        for seat in try roster().attendees where !seat.name.isEmpty {
            for word in seat.name.split(separator: " ") { #expect(words.contains(String(word)), "\(word) of \(seat.name)") }
        }
        #expect(!flat.contains("08:41") && !flat.contains("Maria Bete") && !flat.contains("Diwakili"))
        #expect(flat.contains("Tanda Tangan") && flat.contains("40."))
    }
}

/// The blank daftar hadir, printed before the day for wet signatures.
@Suite struct BlankFormTests {
    @Test func itPrintsNoPhoneAndEndsWithEmptyNumberedRowsForWalkIns() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "pdf", "--blank", "--extra-rows", "3",
                    "--output", work.path("kosong.pdf"))
        let text = try runTool("pdftotext", ["-layout", work.path("kosong.pdf"), "-"])
        #expect(!text.contains("0812") && !text.contains("****"), "a phone is pre-printed")
        for row in ["41", "42", "43"] { #expect(text.contains(row + "."), "row \(row)") }
        #expect(!text.contains("44."))
        let refused = try aula.run("summary", "kim", "--document", "daftar-hadir", "--blank", "--extra-rows", "501")
        #expect(refused.status == 64 && refused.stderr.contains("--extra-rows: 0 sampai 500"))
    }
}
