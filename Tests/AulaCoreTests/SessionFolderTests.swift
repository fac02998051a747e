import Foundation
import Testing
@testable import AulaCore

@Suite struct SessionFolderTests {
    let fixedNow = { Date(timeIntervalSince1970: 1_585_271_643) }  // 2020-03-27T09:14:03+08:00

    func newSession(_ dir: TestFolder, desk: String = "meja1") throws -> SessionFolder {
        try SessionFolder.create(url: dir.path("kim.aula"), desk: desk,
                                 details: [.title: "Sosialisasi KIM", .date: "2020-03-27"], now: fixedNow)
    }

    @Test func appendsLinesThatReopenToTheSameSession() throws {
        let dir = TestFolder()
        let folder = try newSession(dir)
        try folder.append([seat("s1", unit: "Desa Tohe"), checkIn("s1")])
        let text = try String(contentsOf: dir.path("kim.aula/desk-meja1.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].contains(#""creates":true,"date":"2020-03-27","desk":"meja1","hlc":1585271643000000,"#))
        #expect(lines[0].contains(#""seq":1,"session":""#) && lines[0].hasSuffix(#"","title":"Sosialisasi KIM","type":"join","v":1}"#))
        #expect(lines[3].hasPrefix(#"{"at":"2020-03-27T09:14:03.000+08:00","attendee":"s1","desk":"meja1","hlc":1585271643000003,"id":""#))
        #expect(lines[3].hasSuffix(#"","seq":4,"status":"hadir","type":"checkIn","v":1}"#))
        let session = folder.session
        let reopened = try SessionFolder(url: dir.path("kim.aula"), desk: "other", writable: false)
        #expect(reopened.session == session)
        #expect(reopened.session.title == "Sosialisasi KIM")
    }

    @Test func filesAreCreatedPrivate() throws {
        let dir = TestFolder()
        _ = try newSession(dir)
        let file = try FileManager.default.attributesOfItem(atPath: dir.path("kim.aula/desk-meja1.jsonl").path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: dir.path("kim.aula").path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func aDeskFileCopiedInWithLooseRightsIsMadePrivateAgain() throws {
        let dir = TestFolder()
        do { _ = try newSession(dir) }
        let file = dir.path("kim.aula/desk-meja1.jsonl").path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func secondWriterOnTheSameDeskIsRefused() throws {
        let dir = TestFolder()
        let first = try newSession(dir)
        #expect(throws: AulaError.self) { try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true) }
        // Another desk, or a reader, is fine while the first holds its lock.
        let other = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true)
        try other.append([seat("s2", unit: "Desa Aitoun")])
        _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: false)
        withExtendedLifetime(first) {}
        do {
            _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true)
            Issue.record("the second writer was let in")
        } catch let error as AulaError {
            #expect(error.en.contains("Desk 'meja2' is in use by another aula process"))
            #expect(error.id.contains("--desk NAMA-LAIN"))
        }
    }

    @Test func theLockIsReleasedWhenTheFolderCloses() throws {
        let dir = TestFolder()
        do { _ = try newSession(dir) }
        let again = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        try again.append([seat("s1", unit: "Desa Tohe")])
        #expect(again.ownEvents.map(\.seq) == [1, 2, 3])
    }

    @Test func tornLastLineIsSetAsideNotDropped() throws {
        let dir = TestFolder()
        do {
            let folder = try newSession(dir)
            try folder.append([seat("s1", unit: "Desa Tohe")])
        }
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2020-03-27T09:15:00+08:00","attendee":"s1","desk":"me"#.utf8))
        try handle.close()
        let reopened = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        #expect(reopened.warnings.count == 1)
        #expect(reopened.warnings[0].en.contains("set aside into desk-meja1.jsonl.torn"))
        #expect(reopened.session.attendees.count == 1)
        let torn = try String(contentsOf: dir.path("kim.aula/desk-meja1.jsonl.torn"), encoding: .utf8)
        #expect(torn == #"{"at":"2020-03-27T09:15:00+08:00","attendee":"s1","desk":"me"# + "\n")
        // The desk file ends on a whole line again and keeps growing from there.
        try reopened.append([checkIn("s1")])
        let again = try SessionFolder(url: dir.path("kim.aula"), desk: "x", writable: false)
        #expect(again.warnings.isEmpty)
        #expect(again.session.attendees[0].status == .hadir)
    }

    @Test func secondTearIsAppendedToTheTornFile() throws {
        let dir = TestFolder()
        do { _ = try newSession(dir) }
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        for tail in ["{\"a", "{\"b"] {
            let handle = try FileHandle(forWritingTo: file)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(tail.utf8))
            try handle.close()
            _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        }
        #expect(try String(contentsOf: dir.path("kim.aula/desk-meja1.jsonl.torn"), encoding: .utf8) == "{\"a\n{\"b\n")
    }

    /// Appends raw bytes to a file, as a copy tool writing into the folder does (no lock, any boundary).
    func write(_ text: String, appendingTo file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func aLineStillArrivingInAnotherDesksFileIsLeftAsItIs() throws {
        let dir = TestFolder()
        do {
            let folder = try newSession(dir)
            try folder.append([seat("s1", unit: "Desa Tohe")])
        }
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let line = Event(id: "c1", desk: "meja1", seq: 4, at: "2020-03-27T09:20:00+08:00", change: checkIn("s1")).line + "\n"
        let half = line.utf8.count / 2
        try write(String(line.prefix(half)), appendingTo: file)
        let before = try Data(contentsOf: file)
        // Another desk writing, and a reader: neither touches meja1's file, and both read its complete lines.
        let desk = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true)
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "meja3", writable: false)
        for folder in [desk, reader] {
            #expect(folder.warnings.isEmpty)
            #expect(folder.session.attendees.count == 1)
            #expect(folder.session.attendees[0].status == .belumHadir)
        }
        try desk.refresh()
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".torn"))
        // The rest of the line arrives: the next look picks it up.
        try write(String(line.dropFirst(half)), appendingTo: file)
        #expect(try desk.refresh())
        #expect(desk.session.attendees[0].status == .hadir)
        #expect(try reader.refresh())
        #expect(reader.session == (try SessionFolder(url: dir.path("kim.aula"), desk: "x", writable: false).session))
    }

    @Test func aFollowerReadsAGrowingFileOnlyToItsLastCompleteLine() throws {
        let dir = TestFolder()
        do { _ = try newSession(dir) }
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "meja3", writable: false)
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let lines = [Event(id: "a", desk: "meja1", seq: 3, at: "2020-03-27T09:20:00+08:00", change: seat("s1", unit: "Desa Tohe")),
                     Event(id: "b", desk: "meja1", seq: 4, at: "2020-03-27T09:21:00+08:00", change: checkIn("s1"))]
            .map { $0.line + "\n" }.joined()
        let before = try Data(contentsOf: file)
        // Byte by byte, a slow copy: every look sees only what is whole, and the file is never changed.
        for (k, byte) in lines.utf8.enumerated() {
            try write(String(decoding: [byte], as: UTF8.self), appendingTo: file)
            if k % 17 == 0 || k == lines.utf8.count - 1 { try reader.refresh() }
            #expect(try Data(contentsOf: file) == before + Data(lines.utf8.prefix(k + 1)))
        }
        #expect(reader.warnings.isEmpty)
        #expect(reader.session.attendees.map(\.status) == [.hadir])
    }

    @Test func oneFlippedByteHidesOnlyItsOwnLine() throws {
        let dir = TestFolder()
        do {
            let folder = try newSession(dir)
            try folder.append([seat("s1", unit: "Desa Tohe"), checkIn("s1"), seat("s2", unit: "Desa Sadi"),
                               seat("s3", unit: "Desa Dirun"), checkIn("s2"), checkIn("s3", .izin)])
        }
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        var bytes = [UInt8](try Data(contentsOf: file))
        // One flipped byte in the fourth line (the first check-in): its quote becomes a letter.
        let fourth = bytes.indices.filter { bytes[$0] == 0x0A }[2] + 1
        bytes[fourth + 1] = UInt8(ascii: "x")
        try Data(bytes).write(to: file)
        let warning = "\(file.path) line 4 is broken: column 2: expected a key in quotes. It is skipped and left in the "
            + "file as it is; every other line is used."
        let other = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true)
        #expect(other.warnings.map(\.en) == [warning])
        #expect(other.session.attendees.map(\.status) == [.belumHadir, .hadir, .izin])
        try other.append([checkIn("s1", .sakit)])
        #expect(try Data(contentsOf: file) == Data(bytes))
        // The desk that owns the file reads past the line too, and goes on writing and undoing.
        let owner = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        #expect(owner.warnings.map(\.en) == [warning])
        let added = try owner.append([checkIn("s1")])
        #expect(added[0].seq == 9)
        #expect(owner.session.attendees.map(\.status) == [.hadir, .hadir, .izin])
        try owner.append([.undo(target: added[0].id)])
        #expect(owner.session.attendees.map(\.status) == [.sakit, .hadir, .izin])
        #expect(try Data(contentsOf: file).prefix(bytes.count) == Data(bytes))
        // A follower sees the owner's later lines.
        try other.refresh()
        #expect(other.session.attendees.map(\.status) == [.sakit, .hadir, .izin])
    }

    /// Opens, as its owner, a session whose desk file has `line` put in as its second line; returns the warnings in
    /// English and the seats read.
    func openingAsOwner(withSecondLine line: String) throws -> (file: URL, warnings: [String], seats: Int) {
        let dir = TestFolder()
        do {
            let folder = try newSession(dir)
            try folder.append([seat("s1", unit: "Desa Tohe")])
        }
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert(line, at: 1)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let folder = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        return (file, folder.warnings.map(\.en), folder.session.attendees.count)
    }

    @Test func brokenLineInTheMiddleNamesFileAndLine() throws {
        let (file, warnings, seats) = try openingAsOwner(withSecondLine: "{\"v\":1,\"oops\"")
        #expect(warnings == ["\(file.path) line 2 is broken: column 14: expected ':' after key. It is skipped and left in "
            + "the file as it is; every other line is used."])
        #expect(seats == 1)
    }

    @Test func aTenMegabyteLineIsNamedNotHungOn() throws {
        let (file, warnings, seats) = try openingAsOwner(withSecondLine: "{\"v\":1,\"x\":\"" + String(repeating: "y", count: 10_000_000) + "\"}")
        #expect(warnings == ["\(file.path) line 2 is broken: missing \"id\". It is skipped and left in the file as it is; "
            + "every other line is used."])
        #expect(seats == 1)
    }

    @Test func eventOfAnotherDeskInAFileIsSkipped() throws {
        let dir = TestFolder()
        do { _ = try newSession(dir) }
        let line = Event(id: "x", desk: "meja9", seq: 5, at: "2020-03-27T09:00:00+08:00", change: .undo(target: "y")).line
        let handle = try FileHandle(forWritingTo: dir.path("kim.aula/desk-meja1.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "a", writable: false)
        #expect(reader.warnings.map(\.en).first?.contains("line 3 is broken: event of desk \"meja9\" in the file of desk \"meja1\"") == true)
        #expect(reader.events.allSatisfy { $0.id != "x" })
    }

    @Test func aSecondSessionNamedInsideADeskFileIsRefused() throws {
        let dir = TestFolder()
        do {
            let folder = try newSession(dir)
            try folder.append([seat("s1", unit: "Desa Tohe")])
        }
        let line = Event(id: "j2", desk: "meja1", seq: 9, at: "2020-04-27T09:00:00+08:00",
                         change: .join(session: "april", title: "Sosialisasi April", date: "2020-04-27", creates: false)).line
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
        for desk in ["meja1", "meja2"] {
            #expect(throws: AulaError.self) { try SessionFolder(url: dir.path("kim.aula"), desk: desk, writable: true) }
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("kim.aula/desk-meja2.jsonl").path))
    }

    @Test func twoDesksFoldTogether() throws {
        let dir = TestFolder()
        let one = try newSession(dir)
        try one.append([seat("s1", unit: "Desa Tohe")])
        let two = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true, now: { Date(timeIntervalSince1970: 1_585_271_700) })
        try two.append([checkIn("s1", .izin)])
        let reader = try SessionFolder(url: dir.path("kim.aula"), desk: "meja3", writable: false)
        #expect(reader.session.attendees[0].status == .izin)
        #expect(reader.session.attendees[0].attendance?.desk == "meja2")
    }

    @Test func undoTakesBackOnlyThisDesksLastLiveChange() throws {
        let dir = TestFolder()
        let folder = try newSession(dir)
        let added = try folder.append([seat("s1", unit: "Desa Tohe"), checkIn("s1")])
        #expect(folder.lastUndoable == added[1])
        try folder.append([.undo(target: added[1].id)])
        #expect(folder.lastUndoable == added[0])
        #expect(folder.session.attendees[0].status == .belumHadir)
    }

    @Test func notASessionFolder() throws {
        let dir = TestFolder()
        #expect(throws: AulaError.self) { try SessionFolder(url: dir.url, desk: "a", writable: false) }
        #expect(throws: AulaError.self) { try SessionFolder(url: dir.path("missing"), desk: "a", writable: false) }
        _ = try newSession(dir)
        #expect(throws: AulaError.self) { try newSession(dir, desk: "meja2") }
    }

    @Test func eventIdsAreVersionFourUUIDsAndDoNotRepeat() {
        let ids = (0..<10_000).map { _ in EventID.make() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(100) {
            let parts = id.split(separator: "-")
            #expect(parts.map(\.count) == [8, 4, 4, 4, 12], "\(id)")
            #expect(id.allSatisfy { "0123456789abcdef-".contains($0) })
            #expect(parts[2].first == "4" && "89ab".contains(parts[3].first!), "\(id)")
        }
    }
}
