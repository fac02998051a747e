import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// Typing at the door can never change what the hall sees by accident (issue 18's scene: a stand-in's name typed
/// after a search with no match, Tab, and the rest of the letters became agenda commands).
@Suite struct DoorSafetyTests {
    @Test func aKeyWithNothingSelectedSaysWhy() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "zzz")
        #expect(state.hadir.visible.isEmpty)
        fixture.type(&state, [.function(2)])
        #expect(state.form == nil)
        #expect(state.message == "Tidak ada peserta terpilih: pencarian 'zzz' tidak cocok. Esc menghapusnya; ^N menambah peserta baru.")
    }

    @Test func tabDoesNotLeaveAHalfTypedSearch() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "Doris")
        fixture.type(&state, [.tab])
        #expect(state.tab == .hadir)
        #expect(state.message == "Pencarian 'Doris' belum selesai: Enter mencatat, Esc menghapus, lalu Tab.")
        fixture.type(&state, " Camat")
        #expect(state.hadir.query.text == "Doris Camat")
        #expect(fixture.session.agenda.count == 3)
    }

    @Test func startingAndEndingAnItemAsksOneConfirmingKey() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        let events = fixture.events.count
        fixture.type(&state, [.char("n")])
        #expect(fixture.events.count == events)
        #expect(state.message == "Tekan n sekali lagi untuk memulai: 1. Pembukaan (tombol lain membatalkan).")
        fixture.type(&state, [.char("n")])
        #expect(fixture.session.agenda[0].isRunning)
        // Another key between the two cancels.
        fixture.type(&state, [.char("e")])
        fixture.type(&state, [.down])
        fixture.type(&state, [.char("e")])
        #expect(fixture.session.agenda[0].isRunning)
        #expect(state.message == "Tekan e sekali lagi untuk mengakhiri: 1. Pembukaan (tombol lain membatalkan).")
        fixture.type(&state, [.char("e")])
        #expect(!fixture.session.agenda[0].isRunning)
    }

    @Test func theAcaraTabMovesEditsAndRemovesAnItem() {
        let fixture = Fixture([.note(id: "n1", item: "i3", text: "Dana desa untuk KIM")])
        var state = fixture.state()
        fixture.send(&state, .selectTab(.acara))
        fixture.type(&state, [.down, .char(">")])
        #expect(fixture.session.agenda.map(\.title) == ["Pembukaan", "Tanya jawab", "Materi: Pembentukan KIM"])
        #expect(state.agendaSelected == 2 && state.message == "Acara dipindah ke urutan 3: Materi: Pembentukan KIM")
        let events = fixture.events.count
        fixture.type(&state, [.char(">")])  // already last: nothing happens
        fixture.type(&state, [.up, .up, .char("<")])  // already first
        #expect(fixture.events.count == events)
        // ^E: the item's form, with its actual times written up afterwards; only what changed is written.
        fixture.type(&state, [.ctrl("e")])
        #expect(state.form?.title == "Ubah acara 1")
        fixture.type(&state, [.down, .down, .down, .down])
        fixture.type(&state, "09:02")
        fixture.type(&state, [.down])
        fixture.type(&state, "09:14")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        #expect(fixture.events.last?.change == .agenda(id: "i1", fields: [.start: "2020-03-27T09:02:00+08:00",
                                                                          .end: "2020-03-27T09:14:00+08:00"]))
        // x asks once more, saying what goes with the item; ^Z puts it back.
        fixture.type(&state, [.down, .char("x")])
        #expect(state.message == "Tekan x sekali lagi untuk menghapus: 2. Tanya jawab — 1 catatan (tombol lain membatalkan).")
        fixture.type(&state, [.char("x")])
        #expect(fixture.session.agenda.map(\.title) == ["Pembukaan", "Materi: Pembentukan KIM"])
        #expect(state.message == "Acara dihapus: 2. Tanya jawab (batal: ^Z)")
        fixture.type(&state, [.ctrl("z")])
        #expect(fixture.session.agenda.map(\.title) == ["Pembukaan", "Tanya jawab", "Materi: Pembentukan KIM"])
    }

    @Test func aWalkInsKecamatanIsOneOfTheSessionsUnlessANewOneIsMeant() {
        let fixture = Fixture()
        var state = fixture.state()
        func walkIn(_ name: String, kecamatan: String) {
            fixture.type(&state, [.ctrl("n")])
            fixture.type(&state, name)
            for _ in 0..<3 { fixture.send(&state, .formNextField) }
            fixture.type(&state, kecamatan)
            fixture.send(&state, .formSubmit)
        }
        // Typed letters complete it: "tasif" is Tasifeto Timur, spelled as the roster spells it.
        walkIn("Paulus Walk", kecamatan: "tasif")
        #expect(state.form == nil)
        #expect(fixture.session.attendees.last?.kecamatan == "Tasifeto Timur")
        // A kecamatan the session does not have is refused once, then taken on purpose.
        walkIn("Maria Baru", kecamatan: "Lamaknen")
        #expect(state.form?.error == "Kecamatan 'Lamaknen' belum ada di kegiatan ini (ada: Raihat, Tasifeto Timur). "
                + "Simpan sekali lagi untuk menambahkannya sebagai kecamatan baru.")
        fixture.send(&state, .formSubmit)
        #expect(state.form == nil)
        #expect(fixture.session.attendees.last?.kecamatan == "Lamaknen")
    }
}
