import Foundation
import Testing
@testable import AulaCore

@Suite struct FolderSyncTests {
    func session(_ dir: TestFolder, _ name: String, desk: String) throws -> SessionFolder {
        try SessionFolder.create(url: dir.path(name), desk: desk, details: [.title: "KIM", .date: "2020-03-27"])
    }

    func statuses(_ url: URL) throws -> [String: AttendanceStatus] {
        let s = try SessionFolder(url: url, desk: "reader", writable: false).session
        return Dictionary(uniqueKeysWithValues: s.attendees.map { ($0.id, $0.status) })
    }

    @Test func disjointDesksMeetInTheMiddleAndASecondRunChangesNothing() throws {
        let dir = TestFolder()
        var laptop: SessionFolder? = try session(dir, "laptop.aula", desk: "a")
        try laptop!.append([seat("s1", unit: "Desa Tohe"), seat("s2", unit: "Desa Sadi")])
        laptop = nil
        let first = try FolderSync.sync(dir.path("laptop.aula"), dir.path("usb.aula"))
        #expect(first.copied.count == 1)
        // The stick goes to the second laptop, which works as desk b.
        var second: SessionFolder? = try SessionFolder(url: dir.path("usb.aula"), desk: "b", writable: true)
        try second!.append([checkIn("s1")])
        second = nil
        var laptopAgain: SessionFolder? = try SessionFolder(url: dir.path("laptop.aula"), desk: "a", writable: true)
        try laptopAgain!.append([checkIn("s2", .izin)])
        laptopAgain = nil
        let report = try FolderSync.sync(dir.path("laptop.aula"), dir.path("usb.aula"))
        #expect(report.copied.sorted() == ["desk-b.jsonl → \(dir.path("laptop.aula").path)"])
        #expect(report.appended == ["usb.aula/desk-a.jsonl": 1])
        #expect(try statuses(dir.path("laptop.aula")) == statuses(dir.path("usb.aula")))
        #expect(try statuses(dir.path("laptop.aula")) == ["s1": .hadir, "s2": .izin])
        let before = try Data(contentsOf: dir.path("usb.aula/desk-a.jsonl"))
        #expect(try FolderSync.sync(dir.path("laptop.aula"), dir.path("usb.aula")).isEmpty)
        #expect(try Data(contentsOf: dir.path("usb.aula/desk-a.jsonl")) == before)
    }

