import Foundation
import Testing
@testable import AulaCore

/// A symbolic link where a desk file, `materials/` or a copied file belongs is refused with a message naming it, and
/// what it points at is left as it was.
@Suite struct SymlinkTests {
    /// A session `kim.aula` by desk meja1 with one seat, and a file outside it that a link can point at.
    func setUp() throws -> (dir: TestFolder, host: URL) {
        let dir = TestFolder()
        do {
            let folder = try SessionFolder.create(url: dir.path("kim.aula"), desk: "meja1", details: [.title: "KIM"])
            try folder.append([seat("s1", unit: "Desa Tohe")])
        }
        let host = dir.path("host-secret.txt")
        try Data("rahasia\n".utf8).write(to: host)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: host.path)
        return (dir, host)
    }

    func expectLinkRefused(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("the link \(url.path) was followed", sourceLocation: sourceLocation)
        } catch let error as AulaError {
            #expect(error.en == "\(url.path) is a symbolic link; aula does not follow links in a session folder. "
                + "Replace it with the real file or folder.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    func hostUnchanged(_ host: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try String(contentsOf: host, encoding: .utf8) == "rahasia\n", sourceLocation: sourceLocation)
        #expect(try FileManager.default.attributesOfItem(atPath: host.path)[.posixPermissions] as? Int == 0o644,
                sourceLocation: sourceLocation)
    }

    @Test func aLinkedDeskFileIsNeitherChmoddedNorAppendedTo() throws {
        let (dir, host) = try setUp()
        let link = dir.path("kim.aula/desk-meja2.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: host)
        expectLinkRefused(link) { _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja2", writable: true) }
        // Readers refuse it too: its lines are not the session's.
        expectLinkRefused(link) { _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja3", writable: false) }
        try hostUnchanged(host)
    }

    @Test func aLinkedTornFileIsNotWrittenThrough() throws {
        let (dir, host) = try setUp()
        let file = dir.path("kim.aula/desk-meja1.jsonl")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"v\":1".utf8))
        try handle.close()
        let torn = dir.path("kim.aula/desk-meja1.jsonl.torn")
        try FileManager.default.createSymbolicLink(at: torn, withDestinationURL: host)
        expectLinkRefused(torn) { _ = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true) }
        try hostUnchanged(host)
    }

    @Test func aLinkedMaterialsFolderIsRefused() throws {
        let (dir, host) = try setUp()
        let outside = dir.path("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let link = dir.path("kim.aula/materials")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let folder = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: true)
        expectLinkRefused(link) { _ = try MaterialCopy.add(host, item: "i1", title: "Paparan", to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aStoredPathOutsideMaterialsIsABrokenLine() throws {
        let (dir, _) = try setUp()
        let line = #"{"at":"2020-03-27T09:00:00+08:00","desk":"meja2","fileName":"x","id":"m1","item":"i1","seq":1,"# +
            #""sha256":"ab","size":8,"storedPath":"materials/../../host-secret.txt","title":"x","type":"material","v":1}"#
        try Data((line + "\n").utf8).write(to: dir.path("kim.aula/desk-meja2.jsonl"))
        let folder = try SessionFolder(url: dir.path("kim.aula"), desk: "meja1", writable: false)
        #expect(folder.session.materials.isEmpty)
        #expect(folder.warnings.map(\.en).first?.contains(#"line 1 is broken: "storedPath" must name a file in materials/"#) == true)
        for path in ["materials/abc.pdf", "materials/ABC123"] { #expect(Material.isStoredPath(path), "\(path)") }
        for path in ["materials/../x", "materials/a/b", "materials/.hidden", "/etc/passwd", "materials/", "materials/a.b.c",
                     "../materials/x"] {
            #expect(!Material.isStoredPath(path), "\(path)")
        }
    }

    @Test func syncCopiesNothingThroughALink() throws {
        let (dir, host) = try setUp()
        // The other copy's materials/ holds a link to a host file: it is refused, not copied.
        try FileManager.default.createDirectory(at: dir.path("usb.aula/materials"), withIntermediateDirectories: true)
        let linkedFile = dir.path("usb.aula/materials/aa.txt")
        try FileManager.default.createSymbolicLink(at: linkedFile, withDestinationURL: host)
        expectLinkRefused(linkedFile) { _ = try FolderSync.sync(dir.path("kim.aula"), dir.path("usb.aula")) }
        #expect(!FileManager.default.fileExists(atPath: dir.path("kim.aula/materials/aa.txt").path))
        #expect(!FileManager.default.fileExists(atPath: dir.path("usb.aula/desk-meja1.jsonl").path), "nothing at all was written")
        // A desk file in the other copy that is a link is refused too.
        try FileManager.default.removeItem(at: dir.path("usb.aula"))
        try FileManager.default.createDirectory(at: dir.path("usb.aula"), withIntermediateDirectories: true)
        let linkedDesk = dir.path("usb.aula/desk-meja1.jsonl")
        try FileManager.default.createSymbolicLink(at: linkedDesk, withDestinationURL: host)
        expectLinkRefused(linkedDesk) { _ = try FolderSync.sync(dir.path("kim.aula"), dir.path("usb.aula")) }
        try hostUnchanged(host)
    }
}
