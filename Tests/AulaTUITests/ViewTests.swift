import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The whole app drawn for fixed sessions and sizes, compared as plain text (dates and ids are fixed by the fixture).
@Suite struct ViewTests {
    /// The session of `midSession`, before the morning's actions.
    func morning() -> Fixture {
        let fixture = Fixture([.material(Material(sha256: "ab12", item: "i2", title: "Paparan: Pembentukan KIM",
                                    fileName: "paparan-kim.pdf", storedPath: "materials/ab12.pdf", size: 1_482_113)),
                 .photo(Photo(sha256: "cd34", caption: "Sambutan Kepala Dinas Kominfo", fileName: "IMG_2031.jpg",
                              storedPath: "photos/cd34.jpg", size: 2_311_420)),
                 .note(id: "n1", item: "i1", text: "Acara dibuka oleh Kadis Kominfo.\nPeserta 7 orang.")])
        fixture.world.damaged = ["cd34"]
        return fixture
    }

    /// A session mid-morning: one hadir, one diwakili, the first item running for 14 minutes, a material, a photo whose
    /// copy was damaged, a note.
    func midSession(_ size: Size, lang: Lang = .id) -> AppState {
        midSession(morning(), size, lang: lang)
    }

    func midSession(_ fixture: Fixture, _ size: Size, lang: Lang = .id) -> AppState {
        var state = fixture.state(size: size, lang: lang)
        fixture.type(&state, "fatu")
        fixture.send(&state, .checkIn)
        fixture.type(&state, "sadi")
        fixture.send(&state, .askStandIn)
        fixture.type(&state, "Maria Luruk")
        fixture.send(&state, .formSubmit)
        fixture.send(&state, .selectTab(.acara))
        fixture.confirmed(&state, .startNextItem)
        fixture.send(&state, .tick(Fixture.now.addingTimeInterval(14 * 60)))
        fixture.send(&state, .materialsChecked(["ab12": true, "cd34": false]))  // as the runtime finds them
        fixture.send(&state, .selectTab(.hadir))
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyTab(width: Int, height: Int) {
        let fixture = morning()
        var state = midSession(fixture, Size(width: width, height: height))
        for tab in Tab.allCases {
            fixture.send(&state, .selectTab(tab))  // the Dokumen preview is made by the runtime
            expectSnapshot(AppView.render(state), "\(tab)-\(width)x\(height)")
        }
    }

    @Test func timerMarksTheLastTwoMinutesAndOvertime() {
        var state = midSession(Size(width: 80, height: 24))
        state.tab = .acara
        // The words and the colour change together: accent while there is time, warn in the last two minutes, danger over.
        for (minutes, line, style) in [(5.0, " ▶ Berjalan 05:00 dari 15 menit  (sisa 10:00)", Style.role(.accent, bold: true)),
                                       (13.0, " ▶ Berjalan 13:00 dari 15 menit  ◆ sisa 02:00", Style.role(.warn, bold: true)),
                                       (20.0 + 7.0 / 60, " ▶ Berjalan 20:07 dari 15 menit  ■ LEWAT +05:07", Style.role(.danger, bold: true))] {
            state.now = Fixture.now.addingTimeInterval(minutes * 60)
            let screen = AppView.render(state)
            #expect(screen.lines[14] == line)
            #expect(screen[x: 1, y: 14].style == style, "\(line)")
        }
    }

    @Test func aClockBehindTheOtherDesksIsShownInTheHeader() {
        var state = midSession(Size(width: 80, height: 24))
        #expect(!AppView.render(state).lines[1].contains("⚠"))
        // Another desk wrote twelve minutes after this laptop's now: this clock is behind.
        state.session.lastEventAt["kiri"] = state.session.clock.iso(state.now.addingTimeInterval(12 * 60 + 5))
        let screen = AppView.render(state)
        #expect(screen.lines[1].hasPrefix(" ⚠ jam laptop ini 12 menit di belakang meja kiri"), "\(screen.lines[1])")
        #expect(screen[x: 1, y: 1].style == .role(.warn, bold: true))
        // Four minutes is two laptops set by hand; this desk's own events never count.
        state.session.lastEventAt["kiri"] = state.session.clock.iso(state.now.addingTimeInterval(4 * 60))
        state.session.lastEventAt[state.desk] = state.session.clock.iso(state.now.addingTimeInterval(60 * 60))
        #expect(!AppView.render(state).lines[1].contains("⚠"))
    }

    @Test func longWordsAtEightyColumnsWrapOrShortenAtAWord() {
        var state = midSession(Size(width: 80, height: 24))
        state.hadir.scanBanner = ScanBanner(kind: .refused, lines: [
            "Kode ZZZZ-0001-A salah baca atau salah ketik (karakter periksa tidak cocok). Pindai lagi."])
        state.message = "22. Yohanes Bau — Kepala Desa Tohe: hadir 23:43 WITA — Kode dipindai; ketikan 'yul' sebelumnya dibuang dari pencarian."
        let screen = AppView.render(state)
        // The banner wraps the reason over its rows, whole.
        let banner = screen.lines[6...8].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(banner.contains("salah baca atau salah ketik (karakter periksa tidak cocok). Pindai lagi."), "\(banner)")
        // The message is shortened where a word ends, marked with "…".
        let message = screen.lines[22].trimmingCharacters(in: .whitespaces)
        #expect(message.hasSuffix("…") && message.hasPrefix("22. Yohanes Bau"), "\(message)")
        let kept = String(message.dropLast())
        #expect(state.message!.hasPrefix(kept))
        #expect(state.message![kept.endIndex...].first.map { !$0.isLetter && !$0.isNumber } ?? true, "cut mid-word: \(message)")
    }

    @Test func englishLabels() {
        var state = midSession(Size(width: 80, height: 24), lang: .en)
        expectSnapshot(AppView.render(state), "hadir-80x24-en")
        state.tab = .acara
        expectSnapshot(AppView.render(state), "acara-80x24-en")
    }

    @Test func searchAndMissingViews() {
        var fixture = Fixture()
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.type(&state, "toh")
        let screen = AppView.render(state)
        expectSnapshot(screen, "hadir-search-80x24")
        // The selected row is drawn reversed and bold across the row; the other match is not.
        let rows = screen.lines.indices.filter { screen.lines[$0].contains("Tohe") }
        #expect(rows.count == 2)
        #expect(screen[x: 2, y: rows[0]].style == Style(bold: true, reverse: true))
        #expect(screen[x: 79, y: rows[0]].style == Style(bold: true, reverse: true))
        #expect(!screen[x: 2, y: rows[1]].style.reverse)
        // A failed save shows in the header in the danger colour.
        var failed = state
        failed.saveState = .failed("disk penuh")
        let header = AppView.render(failed)
        // Every character before the mark is one column wide, so its index is its column.
        let x = Array(header.lines[1]).firstIndex(of: "✗")
        #expect(x.map { header[x: $0, y: 1].style } == .role(.danger, bold: true), "\(header.lines[1])")
        fixture.send(&state, .toggleMissing)
        expectSnapshot(AppView.render(state), "hadir-missing-80x24")
    }

    @Test func overlays() {
        var fixture = Fixture()
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .toggleHelp)
        expectSnapshot(AppView.render(state), "help-80x24")
        // Taller than 80x24: ↓ scrolls it to its end, the notes editor's keys, and no further.
        fixture.type(&state, Array(repeating: .down, count: 10))
        let scrolled = AppView.render(state).lines
        #expect(scrolled.contains { $0.contains("Notulen:       ^S F2 simpan") })
        #expect(scrolled[3].contains("▲") && !scrolled.contains { $0.contains("▼") })
        #expect(state.helpScroll == HelpView.maxScroll(state.size, lang: .id))
        fixture.send(&state, .cancel)
        fixture.send(&state, .addWalkIn)
        fixture.type(&state, "Oa")
        fixture.send(&state, .formNextField)
        expectSnapshot(AppView.render(state), "form-walkin-80x24")
        fixture.send(&state, .cancel)
        fixture.send(&state, .selectTab(.acara))
        fixture.send(&state, .addQuestion)
        fixture.type(&state, "toh")
        expectSnapshot(AppView.render(state), "form-question-80x24")
        fixture.send(&state, .cancel)
        fixture.send(&state, .editNotes)
        fixture.type(&state, "Baris satu")
        fixture.send(&state, .editorNewline)
        fixture.type(&state, "東京 dan Fatuba’a")
        expectSnapshot(AppView.render(state), "editor-80x24")
    }

