import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The office's directory in the app (Dokumen, d): find as one types, edit one, forget one with Del twice.
@Suite struct DirectoryTests {
    func office(_ fixture: Fixture) -> Session {
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        let people: [(String, ChangeFields<Change.PersonField>)] = [
            ("p1", [.name: "Agustinus Nahak, S.E.", .role: "narasumber", .npwp: "12.345.678.9-012.000", .seenOn: "2025-03-18", .seenAt: "Sosialisasi"]),
            ("p2", [.name: "Rini Seran", .role: "panitia", .nik: "5304016606950003", .phone: "081234567890"]),
            ("p3", [.name: "Yohanes Bria", .seat: "Kepala Desa Tohe", .seenOn: "2025-03-18", .seenAt: "Sosialisasi"]),
        ]
        fixture.world.officeEvents = people.enumerated().map { index, person in
            Event(id: "o\(index)", desk: "kantor", seq: index + 1, at: clock.iso(Fixture.now), change: .person(id: person.0, fields: person.1))
        }
        return Fold.state(from: fixture.world.officeEvents).current
    }

    @Test func findEditAndForget() {
        let fixture = Fixture()
        var state = fixture.state()
        state.directory = office(fixture)
        fixture.send(&state, .selectTab(.dokumen))
        fixture.type(&state, [.char("d")])
        #expect(KeyMap.mode(state) == .directory)
        var lines = AppView.render(state).lines
        #expect(lines[3].contains("Direktori kantor: 3 dari 3 orang"))
        #expect(lines.contains { $0.contains("Rini Seran · panitia · NIK 5304********0003 · 0812****7890") })
        // Letters search (q too: it does not quit here).
        fixture.type(&state, "seran")
        lines = AppView.render(state).lines
        #expect(lines[3].contains("1 dari 3 orang") && lines[4].contains("Cari: seran"))
        // Enter edits her; the NIK changes, saved to the office's log.
        fixture.type(&state, [.enter])
        #expect(state.form?.purpose == .directoryPerson(id: "p2"))
        for _ in 0..<7 { fixture.type(&state, [.down]) }
        for _ in 0..<16 { fixture.type(&state, [.backspace]) }
        fixture.type(&state, "5304016606950004")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        #expect(fixture.world.officeEvents.last?.change == .person(id: "p2", fields: [.nik: "5304016606950004"]))
        #expect(state.directory?.people.first { $0.id == "p2" }?.nik == "5304016606950004")
        #expect(state.message == "Direktori diubah: Rini Seran")
        // Del twice forgets her; the first only asks.
        fixture.type(&state, [.delete])
        #expect(state.message == "Del sekali lagi untuk melupakan Rini Seran dari direktori (log sesi tetap menyimpannya).")
        #expect(state.directory?.people.count == 3)
        fixture.type(&state, [.delete])
        #expect(fixture.world.officeEvents.last?.change == .forget(person: "p2"))
        #expect(state.directory?.people.map(\.name) == ["Agustinus Nahak, S.E.", "Yohanes Bria"])
        #expect(state.message == "Dilupakan: Rini Seran")
        fixture.type(&state, [.escape])
        #expect(state.directoryOverlay == nil && KeyMap.mode(state) == .dokumen)
    }
}
