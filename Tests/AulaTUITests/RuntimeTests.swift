import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The runtime that the terminal shell, the projector and these tests drive: effects against a world, slow work off
/// the main loop, other desks' changes read in.
@Suite struct RuntimeTests {
    @Test func anotherDesksCheckInArrivesAndAReadProblemShowsUntilItPasses() throws {
        let fixture = Fixture()
        let runtime = AppRuntime(state: fixture.state(), world: fixture.world, background: .inline)
        #expect(runtime.state.counts.present == 0)
        let seat = Event(id: "b1", desk: "meja2", seq: 1, at: "2020-03-27T09:20:00+08:00",
                         change: .checkIn(attendee: "d2", status: .hadir, standIn: "", standInJabatan: "", time: ""))
        fixture.world.arriving = [seat]
        runtime.refresh()
        #expect(runtime.state.counts.present == 1)
        #expect(runtime.state.session.attendee(id: "d2")?.status == .hadir)
        #expect(runtime.state.revision == 1)
        runtime.refresh()  // nothing new: nothing is made again
        #expect(runtime.state.revision == 1)
        fixture.world.arrivingWarnings = [AulaError(id: "desk-meja2.jsonl baris 3 rusak", en: "desk-meja2.jsonl line 3 is broken")]
        runtime.refresh()
        #expect(runtime.state.message == "desk-meja2.jsonl baris 3 rusak")
    }

    @Test func theProjectorIsTheSameLoopWithItsOwnKeysAndNotice() throws {
        let fixture = Fixture()
        var state = fixture.state()
        state.role = .projector
        let runtime = AppRuntime(state: state, world: fixture.world, background: .inline)
        // Keys that would act at a desk do nothing on the projector; q quits.
        for key: Key in [.enter, .char("n"), .function(2), .ctrl("z"), .tab] {
            #expect(KeyMap.action(for: key, in: KeyMap.mode(runtime.state)) == nil, "\(key)")
        }
        #expect(KeyMap.action(for: .char("q"), in: KeyMap.mode(runtime.state)) == .quit)
        runtime.send(.readFailed("desk-meja2.jsonl baris 3 rusak"))
        #expect(AppView.render(runtime.state).lines[0].hasPrefix("desk-meja2.jsonl baris 3 rusak"))
        runtime.refresh()  // the next good look clears it
        #expect(runtime.state.readProblem == nil)
        #expect(AppView.render(runtime.state).lines[1].contains("Sosialisasi Pembentukan KIM"))
        runtime.send(.quit)
        #expect(runtime.state.quitRequested)
    }

    @Test func slowWorkRunsOffTheLoopAndItsResultComesBack() throws {
        let fixture = Fixture()
        let runtime = AppRuntime(state: fixture.state(), world: fixture.world, background: .thread)
        runtime.send(.selectTab(.dokumen))
        #expect(runtime.isWaiting)
        #expect(AppView.render(runtime.state).lines.contains { $0.contains("Menyiapkan pratinjau…") })
        runtime.send(.exportPapers)
        #expect(runtime.state.busy == "Mengekspor semua dokumen…")
        #expect(AppView.render(runtime.state).lines[28].hasSuffix("Mengekspor semua dokumen…"))
        // The loop stays free: keys still act while the work runs.
        runtime.send(.nextDocument)
        #expect(runtime.state.document == .rekap)
        let deadline = Date().addingTimeInterval(10)
        while runtime.isWaiting && Date() < deadline {
            runtime.collect()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(!runtime.isWaiting)
        #expect(runtime.state.busy == nil)
        #expect(runtime.state.message == "Diekspor 16 berkas ke /data/kim.aula/exports")
        #expect(runtime.state.documentLines.contains { $0.contains("REKAP KEHADIRAN") })
    }

    @Test func aLongExportSaysHowFarItHasGotWhileKeysStillAct() throws {
        let fixture = Fixture()
        let gate = DispatchSemaphore(value: 0)
        fixture.world.papers = GatedPapers(gate: gate)
        let runtime = AppRuntime(state: fixture.state(), world: fixture.world, background: .thread)
        runtime.send(.selectTab(.dokumen))
        runtime.send(.exportPapers)
        func poll(_ done: () -> Bool) {
            let deadline = Date().addingTimeInterval(10)
            while !done() && Date() < deadline {
                runtime.collect()
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        poll { runtime.state.progress != nil }
        #expect(runtime.state.progress == "Mengekspor: 9. berkas-spj.pdf, 1.250 halaman")
        #expect(AppView.render(runtime.state).lines[28].hasSuffix(" Mengekspor: 9. berkas-spj.pdf, 1.250 halaman"))
        runtime.send(.nextDocument)
        #expect(runtime.state.document == .rekap)
        gate.signal()
        poll { !runtime.isWaiting }
        #expect(runtime.state.busy == nil && runtime.state.progress == nil)
        #expect(runtime.state.message == "Diekspor 9 berkas ke /data/kim.aula/exports")
    }
}

/// Papers whose export says how far it has got, then waits for the test to let it finish.
private struct GatedPapers: PaperDesk {
    let gate: DispatchSemaphore

    func exportAll(_ session: Session, lang: Lang, progress: @escaping @Sendable (String) -> Void) throws -> ExportReport {
        progress("9. berkas-spj.pdf, 1.250 halaman")
        gate.wait()
        return ExportReport(folder: "/data/kim.aula/exports", count: 9, warnings: [])
    }

    func print(_ kind: Paper.Kind, _ session: Session, lang: Lang) throws
        -> (file: String, result: Printing.Result, warnings: [String]) {
        throw AulaError(id: "tidak dipakai", en: "not used")
    }
}
