import Foundation
import Testing
@testable import AulaCore

/// The session snapshot (`.aula-snapshot`): used only where it still fits the logs, and whatever is wrong with it or
/// with the logs under it, an open gives the session the logs alone give.
@Suite struct SnapshotTests {
    let clock = { Date(timeIntervalSince1970: 1_585_271_643) }

    /// A session with a bit of everything the fold keeps: seats invited and walk-ins, check-ins (one before its
    /// seat), stand-ins, the acara moved and removed, rates, notes, questions, people, an undo.
    func richSession(_ dir: TestFolder) throws -> URL {
        let url = dir.path("kim.aula")
        let one = try SessionFolder.create(url: url, desk: "meja1", details: [.title: "KIM", .date: "2020-03-27",
                                                                              .start: "09:00"], now: clock)
        let two = try SessionFolder(url: url, desk: "meja2", writable: true, now: { Date(timeIntervalSince1970: 1_585_271_600) })
        try one.append((1...40).map { seat("s\($0)", unit: "Desa \($0)", name: "Nama \($0)") })
        try two.append([checkIn("s41")])
        try one.append([seat("s41", unit: "Desa Akhir"), checkIn("s1"), checkIn("s2", .diwakili, by: "Sekdes"),
                        .attendee(id: "w1", fields: [.name: "Tamu", .number: "42"], invited: false),
                        .agenda(id: "a1", fields: [.title: "Pembukaan", .minutes: "15"]),
                        .agenda(id: "a2", fields: [.title: "Materi", .minutes: "60"]),
                        .agenda(id: "a3", fields: [.title: "Diskusi", .minutes: "30", .removed: "1"]),
                        .agenda(id: "a2", fields: [.position: "0.5"]),
                        .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Desa"), amount: 150_000)),
                        .note(id: "n1", item: "a1", text: "Dibuka oleh Kadis"),
                        .question(id: "q1", item: "a2", askerId: "s1", asker: "", text: "Kapan?", answer: "Besok"),
                        .person(id: "p1", fields: [.name: "Narasumber", .role: "narasumber", .status: "pns", .nip: "198001012005011001", .phone: "0812", .seenOn: "2020-03-27"]),
                        .person(id: "p2", fields: [.name: "Panitia", .role: "panitia"]), .forget(person: "p2"),
                        .person(id: "p3", fields: [.name: "Moderator", .role: "moderator"])])
        try one.append([checkIn("s3", .izin)])
        try one.append([.undo(target: one.lastUndoable!.id)])
        return url
    }

