import Foundation
import Testing
@testable import AulaCore

/// The page plan without Cairo: text measured by a fixed rule (half an em per character, wrapped by characters).
@Suite struct PagePlannerTests {
    struct FixedMeasure: TextMeasure {
        func width(of text: String, font: PaperFont) -> Double { Double(text.count) * font.size * 0.5 }
        func height(of text: String, font: PaperFont, width: Double) -> Double {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                max(1, Int((Double(line.count) * font.size * 0.5 / max(1, width)).rounded(.up)))
            }.reduce(0, +)
            return Double(lines) * font.size * 1.2
        }
    }

    func daftarHadir(seats: Int) -> Paper {
        var events: [Event] = [Event(id: "s", desk: "a", seq: 1, at: "2020-03-27T08:00:00+08:00",
                                     change: .session([.title: "Sosialisasi KIM", .date: "2020-03-27", .start: "09:00",
                                                       .venue: "Aula", .organizer: "Dinas Kominfo"]))]
        for i in 1...seats {
            events.append(Event(id: "a\(i)", desk: "a", seq: i + 1, at: "2020-03-27T08:00:00+08:00",
                                change: .attendee(id: "a\(i)", fields: [.name: "Peserta Nomor \(i)", .jabatan: "Kepala Desa",
                                                                         .unit: "Desa Contoh \(i)", .kecamatan: "Raihat",
                                                                         .phone: "0812370198\(i % 10)"], invited: true)))
        }
        var builder = PaperBuilder(session: Fold.session(from: events), lang: .id, includePhone: true)
        builder.typeset = true
        return builder.paper(.daftarHadir)
    }

    func texts(_ page: PlannedPage) -> [String] {
        page.ops.compactMap { if case .text(let text, _, _, _, _, _) = $0 { return text } else { return nil } }
    }

    @Test func aLongTableRepeatsItsHeaderNeverSplitsARowAndLeavesRoomToSign() throws {
        let frame = PageFrame(.a4)
        let paper = daftarHadir(seats: 300)
        let pages = PagePlanner.plan([paper], frame: frame, measure: FixedMeasure(), lang: .id)
        #expect(pages.count > 5)
        var rowsSeen = 0
        for (index, page) in pages.enumerated() {
            let words = texts(page)
            #expect(words.last == "Halaman \(index + 1) dari \(pages.count)")
            let cells = page.ops.compactMap { op -> (y: Double, width: Double, height: Double, header: Bool)? in
                if case .rect(_, let y, let width, let height, let fill, _) = op { return (y, width, height, fill != nil) }
                return nil
            }
            // Nothing below the body; the table's header on top of every page that has rows of it.
            for cell in cells { #expect(cell.y + cell.height <= frame.bodyBottom + 0.001) }
            let rowsHere = words.filter { $0.hasPrefix("Peserta Nomor ") }.count
            rowsSeen += rowsHere
            if rowsHere > 0 {
                #expect(words.contains("Tanda Tangan"), "page \(index + 1) has rows but no header")
                let header = try #require(cells.first { $0.header })
                #expect(cells.allSatisfy { $0.y >= header.y })
            }
            // Every row is at least 10 mm high (room for a wet signature), its last cell at least 22% of the width.
            for cell in cells where !cell.header { #expect(cell.height >= 10 * PaperSize.mm - 0.001) }
            if let last = cells.last(where: { !$0.header }) { #expect(last.width >= frame.width * 0.22 - 0.001) }
        }
        #expect(rowsSeen == 300)
        // The signature block is whole on the last page: caption, name and NIP together.
        let last = texts(pages[pages.count - 1])
        #expect(last.contains("Mengetahui,") && last.contains("( .................... )") && last.contains("NIP. ..................."))
    }

    @Test func aSignatureBlockNeverStandsAloneOnAPage() throws {
        let frame = PageFrame(.a4)
        // A daftar hadir of every length from 10 to 60 seats: the last page always has rows above the signature.
        for seats in 10...60 {
            let pages = PagePlanner.plan([daftarHadir(seats: seats)], frame: frame, measure: FixedMeasure(), lang: .id)
            let last = texts(pages[pages.count - 1])
            #expect(last.contains("Mengetahui,"))
            #expect(last.contains { $0.hasPrefix("Peserta Nomor ") } && last.contains("Tanda Tangan"),
                    "\(seats) seats: the signature is alone on page \(pages.count)")
            #expect(pages.flatMap(texts).filter { $0.hasPrefix("Peserta Nomor ") }.count == seats)
        }
        // Minutes of every length: the signatures come with the last heading and its text, and a heading never
        // ends a page.
        let signers = [Paper.Signature(caption: "Notulis,", role: "", name: "Dominic Maly", nip: ""),
                       Paper.Signature(caption: "Pimpinan Rapat,", role: "", name: "Johanes Andes Prihatin", nip: "")]
        for paragraphs in 1...40 {
            let blocks = (1...paragraphs).map { Paper.Block.paragraph("Paragraf \($0) " + String(repeating: "kata ", count: 30)) }
                + [.heading("Tindak lanjut"), .blank(lines: 3), .signatures(placeAndDate: "Atambua, 27 Maret 2020", signers)]
            let paper = Paper(kind: .notulen, letterhead: [], title: "NOTULEN RAPAT", info: [], blocks: blocks)
            let pages = PagePlanner.plan([paper], frame: frame, measure: FixedMeasure(), lang: .id)
            let last = texts(pages[pages.count - 1])
            #expect(last.contains("Notulis,") && last.contains("Tindak lanjut"), "\(paragraphs) paragraphs")
            for page in pages.dropLast() { #expect(texts(page).dropLast().last != "Tindak lanjut") }
        }
    }

    @Test func columnsKeepNumbersWholeAndGiveNamesTheirWords() {
        let paper = daftarHadir(seats: 12)
        guard case .table(let table) = paper.blocks[0] else { Issue.record("no table"); return }
        let widths = ColumnWidths(table, width: PageFrame(.a4).width, Measurer(FixedMeasure())).widths
        #expect(table.headers == ["No", "Nama", "Jabatan", "Unit/ Instansi", "No HP", "Jam", "Ket.", "Tanda Tangan"])
        #expect(abs(widths.reduce(0, +) - PageFrame(.a4).width) < 0.01)
        #expect(widths[7] >= max(30 * PaperSize.mm, PageFrame(.a4).width * 0.22))
        // A masked phone ("0812***1981", 11 characters of 4.5 pt at 9 pt) plus padding: never broken.
        #expect(table.rows[0][4] == "0812***1981")
        #expect(widths[4] >= 11 * 4.5 + 7)
        #expect(widths[1] >= Double("Peserta".count) * 4.5 + 7)
    }

    @Test func aCrowdedSignatureFormGivesEveryWordItsRoomStepsDownOrSaysItCannot() {
        let frame = PageFrame(.a4)
        // Columns whose longest words (ten letters, 4.5 pt each at 9 pt, plus 7 pt of padding) need most of the width,
        // as a daftar penerimaan honorarium's do.
        let word = "Pemberdaya"
        func table(_ columns: Int) -> Paper.Table {
            Paper.Table(headers: Array(repeating: "A", count: columns) + ["Tanda Tangan"], rightAligned: Array(repeating: false, count: columns + 1),
                        rows: [Array(repeating: word + " dan Desa", count: columns) + ["1."]], rowPadding: 2)
        }
        let least = Double(word.count) * 4.5 + 7
        let six = ColumnWidths(table(6), width: frame.width, Measurer(FixedMeasure()))
        #expect(six.tooNarrow.isEmpty)
        #expect(six.widths.dropLast().allSatisfy { $0 >= least - 0.001 }, "\(six.widths)")
        #expect(six.widths[6] >= frame.width * 0.22 - 0.001, "\(six.widths)")
        #expect(abs(six.widths.reduce(0, +) - frame.width) < 0.01)
        // Seven do not fit beside the signature column's 22%: it keeps them, and the table says which columns break.
        let seven = ColumnWidths(table(7), width: frame.width, Measurer(FixedMeasure()))
        #expect(seven.tooNarrow == Array(0..<7))
        #expect(seven.widths[7] >= frame.width * 0.22 - 0.001, "\(seven.widths)")
        #expect(abs(seven.widths.reduce(0, +) - frame.width) < 0.01)
        // The table then steps down a size (8 pt) rather than break a word.
        let stepped = TableGeometry(table(7), width: frame.width, Measurer(FixedMeasure()))
        #expect(stepped.font.size == 8 && stepped.columns.tooNarrow.isEmpty, "\(stepped.columns.widths)")
    }

    @Test func sheetsAndMargins() {
        #expect((PaperSize.a4.width.rounded(), PaperSize.a4.height.rounded()) == (595, 842))
        #expect((PaperSize.f4.width.rounded(), PaperSize.f4.height.rounded()) == (609, 935))
        let frame = PageFrame(.f4)
        #expect(abs(frame.left - 85.04) < 0.01 && abs(frame.right - 56.69) < 0.01)
        #expect(abs(frame.width - (215 - 50) * 72 / 25.4) < 0.01)
        #expect(PaperSize.f4.cupsMedia == "Custom.215x330mm")
    }

    func images(_ page: PlannedPage) -> [(path: String, x: Double, y: Double, width: Double, height: Double)] {
        page.ops.compactMap {
            if case .image(let path, let x, let y, let width, let height, true) = $0 { return (path, x, y, width, height) }
            return nil
        }
    }

    @Test func photosTwoAPageAloneOrSixInTwoColumnsEachAboveItsCaption() {
        func lampiran(_ count: Int) -> Paper {
            Paper(kind: .laporan, letterhead: [], title: "LAMPIRAN: DOKUMENTASI KEGIATAN", info: [],
                  blocks: [.figures((1...count).map { Paper.Figure(path: "photos/p\($0).jpg", caption: "Foto \($0). Peserta") })])
        }
        let frame = PageFrame(.a4)
        let two = PagePlanner.plan([lampiran(2)], frame: frame, measure: FixedMeasure(), lang: .id)
        #expect(two.count == 1)
        let big = images(two[0])
        #expect(big.map(\.path) == ["photos/p1.jpg", "photos/p2.jpg"])
        #expect(big.allSatisfy { $0.x == frame.left && $0.width == frame.width && $0.height > 250 })
        #expect(big[1].y > big[0].y + big[0].height)

        let seven = PagePlanner.plan([lampiran(7)], frame: frame, measure: FixedMeasure(), lang: .id)
        #expect(seven.count == 2)
        let first = images(seven[0]), second = images(seven[1])
        #expect(first.count == 6 && second.count == 1)
        #expect(Set(first.map(\.x)).count == 2 && Set(first.map(\.y)).count == 3)
        #expect(first.allSatisfy { $0.width < frame.width / 2 && $0.y + $0.height <= frame.bodyBottom })
        #expect(second[0].y == frame.top && second[0].x == frame.left)
        // Each caption sits right under its photo, as wide as it.
        for image in first {
            let caption = seven[0].ops.contains {
                if case .text(let text, let x, let y, let width, _, .center) = $0 {
                    return text.hasPrefix("Foto ") && x == image.x && width == image.width && y == image.y + image.height + 4
                }
                return false
            }
            #expect(caption, "no caption under \(image.path)")
        }
    }
}