    @Test func longRosterDrawsOnlyWhatIsVisible() {
        var changes: [Change] = []
        for i in 1...20_000 {
            changes.append(Fixture.seat("x\(i)", "Kepala Desa", "Desa Contoh \(i)", "Kecamatan \(i % 12)", name: "Peserta \(i)"))
        }
        var fixture = Fixture(changes)
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .selectLast)
        let screen = AppView.render(state)
        expectSnapshot(screen, "hadir-long-end-80x24")
        // Twenty thousand rows, and the text put is about one screen's worth: only the visible rows were drawn.
        #expect(screen.putCount < 400, "\(screen.putCount) pieces of text put for one 80x24 screen")
        fixture.type(&state, "19999")
        expectSnapshot(AppView.render(state), "hadir-long-search-80x24")
    }

    @Test(arguments: [(1, 1), (2, 1), (40, 10), (79, 24), (80, 23)])
    func tinyTerminals(width: Int, height: Int) {
        let state = midSession(Size(width: width, height: height))
        expectSnapshot(AppView.render(state), "tiny-\(width)x\(height)")
    }

    @Test func controlCharactersNeverReachTheScreen() {
        let fixture = Fixture([Fixture.seat("evil", "Camat\u{1B}[2J", "Desa \u{1B}]0;pwned\u{07}X", "Raihat",
                                            name: "Nama\u{202E}terbalik\u{200B}\u{1B}[31m")])
        let state = fixture.state(size: Size(width: 80, height: 24))
        let screen = AppView.render(state)
        for cell in screen.cells {
            #expect(cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0.value != 0x202E })
        }
        #expect(screen.lines[13].contains("Namaterbalik"))
    }

    @Test func aMegabyteNoteShowsItsFirstLines() {
        let text = (1...20_000).map { "Baris \($0): KIM dibentuk di setiap desa melalui musyawarah." }.joined(separator: "\n")
        #expect(text.utf8.count > 1_000_000)
        var fixture = Fixture([.note(id: "n1", item: "i1", text: text)])
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .selectTab(.acara))
        let lines = AppView.render(state).lines
        #expect(lines.contains { $0.hasPrefix("   Baris 1: KIM dibentuk") })
        #expect(!lines.contains { $0.contains("Baris 20000") })
    }

    @Test func theCountersAt80ColumnsAreShortenedByWordsNeverCutInOne() {
        let fixture = Fixture([Fixture.seat("w1", "Wartawan", "TIMORline.com", "", name: "Oa Bere", invited: false),
                               .checkIn(attendee: "w1", status: .hadir, standIn: "", standInJabatan: "", time: "")])
        for width in [80, 100] {
            let screen = AppView.render(fixture.state(size: Size(width: width, height: 24)))
            let counters = screen.lines.first { $0.contains("Diundang") } ?? ""
            #expect(counters.contains("+1 tanpa undangan"), "\(width): \(counters)")
            #expect(DisplayWidth.of(counters) <= width)
        }
    }
}
