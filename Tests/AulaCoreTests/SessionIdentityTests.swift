import Foundation
import Testing
@testable import AulaCore

/// Every desk file begins by naming its session; files and copies of another session are refused, not merged.
@Suite struct SessionIdentityTests {
    /// A session folder made by desk meja1, with one seat.
    func make(_ dir: TestFolder, _ name: String, title: String, date: String) throws -> URL {
        let folder = try SessionFolder.create(url: dir.path(name), desk: "meja1", details: [.title: title, .date: date])
        try folder.append([seat("s1", unit: "Desa Tohe")])
        return folder.url
    }

    @Test func everyDeskFileStartsWithItsSessionAndUndoNeverTakesItBack() throws {
        let dir = TestFolder()
        let url = try make(dir, "kim.aula", title: "KIM Maret", date: "2020-03-27")
        let creator = try SessionFolder(url: url, desk: "meja1", writable: true)
        guard case .join(let id, "KIM Maret", "2020-03-27", true)? = creator.ownEvents.first?.change else {
            Issue.record("no creating join: \(String(describing: creator.ownEvents.first))")
            return
        }
        #expect(creator.session.id == id)
        let second = try SessionFolder(url: url, desk: "meja2", writable: true)
        try second.append([checkIn("s1")])
        #expect(second.ownEvents.map(\.change.type) == ["join", "checkIn"])
        #expect(second.ownEvents.first?.change == .join(session: id, title: "KIM Maret", date: "2020-03-27", creates: false))
        try second.append([.undo(target: second.lastUndoable!.id)])
        #expect(second.lastUndoable == nil)
        // The creator can take back its seat, never the session's details or its join.
        try creator.append([.undo(target: creator.lastUndoable!.id)])
        #expect(creator.lastUndoable == nil)
    }

    @Test func aDeskFileOfAnotherSessionIsRefusedNamingBoth() throws {
        let dir = TestFolder()
        let march = try make(dir, "maret.aula", title: "KIM Maret", date: "2020-03-27")
        let february = try make(dir, "februari.aula", title: "KIM Februari", date: "2020-02-28")
        do {
            let desk = try SessionFolder(url: february, desk: "meja2", writable: true)
            try desk.append([checkIn("s1")])
        }
        // Last month's stick: February's meja2 file lands in March's folder.
        try FileManager.default.copyItem(at: february.appendingPathComponent("desk-meja2.jsonl"),
                                         to: march.appendingPathComponent("desk-meja2.jsonl"))
        for writable in [true, false] {
            do {
                _ = try SessionFolder(url: march, desk: "meja3", writable: writable)
                Issue.record("a file of another session was merged")
            } catch let error as AulaError {
                #expect(error.en == "\(march.path) holds files of two different sessions: desk-meja1.jsonl of 'KIM Maret' "
                    + "(Friday, 27 March 2020), desk-meja2.jsonl of 'KIM Februari' (Friday, 28 February 2020). Nothing was "
                    + "written. Move out the file that does not belong to this session.")
                #expect(error.id.contains("'KIM Maret' (Jumat, 27 Maret 2020)"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: march.appendingPathComponent("desk-meja3.jsonl").path))
    }

    @Test func aFileOfAnotherSessionTurningUpWhileOpenIsLeftOut() throws {
        let dir = TestFolder()
        let march = try make(dir, "maret.aula", title: "KIM Maret", date: "2020-03-27")
        let february = try make(dir, "februari.aula", title: "KIM Februari", date: "2020-02-28")
        let open = try SessionFolder(url: march, desk: "meja2", writable: true)
        do {
            let desk = try SessionFolder(url: february, desk: "meja9", writable: true)
            try desk.append([checkIn("s1")])
        }
        try FileManager.default.copyItem(at: february.appendingPathComponent("desk-meja9.jsonl"),
                                         to: march.appendingPathComponent("desk-meja9.jsonl"))
        #expect(try open.refresh() == false)
        #expect(open.session.attendees[0].status == .belumHadir)
        #expect(open.warnings.map(\.en) == ["\(march.path)/desk-meja9.jsonl belongs to another session, 'KIM Februari' "
            + "(Friday, 28 February 2020), not 'KIM Maret' (Friday, 27 March 2020); it is not read."])
    }

    @Test func syncOfTwoDifferentSessionsChangesNothing() throws {
        let dir = TestFolder()
        let march = try make(dir, "maret.aula", title: "KIM Maret", date: "2020-03-27")
        let february = try make(dir, "usb.aula", title: "KIM Februari", date: "2020-02-28")
        let before = try FileManager.default.contentsOfDirectory(atPath: march.path).sorted()
        let bytes = try Data(contentsOf: march.appendingPathComponent("desk-meja1.jsonl"))
        do {
            _ = try FolderSync.sync(march, february)
            Issue.record("two sessions were synced")
        } catch let error as AulaError {
            #expect(error.en.hasPrefix("\(march.path) and \(february.path) are not the same session: maret.aula/desk-meja1.jsonl "
                + "is of 'KIM Maret' (Friday, 27 March 2020), usb.aula/desk-meja1.jsonl of 'KIM Februari'"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: march.path).sorted() == before)
        #expect(try Data(contentsOf: march.appendingPathComponent("desk-meja1.jsonl")) == bytes)
    }
}
