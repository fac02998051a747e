import AulaCore
import Testing
@testable import AulaTUI

/// The start screen: the office's sessions most recent first; Enter opens one, c asks for a new one made from it.
@Suite struct StartScreenTests {
    let entries = [
        StartScreen.Entry(path: "/d/maret.aula", title: "Sosialisasi Dana Desa", date: "2025-03-18", invited: 3, present: 2),
        StartScreen.Entry(path: "/d/juni.aula", title: "Tahap II", date: "2025-06-12", invited: 3, present: 0),
        StartScreen.Entry(path: "/d/hilang.aula", title: "Tahap III", date: "2025-11-03", invited: nil, present: nil),
    ]

    @Test func theSessionsMostRecentFirstAndOpenOne() {
        var state = StartScreen(office: "DPMD Kabupaten Belu", entries: entries, lang: .id, size: Size(width: 80, height: 24))
        #expect(state.entries.map(\.title) == ["Tahap III", "Tahap II", "Sosialisasi Dana Desa"])
        let lines = StartView.render(state).lines
        #expect(lines[0].hasPrefix(" Aula — DPMD Kabupaten Belu"))
        #expect(lines[3] == " Tanggal     Diundang Hadir    %  Kegiatan")
        #expect(lines[4].hasPrefix(" 2025-11-03         -     -       Tahap III"))
        #expect(lines[5].hasPrefix(" 2025-06-12         3     0   0%  Tahap II"))
        #expect(lines[6].hasPrefix(" 2025-03-18         3     2  67%  Sosialisasi Dana Desa"))
        #expect(lines[23].hasPrefix(" ↑↓ pilih  Enter buka  c sesi baru dari ini  d demo  q keluar"))
        #expect(state.update(.down) == nil && state.update(.down) == nil && state.update(.down) == nil)
        #expect(state.selected == 2)
        #expect(state.update(.enter) == .open(path: "/d/maret.aula"))
        #expect(state.update(.char("d")) == .demo)
        #expect(state.update(.char("q")) == .quit)
    }

    @Test func aNewSessionFromTheSelectedOne() {
        var state = StartScreen(office: "DPMD", entries: entries, lang: .id, size: Size(width: 80, height: 24))
        _ = state.update(.down)
        _ = state.update(.char("c"))
        #expect(state.form?.map(\.text) == ["", "Tahap II", ""] && state.focus == 0)
        for c in "november" { _ = state.update(.char(c)) }
        _ = state.update(.tab)
        for _ in 0..<2 { _ = state.update(.backspace) }
        for c in "III" { _ = state.update(.char(c)) }
        _ = state.update(.tab)
        for c in "2025-11-31" { _ = state.update(.char(c)) }
        #expect(state.update(.enter) == nil)
        #expect(state.message == "Tanggal: TTTT-BB-HH, misalnya 2025-06-12.")
        _ = state.update(.backspace)
        _ = state.update(.char("0"))
        #expect(state.update(.enter) == .copy(path: "/d/juni.aula", dir: "november", title: "Tahap III", date: "2025-11-30"))
        let lines = StartView.render(state).lines
        #expect(lines.contains { $0.contains("Sesi baru dari: Tahap II") })
        #expect(lines[23].hasPrefix(" Tab kolom berikut  Enter buat dan buka  Esc batal"))
        _ = state.update(.escape)
        #expect(state.form == nil)
    }
}
