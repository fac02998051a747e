import Testing
@testable import AulaCore

/// A desk file large enough to be read in pieces reports the same events and the same first broken line as one read
/// line by line.
@Suite struct EventLinesTests {
    /// `count` check-in lines of desk "a", seq 1...count, each about 150 bytes.
    static func lines(_ count: Int) -> [String] {
        (1...count).map { seq in
            Event(id: "e\(seq)", desk: "a", seq: seq, at: "2020-03-27T09:00:00.000+08:00",
                  change: .checkIn(attendee: "s\(seq)", status: .hadir, standIn: "", standInJabatan: "", time: "")).line
        }
    }

    static func read(_ lines: [String]) -> (events: [Event], lines: Int, skipped: [EventLines.Broken]) {
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        return bytes.withUnsafeBufferPointer { EventLines.events($0, desk: "a") }
    }

    @Test func aLargeFileReadsInPiecesInOrder() throws {
        var lines = Self.lines(20_000)
        lines.insert("   ", at: 15_000)
        let total = lines.joined(separator: "\n").utf8.count
        #expect(total > 2 * EventLines.pieceMinimum)
        let read = Self.read(lines)
        #expect(read.events.map(\.seq) == Array(1...20_000))
        #expect(read.lines == 20_001 && read.skipped.isEmpty)
    }

    @Test func everyBrokenLineIsSkippedAndNamedWhicheverPieceHasItAndTheRestIsRead() {
        var lines = Self.lines(20_000)
        lines[17_000] = "{broken"
        lines[12_000] = #"{"v":1}"#
        lines[3] = Event(id: "z", desk: "b", seq: 4, at: "2020-03-27T09:00:00.000+08:00", change: .undo(target: "e1")).line
        let read = Self.read(lines)
        #expect(read.skipped == [
            EventLines.Broken(line: 4, reason: "event of desk \"b\" in the file of desk \"a\""),
            EventLines.Broken(line: 12_001, reason: "missing \"id\""),
            EventLines.Broken(line: 17_001, reason: "column 2: expected a key in quotes"),
        ])
        #expect(read.events.map(\.seq) == Array(1...20_000).filter { ![4, 12_001, 17_001].contains($0) })
    }

    @Test func linesOutOfSeqOrderAreReadInTheFilesOrder() {
        let lines = Self.lines(20_000)
        // Halves in the wrong order (on two cores the file is cut near its middle): nothing is dropped.
        let read = Self.read(Array(lines[10_000...] + lines[..<10_000]))
        #expect(read.events.map(\.seq) == Array(10_001...20_000) + Array(1...10_000))
        #expect(read.skipped.isEmpty)
    }
}