    /// The kop's logo and a photo added on the laptop reach the stick with the lines that name them, and back.
    @Test func logoAndPhotosTravelWithTheLog() throws {
        let dir = TestFolder()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 1, 0, 0, 0, 1] + [UInt8](repeating: 1, count: 9)
                       + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
        let file = dir.path("foto.png")
        try png.write(to: file)
        do {
            let laptop = try session(dir, "laptop.aula", desk: "a")
            let logo = try PaperImages.add(file, into: "images", of: laptop.url)
            try laptop.append(try FieldOperation.set(.logo, to: logo.storedPath, lang: .id).changes)
            try laptop.append(try PhotoOperation.add([file], caption: "Peserta", to: laptop.url, lang: .id).changes)
        }
        let report = try FolderSync.sync(dir.path("laptop.aula"), dir.path("usb.aula"))
        #expect(report.storedFiles == 2)
        let usb = try SessionFolder(url: dir.path("usb.aula"), desk: "b", writable: false)
        #expect(StoredFile.isIntact(usb.session.papers.logo, sha256: usb.session.photos[0].sha256, in: usb.url))
        #expect(StoredFile.isIntact(usb.session.photos[0].storedPath, sha256: usb.session.photos[0].sha256, in: usb.url))
        #expect(try FolderSync.sync(dir.path("laptop.aula"), dir.path("usb.aula")).isEmpty)
    }

    /// `one.aula` with one seat written by `desk`, and `two.aula`, its copy.
    func syncedPair(desk: String) throws -> TestFolder {
        let dir = TestFolder()
        do {
            let a = try session(dir, "one.aula", desk: desk)
            try a.append([seat("s1", unit: "Desa Tohe")])
        }
        _ = try FolderSync.sync(dir.path("one.aula"), dir.path("two.aula"))
        return dir
    }

    @Test func divergingCopiesAreRefusedAndNothingChanges() throws {
        let dir = try syncedPair(desk: "meja")
        do {
            let one = try SessionFolder(url: dir.path("one.aula"), desk: "meja", writable: true)
            try one.append([checkIn("s1")])
        }
        do {
            let two = try SessionFolder(url: dir.path("two.aula"), desk: "meja", writable: true)
            try two.append([checkIn("s1", .izin)])
        }
        let oneBefore = try Data(contentsOf: dir.path("one.aula/desk-meja.jsonl"))
        let twoBefore = try Data(contentsOf: dir.path("two.aula/desk-meja.jsonl"))
        #expect(throws: AulaError.self) { try FolderSync.sync(dir.path("one.aula"), dir.path("two.aula")) }
        #expect(try Data(contentsOf: dir.path("one.aula/desk-meja.jsonl")) == oneBefore)
        #expect(try Data(contentsOf: dir.path("two.aula/desk-meja.jsonl")) == twoBefore)
    }

    @Test func overlappingCopiesAppendOnlyTheMissingLines() throws {
        let dir = try syncedPair(desk: "a")
        do {
            let a = try SessionFolder(url: dir.path("one.aula"), desk: "a", writable: true)
            try a.append([checkIn("s1"), seat("s2", unit: "Desa Sadi")])
        }
        let report = try FolderSync.sync(dir.path("two.aula"), dir.path("one.aula"))
        #expect(report.appended == ["two.aula/desk-a.jsonl": 2])
        #expect(try Data(contentsOf: dir.path("one.aula/desk-a.jsonl")) == Data(contentsOf: dir.path("two.aula/desk-a.jsonl")))
    }

    /// Two copies of desk a: `one.aula` has three lines more than `two.aula`, which holds `cut` bytes of them.
    func copies(cutInto cut: (Data) -> Data) throws -> (dir: TestFolder, full: Data) {
        let dir = try syncedPair(desk: "a")
        do {
            let a = try SessionFolder(url: dir.path("one.aula"), desk: "a", writable: true)
            try a.append([checkIn("s1"), seat("s2", unit: "Desa Sadi"), checkIn("s2", .izin)])
        }
        let shorter = try Data(contentsOf: dir.path("two.aula/desk-a.jsonl"))
        let full = try Data(contentsOf: dir.path("one.aula/desk-a.jsonl"))
        try (shorter + cut(full.suffix(from: shorter.count))).write(to: dir.path("two.aula/desk-a.jsonl"))
        return (dir, full)
    }

    @Test func aCopyCutMidLineIsCompletedFromTheOther() throws {
        // rsync or a stick pulled out halfway: the shorter copy ends inside a line the other has whole.
        let (dir, full) = try copies { $0.prefix(70) }
        _ = try FolderSync.sync(dir.path("one.aula"), dir.path("two.aula"))
        #expect(try Data(contentsOf: dir.path("two.aula/desk-a.jsonl")) == full)
    }

    @Test func anUnfinishedLineInTheSourceDoesNotStopTheSync() throws {
        // The longer copy is still arriving (or was cut by a power loss) and may be read-only: its whole lines go across.
        let (dir, full) = try copies { $0 }
        try Data(full.prefix(full.count - 30)).write(to: dir.path("one.aula/desk-a.jsonl"))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: dir.path("one.aula/desk-a.jsonl").path)
        let fresh = dir.path("three.aula")
        let report = try FolderSync.sync(dir.path("one.aula"), fresh)
        #expect(report.copied.count == 1)
        let copied = try Data(contentsOf: fresh.appendingPathComponent("desk-a.jsonl"))
        #expect(copied == full.prefix(full.prefix(full.count - 30).lastIndex(of: 0x0A)! + 1))
        #expect(try Data(contentsOf: dir.path("one.aula/desk-a.jsonl")) == full.prefix(full.count - 30))
    }

    @Test func anUnfinishedLineThatIsNotTheOthersNextIsRefusedAndNothingChanges() throws {
        let (dir, full) = try copies { _ in Data(#"{"at":"2020-03-27T10:00:00+08:00","x"#.utf8) }
        let before = try Data(contentsOf: dir.path("two.aula/desk-a.jsonl"))
        do {
            _ = try FolderSync.sync(dir.path("one.aula"), dir.path("two.aula"))
            Issue.record("synced onto an unfinished line")
        } catch let error as AulaError {
            #expect(error.en.hasPrefix("\(dir.path("two.aula/desk-a.jsonl").path) ends with an unfinished line"))
        }
        #expect(try Data(contentsOf: dir.path("two.aula/desk-a.jsonl")) == before)
        #expect(try Data(contentsOf: dir.path("one.aula/desk-a.jsonl")) == full)
    }

    @Test func aLiveWriterIsFollowedByRefresh() throws {
        let dir = TestFolder()
        let a = try session(dir, "kim.aula", desk: "a")
        try a.append([seat("s1", unit: "Desa Tohe")])
        let b = try SessionFolder(url: dir.path("kim.aula"), desk: "b", writable: true)
        #expect(try b.refresh() == false)
        try a.append([checkIn("s1")])
        #expect(try b.refresh() == true)
        #expect(b.session.attendees[0].status == .hadir)
        #expect(try b.refresh() == false)
    }
}