    /// The session the logs alone give: the desk files copied to a folder with no snapshot, and opened.
    func truth(_ url: URL) throws -> Session {
        let bare = url.deletingLastPathComponent().appendingPathComponent("truth-\(UUID().uuidString).aula")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bare) }
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where SessionFolder.isDeskFileName(name) {
            try FileManager.default.copyItem(at: url.appendingPathComponent(name), to: bare.appendingPathComponent(name))
        }
        let folder = try SessionFolder(url: bare, desk: "truth", writable: false, snapshotLines: .max)
        #expect(!folder.fromSnapshot)
        return folder.session
    }

    func open(_ url: URL, desk: String = "baca", writable: Bool = false) throws -> SessionFolder {
        try SessionFolder(url: url, desk: desk, writable: writable, now: clock, snapshotLines: 0)
    }

    var snapshotName: String { SessionSnapshot.fileName }

    @Test func aSnapshotGivesTheSessionTheLogsGive() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        let first = try open(url)
        #expect(!first.fromSnapshot)
        #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent(snapshotName).path))
        let second = try open(url)
        #expect(second.fromSnapshot)
        let expected = try truth(url)
        #expect(second.session == expected)
        #expect(second.session.attendees.count == 42)
        #expect(second.session.attendee(id: "s41")?.status == .hadir)
        #expect(second.session.attendee(id: "s3")?.status == .belumHadir)
        #expect(second.session.agenda.map(\.title) == ["Materi", "Pembukaan"])
        #expect(second.session.lastEventAt == expected.lastEventAt)
        #expect(second.session.seatPositions.byID == expected.seatPositions.byID)
        // Its events, when asked for, are the logs' own.
        #expect(second.events == (try SessionFolder(url: url, desk: "x", writable: false, snapshotLines: .max)).events)
    }

    @Test func aFileThatGrewIsReadFromWhereTheSnapshotEnds() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let later = Date(timeIntervalSince1970: 1_585_275_000)
        do {
            let desk = try SessionFolder(url: url, desk: "meja2", writable: true, now: { later })
            #expect(desk.fromSnapshot)
            try desk.append([checkIn("s10"), seat("s42", unit: "Desa Baru"), checkIn("s42", .izin)])
        }
        let reader = try open(url)
        #expect(reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "s42")?.status == .izin)
        // A desk new since the snapshot, writing after everything in it, is read whole and folded on.
        do {
            let third = try SessionFolder(url: url, desk: "meja4", writable: true, now: { later.addingTimeInterval(60) },
                                          snapshotLines: .max)
            try third.append([checkIn("s12", .dinasLuar)])
        }
        let withThird = try open(url)
        #expect(withThird.fromSnapshot)
        #expect(withThird.session == (try truth(url)))
        #expect(withThird.session.attendee(id: "s12")?.status == .dinasLuar)
        // A desk that opens from the snapshot numbers its next event after its last, and can undo it.
        let again = try SessionFolder(url: url, desk: "meja2", writable: true, now: { later }, snapshotLines: 0)
        #expect(again.fromSnapshot)
        let written = try again.append([checkIn("s11")])
        #expect(written[0].seq == again.ownEvents.count)
        #expect(again.ownEvents.map(\.seq) == Array(1...again.ownEvents.count))
        try again.append([.undo(target: again.lastUndoable!.id)])
        #expect(again.session.attendee(id: "s11")?.status == .belumHadir)
        #expect(again.session == (try truth(url)))
    }

    @Test func anOtherDesksOlderEventsFoldEverythingAgain() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        // A second laptop takes a copy and goes offline; this one goes on and keeps a snapshot.
        let offline = dir.path("offline.aula")
        try FileManager.default.copyItem(at: url, to: offline)
        try SessionFolder(url: url, desk: "meja1", writable: true, now: { Date(timeIntervalSince1970: 1_585_275_000) })
            .append([checkIn("s6")])
        _ = try open(url)
        // The offline laptop writes meanwhile (before this one's latest), and its desk file arrives afterwards:
        // its events go before folded ones, so everything is folded again.
        try SessionFolder(url: offline, desk: "meja3", writable: true, now: { Date(timeIntervalSince1970: 1_585_271_700) })
            .append([checkIn("s5", .sakit)])
        try FileManager.default.copyItem(at: offline.appendingPathComponent("desk-meja3.jsonl"),
                                         to: url.appendingPathComponent("desk-meja3.jsonl"))
        let reader = try open(url)
        #expect(!reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "s5")?.status == .sakit)
        #expect(try open(url).fromSnapshot)
    }

    @Test func aTruncatedSnapshotIsIgnoredAndWrittenAgain() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let file = url.appendingPathComponent(snapshotName)
        let bytes = try Data(contentsOf: file)
        for cut in [0, 1, 8, bytes.count / 3, bytes.count - 1] {
            try bytes.prefix(cut).write(to: file)
            let reader = try open(url)
            #expect(!reader.fromSnapshot, "cut at \(cut)")
            #expect(reader.session == (try truth(url)))
            #expect(try Data(contentsOf: file) == bytes, "written again whole")
        }
    }

    @Test func aFlippedByteInTheSnapshotIsCaught() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let file = url.appendingPathComponent(snapshotName)
        let bytes = try Data(contentsOf: file)
        for at in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
            var flipped = bytes
            flipped[at] ^= 0x20
            try flipped.write(to: file)
            let reader = try open(url)
            #expect(!reader.fromSnapshot, "byte \(at)")
            #expect(reader.session == (try truth(url)))
        }
    }

    @Test func anotherSessionsSnapshotIsIgnored() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        let other = dir.path("lain.aula")
        let folder = try SessionFolder.create(url: other, desk: "meja1", details: [.title: "Lain"], now: clock)
        try folder.append([seat("x1", unit: "Desa Lain")])
        _ = try open(other)
        try FileManager.default.copyItem(at: other.appendingPathComponent(snapshotName), to: url.appendingPathComponent(snapshotName))
        let reader = try open(url)
        #expect(!reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "x1") == nil)
    }

    @Test func anotherBuildsSnapshotIsIgnored() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let snapshot = try #require(SessionSnapshot.read(in: url))
        let older = try snapshot.encoded(build: "snapshot 0 log 1 program 1-2-3")
        try Data(older).write(to: url.appendingPathComponent(snapshotName))
        #expect(!(try open(url)).fromSnapshot)
        #expect(try open(url).fromSnapshot)
    }

    @Test func aDeskFileReplacedWithTheSameLengthIsReadWhole() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let desk = url.appendingPathComponent("desk-meja1.jsonl")
        let text = try String(contentsOf: desk, encoding: .utf8)
        // The last line's check-in status changed, the file as long as before (Syncthing bringing another version).
        let changed = text.replacingOccurrences(of: #""target":"#, with: #""targex":"#)
        #expect(changed.utf8.count == text.utf8.count && changed != text)
        try changed.write(to: desk, atomically: true, encoding: .utf8)
        let reader = try open(url)
        #expect(!reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "s3")?.status == .izin || !reader.warnings.isEmpty)
    }

    @Test func aDeskFileThatShrankVanishedOrAppearedIsReadWhole() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        let desk = url.appendingPathComponent("desk-meja2.jsonl")
        let saved = try Data(contentsOf: desk)
        _ = try open(url)
        try saved.prefix(saved.count / 2).write(to: desk)
        #expect(!(try open(url)).fromSnapshot)
        #expect(try open(url).session == (try truth(url)))
        try FileManager.default.removeItem(at: desk)
        #expect(!(try open(url)).fromSnapshot)
        #expect(try open(url).session == (try truth(url)))
        try saved.write(to: desk)
        let reader = try open(url)
        #expect(!reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
    }

    @Test func aPowerCutWhileTheSnapshotIsWrittenLosesNothing() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let file = url.appendingPathComponent(snapshotName)
        let bytes = try Data(contentsOf: file)
        // Cut while writing the temporary file: the old snapshot stands, the half-written one is never read.
        try bytes.prefix(bytes.count / 2).write(to: url.appendingPathComponent("\(snapshotName).4242.tmp"))
        let reader = try open(url)
        #expect(reader.fromSnapshot)
        #expect(reader.warnings.isEmpty)
        #expect(reader.session == (try truth(url)))
        // Cut after the rename but before the data reached the disk: zeros where the end should be.
        var zeroed = bytes
        zeroed.replaceSubrange((bytes.count / 2)..., with: Data(count: bytes.count - bytes.count / 2))
        try zeroed.write(to: file)
        let after = try open(url)
        #expect(!after.fromSnapshot)
        #expect(after.session == (try truth(url)))
        // The half-written temporary is removed by a later write once it is an hour old (younger, it may be another
        // desk's, still being written).
        let temporary = url.appendingPathComponent("\(snapshotName).4242.tmp")
        try FileManager.default.removeItem(at: file)
        _ = try open(url)
        #expect(FileManager.default.fileExists(atPath: temporary.path))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7200)], ofItemAtPath: temporary.path)
        try FileManager.default.removeItem(at: file)
        _ = try open(url)
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
    }

    @Test func aTornLastLineAfterTheSnapshotIsSetAsideByItsDesk() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let desk = url.appendingPathComponent("desk-meja1.jsonl")
        let handle = try FileHandle(forWritingTo: desk)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2020-03-27T09:20:00.000+08:00","attendee":"s9""#.utf8))
        try handle.close()
        let reader = try open(url)
        #expect(reader.fromSnapshot)
        #expect(reader.session == (try truth(url)))
        let owner = try open(url, desk: "meja1", writable: true)
        #expect(owner.fromSnapshot)
        #expect(owner.warnings.contains { $0.en.contains("set aside") })
        try owner.append([checkIn("s9")])
        #expect(try open(url).session == (try truth(url)))
        #expect(try open(url).session.attendee(id: "s9")?.status == .hadir)
    }

    @Test func aBrokenLineIsStillWarnedOfFromTheSnapshot() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        let desk = url.appendingPathComponent("desk-meja2.jsonl")
        let handle = try FileHandle(forWritingTo: desk)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{not json}\n".utf8))
        try handle.close()
        let cold = try open(url)
        let warm = try open(url)
        #expect(warm.fromSnapshot)
        #expect(warm.warnings == cold.warnings)
        #expect(warm.warnings.contains { $0.en.contains("line 3 is broken") })
    }

    @Test func aReaderFromTheSnapshotFollowsAFileReplacedLater() throws {
        let dir = TestFolder()
        let url = try richSession(dir)
        _ = try open(url)
        let reader = try open(url)
        #expect(reader.fromSnapshot)
        let desk = url.appendingPathComponent("desk-meja2.jsonl")
        let saved = try Data(contentsOf: desk)
        try saved.prefix(saved.firstIndex(of: 0x0A)! + 1).write(to: desk)
        #expect(try reader.refresh())
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "s41")?.status == .belumHadir)
        // A desk that appears later, writing after everything, is folded on as it is read (its events loaded
        // from the files only if they must be folded again).
        let late = try SessionFolder(url: url, desk: "meja5", writable: true,
                                     now: { Date(timeIntervalSince1970: 1_585_280_000) }, snapshotLines: .max)
        try late.append([checkIn("s20", .hadir)])
        #expect(try reader.refresh())
        #expect(reader.session == (try truth(url)))
        #expect(reader.session.attendee(id: "s20")?.status == .hadir)
    }
}
