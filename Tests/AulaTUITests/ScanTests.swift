import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The door with a USB barcode scanner: a code typed in a burst checks its seat in at once, with or without Enter;
/// a person typing the same characters is searching.
@Suite struct ScanTests {
    /// Types `text` into the app one key every `gap` seconds, as the shell delivers keys (a tick with the key's time,
    /// then the key).
    func type(_ fixture: Fixture, _ state: inout AppState, _ text: String, gap: TimeInterval) {
        for character in text {
            state.now = state.now.addingTimeInterval(gap)
            fixture.send(&state, .tick(state.now))
            fixture.type(&state, [.char(character)])
        }
    }

    func code(_ fixture: Fixture, _ id: String) -> String {
        fixture.session.attendee(id: id)!.code(in: fixture.session)
    }

    @Test func aScanWithEnterChecksInAtOnceAndClearsTheSearch() {
        let fixture = Fixture()
        var state = fixture.state()
        let code = code(fixture, "d3")
        type(fixture, &state, code, gap: 0.002)
        fixture.type(&state, [.enter])
        #expect(state.session.attendee(id: "d3")?.status == .hadir)
        #expect(fixture.events.last?.change == .checkIn(attendee: "d3", status: .hadir, standIn: "", standInJabatan: "", time: ""))
        #expect(state.hadir.query.text.isEmpty)
        #expect(state.hadir.scanBanner == ScanBanner(kind: .marked, lines: ["✓ HADIR 09:14", "Hendrikus Mau Tasi", "Kepala Desa — Desa Fatuba'a"],
                                                     seat: "d3"))
        #expect(state.selectedAttendee?.id == "d3")
        #expect(state.bells == 0)
    }

    @Test func aScanWithoutEnterIsTakenOnceTheKeysStop() {
        let fixture = Fixture()
        var state = fixture.state()
        type(fixture, &state, code(fixture, "d1"), gap: 0.003)
        #expect(state.awaitsScanEnd)
        state.now = state.now.addingTimeInterval(0.1)
        fixture.send(&state, .tick(state.now))
        #expect(state.session.attendee(id: "d1")?.status == .belumHadir)  // 100 ms: perhaps more is coming
        state.now = state.now.addingTimeInterval(0.06)
        fixture.send(&state, .tick(state.now))
        #expect(state.session.attendee(id: "d1")?.status == .hadir)
        #expect(state.hadir.query.text.isEmpty && !state.awaitsScanEnd)
    }

    @Test func aPersonTypingACodeIsSearchingNotScanning() {
        let fixture = Fixture()
        var state = fixture.state()
        let code = code(fixture, "d1")
        type(fixture, &state, code, gap: 0.12)
        #expect(!state.awaitsScanEnd)
        state.now = state.now.addingTimeInterval(2)
        fixture.send(&state, .tick(state.now))
        // Still a search, showing the seat the code names; nothing recorded.
        #expect(state.hadir.query.text == code)
        #expect(state.hadir.visible.map { state.session.attendees[$0].id } == ["d1"])
        #expect(state.session.attendee(id: "d1")?.status == .belumHadir)
        #expect(state.hadir.scanBanner == nil)
    }

    @Test func aSecondScanSaysSinceWhenAndChangesNothing() {
        let fixture = Fixture()
        var state = fixture.state()
        let code = code(fixture, "d3")
        type(fixture, &state, code, gap: 0.002)
        fixture.type(&state, [.enter])
        let events = fixture.events.count
        state.now = state.now.addingTimeInterval(300)
        type(fixture, &state, code, gap: 0.002)
        fixture.type(&state, [.enter])
        #expect(fixture.events.count == events)
        #expect(state.hadir.scanBanner == ScanBanner(kind: .alreadyPresent,
                                                     lines: ["Kepala Desa Fatuba'a (Hendrikus Mau Tasi) sudah hadir sejak 09:14 (meja1)"]))
    }

    @Test func aMisreadOrForeignCodeIsRefusedWithTheBell() {
        let fixture = Fixture()
        var state = fixture.state()
        var code = Array(code(fixture, "d3"))
        code[code.count - 1] = code.last == "0" ? "1" : "0"
        type(fixture, &state, String(code), gap: 0.002)
        fixture.type(&state, [.enter])
        #expect(state.bells == 1)
        #expect(state.hadir.scanBanner?.kind == .refused)
        #expect(state.hadir.scanBanner?.lines.first?.hasSuffix("salah baca atau salah ketik (karakter periksa tidak cocok). Pindai lagi.") == true)
        #expect(state.hadir.query.text.isEmpty)
        #expect(fixture.events.count == Fixture.changes.count)
        // The next key clears the banner.
        fixture.type(&state, [.char("t")])
        #expect(state.hadir.scanBanner == nil)
    }

    @Test func theBannerShowsOverTheListAndTheScannedSeat() {
        let fixture = Fixture()
        var state = fixture.state()
        type(fixture, &state, code(fixture, "d3"), gap: 0.002)
        fixture.type(&state, [.enter])
        let lines = AppView.render(state).lines
        #expect(lines[6].contains("✓ HADIR 09:14"))
        #expect(lines[7].contains("Hendrikus Mau Tasi"))
        // Under the banner, the list with the scanned seat marked.
        #expect(lines[10...].contains { $0.contains("Hendrikus Mau Tasi") && $0.contains("hadir") })
    }

    @Test func aBurstIsSearchedOnlyWhenItEndsOrAnotherKeyNeedsTheList() {
        let fixture = Fixture()
        var state = fixture.state()
        let code = code(fixture, "d1")
        type(fixture, &state, String(code.prefix(7)), gap: 0.002)
        #expect(state.hadir.filterStale)
        #expect(state.awaitsScanEnd)
        fixture.type(&state, [.down])  // a key that needs the list searches first
        #expect(!state.hadir.filterStale)
        #expect(state.hadir.visible == state.index.search(String(code.prefix(7))).map(\.index))
        // A person's key is searched at the shell's next look, 50 ms on.
        fixture.type(&state, [.escape])
        state.now = state.now.addingTimeInterval(1)
        fixture.send(&state, .tick(state.now))
        fixture.type(&state, [.char("T")])
        #expect(state.hadir.filterStale && state.awaitsScanEnd)
        state.now = state.now.addingTimeInterval(0.05)
        fixture.send(&state, .tick(state.now))
        #expect(!state.hadir.filterStale && !state.awaitsScanEnd)
        #expect(state.hadir.visible == state.index.search("T").map(\.index))
        #expect(CheckInCode.mayBegin("K7Q2-00") && CheckInCode.mayBegin("K") && !CheckInCode.mayBegin("k7q") && !CheckInCode.mayBegin("SADI TOHE"))
    }

    /// Keys as the shell reads them together: a scan where keys are commands is taken whole before any is mapped.
    func burst(_ fixture: Fixture, _ state: inout AppState, _ keys: [Key]) {
        if let scan = KeyMap.scan(keys, in: KeyMap.mode(state)) {
            fixture.send(&state, scan)
        } else {
            fixture.type(&state, keys)
        }
    }

    @Test func aScanOnEveryOtherTabIsAScanNeverItsKeys() {
        let fixture = Fixture()
        for (tab, id) in [(Tab.acara, "d1"), (.materi, "d2"), (.dokumen, "d3")] {
            var state = fixture.state()
            state.tab = tab
            let agenda = state.session.agenda
            let keys = code(fixture, id).map { Key.char($0) }
            #expect(KeyMap.mayBeginScan(Array(keys.prefix(1)), in: KeyMap.mode(state)))
            burst(fixture, &state, keys + [.enter])
            #expect(state.session.attendee(id: id)?.status == .hadir, "\(tab)")
            #expect(state.tab == .hadir && state.hadir.scanBanner?.kind == .marked, "\(tab)")
            #expect(state.hadir.query.text.isEmpty && state.selectedAttendee?.id == id)
            // Its digits and letters did nothing else: no tab switched by hand, no item started, no search typed.
            #expect(state.session.agenda == agenda && state.pendingConfirm == nil)
        }
    }

    @Test func keysThatAreNotAWholeCodeStayCommands() {
        let mode = KeyMap.Mode.acara
        #expect(KeyMap.scan([.char("n")], in: mode) == nil)
        #expect(!KeyMap.mayBeginScan([.char("n")], in: mode) && KeyMap.mayBeginScan([.char("2")], in: mode))
        #expect(KeyMap.scan("1QNE-0022".map { Key.char($0) }, in: mode) == nil)
        #expect(KeyMap.scan("1QNE-0022-9".map { Key.char($0) } + [.enter, .char("n")], in: mode) == nil)
        // On the Hadir tab the search takes a scan as it always has.
        #expect(KeyMap.scan("1QNE-0022-9".map { Key.char($0) }, in: .hadir) == nil)
        #expect(KeyMap.scan("1QNE-0022-9".map { Key.char($0) }, in: mode) == .scanned("1QNE-0022-9"))
    }

    @Test func theBannerFollowsWhatHoldsAfterAStandInIsNamed() {
        let fixture = Fixture()
        var state = fixture.state()
        for character in code(fixture, "d1") {
            state.now = state.now.addingTimeInterval(0.002)
            fixture.send(&state, .tick(state.now))
            fixture.type(&state, [.char(character)])
        }
        fixture.type(&state, [.enter])
        #expect(state.hadir.scanBanner?.lines.first == "✓ HADIR 09:14")
        // The holder sent someone: F2 on the scanned seat, and the banner says who is there now.
        fixture.send(&state, .askStandIn)
        fixture.type(&state, "Maria Bete")
        fixture.send(&state, .formSubmit)
        #expect(state.hadir.scanBanner == ScanBanner(kind: .marked, lines: ["✓ DIWAKILI 09:14", "Maria Bete (mewakili Yohanes Bau)",
                                                                             "Kepala Desa — Desa Tohe"], seat: "d1"))
    }

    @Test func aScanIntoAHalfTypedSearchIsAScanAndTheTypedLettersGo() {
        let fixture = Fixture()
        var state = fixture.state()
        // Someone was typing "yul" by hand when the next person's code came in from the scanner.
        type(fixture, &state, "yul", gap: 0.2)
        state.now = state.now.addingTimeInterval(0.5)
        type(fixture, &state, code(fixture, "d3"), gap: 0.002)
        fixture.type(&state, [.enter])
        #expect(state.session.attendee(id: "d3")?.status == .hadir)
        #expect(state.hadir.query.text.isEmpty && state.hadir.scanBanner?.kind == .marked)
        #expect(state.message == "6. Hendrikus Mau Tasi — Kepala Desa Fatuba'a: hadir 09:14 WITA — Kode dipindai; ketikan 'yul' sebelumnya dihapus.")
        // Without Enter too: taken once the keys stop.
        type(fixture, &state, "ma", gap: 0.2)
        state.now = state.now.addingTimeInterval(0.5)
        type(fixture, &state, code(fixture, "d1"), gap: 0.002)
        state.now = state.now.addingTimeInterval(0.2)
        fixture.send(&state, .tick(state.now))
        #expect(state.session.attendee(id: "d1")?.status == .hadir)
        #expect(state.message?.hasSuffix(" — Kode dipindai; ketikan 'ma' sebelumnya dihapus.") == true)
    }

    @Test func scanningASeatWithoutANameSaysSoAndTheTabCountsThem() {
        let fixture = Fixture()
        var state = fixture.state()
        type(fixture, &state, code(fixture, "d2"), gap: 0.002)
        fixture.type(&state, [.enter])
        #expect(state.hadir.scanBanner?.lines == ["✓ HADIR 09:14", "Nama belum diisi: ^E untuk mengisinya",
                                                  "Kepala Desa — Desa Tohe Leten"])
        #expect(state.counts.presentWithoutName == 1)
        let search = AppView.render(state).lines.first { $0.contains("Cari:") } ?? ""
        #expect(search.contains("1 hadir tanpa nama · 7 baris"), "\(search)")
        // ^E opens the seat's form at its name; filled in, the count goes.
        fixture.send(&state, .editAttendee)
        fixture.type(&state, "Arnoldus Nahak")
        fixture.send(&state, .formSubmit)
        #expect(state.session.attendee(id: "d2")?.name == "Arnoldus Nahak" && state.counts.presentWithoutName == 0)
    }
}
