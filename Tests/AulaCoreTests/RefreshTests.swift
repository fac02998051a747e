import Foundation
import AulaTestSupport
import Testing
@testable import AulaCore

/// Following other desks: whatever a desk appends, read from where the last look stopped and applied to the kept fold
/// or folded again, the session is the one a fresh open of the folder gives; so is a writing desk's after its own
/// appends.
@Suite struct RefreshTests {
    /// A clock a test moves by hand.
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_585_271_643)
    }

    func fresh(_ dir: TestFolder) throws -> Session {
        try SessionFolder(url: dir.path("kim.aula"), desk: "check", writable: false).session
    }

    @Test func aReaderFollowingTwoDesksSeesWhatAFreshOpenSees() throws {
        let dir = TestFolder()
        let clocks = [Clock(), Clock()]
        let first = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"],
                                             now: { clocks[0].now })
        let desks = [first, try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true, now: { clocks[1].now })]
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "pintu", writable: true)
        var rng = SeededGenerator(seed: 5)
        var seats: [String] = []
        var base = clocks[0].now.timeIntervalSince1970
        var behind = [0.0, 0.0]
        for step in 0..<400 {
            let d = Int.random(in: 0...1, using: &rng)
            // Time moves on for both desks; now and then one desk's clock runs half a minute behind for a while
            // (a laptop with a wrong clock), which makes the reader fold everything again.
            base += Double.random(in: 0.5...5, using: &rng)
            if Int.random(in: 0..<8, using: &rng) == 0 { behind[d] = behind[d] == 0 ? 30 : 0 }
            clocks[d].now = Date(timeIntervalSince1970: base - behind[d])
            switch Int.random(in: 0..<10, using: &rng) {
            case 0...2 where seats.count < 8:
                seats.append("s\(step)")
                try desks[d].append([seat("s\(step)", unit: "Desa \(step)")])
            case 3...6 where !seats.isEmpty:
                let status: AttendanceStatus = [.hadir, .izin, .diwakili, .belumHadir].randomElement(using: &rng)!
                try desks[d].append([checkIn(seats.randomElement(using: &rng)!, status, by: status == .diwakili ? "Sekdes" : "")])
            case 7:
                if let last = desks[d].lastUndoable { try desks[d].append([.undo(target: last.id)]) }
            default:
                try desks[d].append([.note(id: "n\(step % 5)", item: "i1", text: "Catatan \(step)")])
            }
            if Int.random(in: 0..<3, using: &rng) == 0 || step == 399 {
                try reader.refresh()
                #expect(reader.session == (try fresh(dir)), "step \(step)")
            }
            // The writing desks follow each other too, and their own appends go into the same kept fold.
            if Int.random(in: 0..<4, using: &rng) == 0 {
                try desks[1 - d].refresh()
                #expect(desks[1 - d].session == (try fresh(dir)), "desk \(2 - d), step \(step)")
            }
        }
        #expect(!reader.session.attendees.isEmpty)
    }

    @Test func aChangeMadeAfterSeeingAnotherDesksComesAfterItWhateverTheClocks() throws {
        let dir = TestFolder()
        let a = Clock(), b = Clock()
        let t0 = a.now
        let one = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"], now: { a.now })
        a.now = t0 + 1
        try one.append([seat("s1", unit: "Desa Tohe")])
        let two = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true, now: { b.now })
        b.now = t0 + 100
        try two.append([checkIn("s1", .izin)])
        b.now = t0 + 60  // meja2's clock is set back by forty seconds
        try two.append([checkIn("s1", .diwakili, by: "Sekdes")])
        try one.refresh()
        // meja1's clock says +80, before meja2's +100; but meja1 had seen meja2's changes, so its own is the last word.
        a.now = t0 + 80
        let hadir = try one.append([checkIn("s1", .hadir)])
        #expect(hadir[0].stamp > Event.stamp(wall: (t0 + 100).timeIntervalSince1970))
        #expect(hadir[0].at.hasPrefix("2020-03-27T09:15:23"))
        #expect(one.session == (try fresh(dir)))
        #expect(one.session.attendees[0].status == .hadir)
        try two.refresh()
        #expect(two.session.attendees[0].status == .hadir)
    }

    @Test func aLineStillBeingWrittenIsLeftForTheNextLook() throws {
        let dir = TestFolder()
        let writer = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"])
        try writer.append([seat("s1", unit: "Desa Tohe")])
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "pintu", writable: true)
        let line = Event(id: "x1", desk: "meja1", seq: 4, at: SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
                            .iso(Date(), milliseconds: true), change: checkIn("s1")).line + "\n"
        let handle = try FileHandle(forWritingTo: dir.path("kim.aula/desk-meja1.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8.prefix(30)))
        // Half a line: not arrived yet.
        #expect(try reader.refresh() == false)
        try handle.write(contentsOf: Data(line.utf8.dropFirst(30)))
        try handle.close()
        #expect(try reader.refresh() == true)
        #expect(reader.session.attendees[0].status == .hadir)
    }

    /// What Syncthing does to another desk's file: it writes the new version into `.syncthing.<name>.tmp` and
    /// renames it over the file (a new file, not an append), and a version may end in half a line.
    @Test func aDeskFileAsSyncthingDeliversIt() throws {
        let dir = TestFolder()
        let writer = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"])
        try writer.append([seat("s1", unit: "Desa Tohe"), seat("s2", unit: "Desa Sadi")])
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "pintu", writable: true)
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let temporary = dir.path("kim.aula/.syncthing.desk-meja1.jsonl.tmp")
        let zone = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        let lines = ["c1", "c2"].enumerated().map { i, id in
            Event(id: id, desk: "meja1", seq: 5 + i, at: zone.iso(Date(), milliseconds: true), change: checkIn("s\(i + 1)")).line + "\n"
        }
        let original = try Data(contentsOf: file)
        func deliver(_ tail: String) throws {
            try (original + Data(tail.utf8)).write(to: temporary)
            // Seen half-written: the temporary file is nobody's desk.
            #expect(try reader.refresh() == false)
            #expect(rename(temporary.path, file.path) == 0)
        }
        // A version ending in half a line: the whole lines are read, the half is left for the next version.
        try deliver(lines[0] + String(lines[1].prefix(25)))
        #expect(try reader.refresh())
        #expect(reader.session.attendees.map(\.status) == [.hadir, .belumHadir])
        try deliver(lines[0] + lines[1])
        #expect(try reader.refresh())
        #expect(reader.session.attendees.map(\.status) == [.hadir, .hadir])
        #expect(reader.warnings.isEmpty)
        #expect(reader.session == (try fresh(dir)))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path("kim.aula").path)
        #expect(!names.contains { $0.hasSuffix(".torn") || $0.hasPrefix(".syncthing.") }, "\(names)")
    }

    @Test func aBrokenAppendedLineIsNamedByItsLineInTheFile() throws {
        let dir = TestFolder()
        let writer = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"])
        try writer.append([seat("s1", unit: "Desa Tohe"), seat("s2", unit: "Desa Sadi")])
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "pintu", writable: true)
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n{\"v\":1}\n".utf8))
        try handle.close()
        let before = try Data(contentsOf: file)
        try reader.refresh()
        #expect(reader.warnings.map(\.en) == ["\(file.path) line 6 is broken: missing \"id\". It is skipped and left in the "
            + "file as it is; every other line is used."])
        #expect(reader.session.attendees.count == 2)
        #expect(try Data(contentsOf: file) == before)
    }
}

