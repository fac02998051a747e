import Foundation
import Testing
@testable import AulaCore

/// A desk file is read a chunk at a time; wherever the chunks end (inside a line, inside a line longer than a chunk),
/// it reads as one whole read does: the same events, lines, warnings and sizes.
@Suite struct DeskLogReaderTests {
    @Test func chunksEndingAnywhereReadAsOneWholeRead() throws {
        let dir = TestFolder()
        let url = dir.path("kim.aula")
        let folder = try SessionFolder.create(url: url, desk: "meja1", details: [.title: "KIM"],
                                              now: { Date(timeIntervalSince1970: 1_585_271_643) })
        try folder.append((1...60).map { seat("s\($0)", unit: "Desa \($0)", name: String(repeating: "Nama ", count: $0 % 7)) })
        try folder.append((1...60).map { checkIn("s\($0)") })
        let file = url.appendingPathComponent("desk-meja1.jsonl")
        // A broken line in the middle, and a line another desk is still writing at the end.
        var text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        text = lines[..<70].joined(separator: "\n") + "\n{broken\n" + lines[70...].joined(separator: "\n") + #"{"at":"2020"#
        try text.write(to: file, atomically: true, encoding: .utf8)
        let whole = try DeskLogReader.read(file, ownFile: nil, chunkSize: 1 << 30)
        #expect(whole.events.count == 122)
        #expect(whole.lines == 123)
        #expect(whole.size == text.utf8.count && whole.complete == text.utf8.count - 11)
        for chunk in [1, 7, 100, 333, 4096] {
            let read = try DeskLogReader.read(file, ownFile: nil, chunkSize: chunk)
            #expect(read.events == whole.events, "chunk \(chunk)")
            #expect(read.warnings == whole.warnings, "chunk \(chunk)")
            #expect((read.lines, read.size, read.complete) == (whole.lines, whole.size, whole.complete), "chunk \(chunk)")
        }
        #expect(whole.warnings.map(\.en) == ["\(file.path) line 71 is broken: column 2: expected a key in quotes. It is skipped and left in the file as it is; every other line is used."])
    }
}
