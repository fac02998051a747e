import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// What an action asks of the world and what comes back, checked whole, as The Composable Architecture's test store
/// checks a reducer's effects: every effect performed, in order, with the actions its result sent back.
@Suite struct EffectTests {
    @Test func aCheckInAppendsOnceAndTheSavedSessionComesBack() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "bau")
        let steps = fixture.steps(&state, .checkIn)
        let message = "3. Yohanes Bau — Kepala Desa Tohe: hadir 09:14 WITA"
        #expect(steps == [Fixture.Step(
            effect: .append([.checkIn(attendee: "d1", status: .hadir, standIn: "", standInJabatan: "", time: "")], message: message),
            results: [.saved(fixture.session, message: message)])])
        #expect(state.saveState == .saved && state.session == fixture.session)
    }

    @Test func undoTakesBackTheLastChangeThroughOneEffect() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "bau")
        fixture.send(&state, .checkIn)
        let checkIn = fixture.events.last!
        let steps = fixture.steps(&state, .undo)
        #expect(steps.map(\.effect) == [.undo])
        #expect(steps.first?.results.count == 1)
        guard case .saved(let session, let message)? = steps.first?.results.first else {
            Issue.record("undo brought back \(steps)")
            return
        }
        #expect(session.attendee(id: "d1")?.status == .belumHadir)
        #expect(message?.hasPrefix("Dibatalkan: ") == true, "\(message ?? "")")
        #expect(fixture.events.last?.change == .undo(target: checkIn.id))
    }

    @Test func aScanOnTheAcaraTabIsOneAppendOfItsSeat() {
        let fixture = Fixture()
        var state = fixture.state()
        state.tab = .acara
        let code = fixture.session.attendee(id: "d3")!.code(in: fixture.session)
        let steps = fixture.steps(&state, .scanned(code))
        let message = "6. Hendrikus Mau Tasi — Kepala Desa Fatuba'a: hadir 09:14 WITA"
        #expect(steps == [Fixture.Step(
            effect: .append([.checkIn(attendee: "d3", status: .hadir, standIn: "", standInJabatan: "", time: "")], message: message),
            results: [.saved(fixture.session, message: message)])])
    }

    @Test func printingAndExportingSayWhatThePDFMakerWarnedAbout() {
        let fixture = Fixture()
        fixture.world.papers = CountedPapers(warnings: ["images/3f9a.jpg rusak; laporan dibuat tanpa foto itu"])
        var state = fixture.state()
        fixture.send(&state, .selectTab(.dokumen))
        fixture.send(&state, .printDocument)
        #expect(state.message == "Tidak bisa mencetak (lp tidak ada / lp not found); berkas: /data/kim.aula/exports/daftar-hadir.pdf"
            + " — peringatan: images/3f9a.jpg rusak; laporan dibuat tanpa foto itu")
        fixture.send(&state, .exportPapers)
        #expect(state.message?.hasSuffix(" — peringatan: images/3f9a.jpg rusak; laporan dibuat tanpa foto itu") == true)
    }

    @Test func aStandInWithoutANameIsRefusedByTheOperationAndTheFormStays() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.type(&state, "bau")
        fixture.send(&state, .askStandIn)
        #expect(fixture.steps(&state, .formSubmit).isEmpty)
        #expect(state.form?.error == "Nama wakil wajib diisi.")
        fixture.type(&state, "Maria Bete")
        let steps = fixture.steps(&state, .formSubmit)
        #expect(steps.map(\.effect) == [.append([.checkIn(attendee: "d1", status: .diwakili, standIn: "Maria Bete",
                                                          standInJabatan: "", time: "")],
                                                message: "3. Yohanes Bau — Kepala Desa Tohe: diwakili oleh Maria Bete 09:14 WITA")])
        #expect(state.form == nil)
    }
}