/// What a check-in reports once saved: the state that holds, and who overrode it.
@Suite struct CheckInReportTests {
    @Test func aConcurrentLaterChangeAtAnotherDeskIsWhatHoldsAndIsNamed() throws {
        let dir = TestFolder()
        let t0 = Date(timeIntervalSince1970: 1_585_271_643)
        let one = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1",
                                           details: [.title: "KIM", .timeZone: "Asia/Makassar"], now: { t0 })
        try one.append([seat("s1", unit: "Desa Sadi", name: "Agnes Dau Lotu")])
        // meja2's clock runs five minutes ahead; neither desk has seen the other's mark when it makes its own.
        let two = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true, now: { t0 + 300 })
        try two.append([checkIn("s1", .izin)])
        try one.append([checkIn("s1", .hadir)])
        try one.refresh()
        let report = CheckInReport(seatID: "s1", asked: .hadir, askedStandIn: "", desk: "meja1", in: one.session, lang: .id)
        #expect(report.line == "1. Agnes Dau Lotu — Kepala Desa Sadi: izin 09:19 WITA")
        #expect(report.overriddenBy == "Meja meja2 mengubahnya sesudah ini tanpa melihat perubahan dari meja ini; "
            + "yang berlaku: izin 09:19 WITA.")
        // Both marks stay in the log; meja2 itself is told nothing is amiss.
        #expect(one.events.filter { if case .checkIn = $0.change { true } else { false } }.count == 2)
        let own = CheckInReport(seatID: "s1", asked: .izin, askedStandIn: "", desk: "meja2", in: one.session, lang: .en)
        #expect(own.line == "1. Agnes Dau Lotu — Kepala Desa Sadi: excused 09:19 WITA")
        #expect(own.overriddenBy == nil)
    }

    @Test func theSameMarkAtTwoDesksIsNoOverride() throws {
        let dir = TestFolder()
        let t0 = Date(timeIntervalSince1970: 1_585_271_643)
        let one = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"], now: { t0 })
        try one.append([seat("s1", unit: "Desa Sadi")])
        let two = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true, now: { t0 - 60 })
        try two.append([checkIn("s1")])
        try one.append([checkIn("s1")])
        try one.refresh()
        let report = CheckInReport(seatID: "s1", asked: .hadir, askedStandIn: "", desk: "meja1", in: one.session, lang: .id)
        #expect(report.overriddenBy == nil)
        #expect(one.session.attendees[0].attendance?.desk == "meja2")
    }
}
