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

    static func read(_ lines: [String]) throws(EventLines.Broken) -> [Event] {
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(EventLines.Broken) -> [Event] in
            try EventLines.events(buffer, desk: "a").events
        }
    }

    @Test func aLargeFileReadsInPiecesInOrder() throws {
        var lines = Self.lines(20_000)
        lines.insert("   ", at: 15_000)
        let total = lines.joined(separator: "\n").utf8.count
        #expect(total > 2 * EventLines.pieceMinimum)
        let events = try Self.read(lines)
        #expect(events.map(\.seq) == Array(1...20_000))
    }

    @Test func theFirstBrokenLineIsReportedWhicheverPieceHasIt() {
        var lines = Self.lines(20_000)
        lines[17_000] = "{broken"
        lines[12_000] = #"{"v":1}"#
        #expect(throws: EventLines.Broken.self) { try Self.read(lines) }
        do {
            _ = try Self.read(lines)
        } catch {
            #expect(error.line == 12_001)
            #expect(error.reason == "missing \"id\"")
        }
    }

    @Test func aSeqThatGoesBackAcrossPiecesIsReported() {
        var lines = Self.lines(20_000)
        // Swap two lines far apart: whichever way the file is cut, line 15,001 does not follow line 15,000.
        lines.swapAt(5_000, 15_000)
        do {
            _ = try Self.read(lines)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 5_002)
            #expect(error.reason == "seq 5002 does not follow 15001")
        }
    }

    @Test func halvesInTheWrongOrderAreReportedWhereTheyMeet() {
        let lines = Self.lines(20_000)
        // On two cores the file is cut near its middle, where the seq goes back.
        do {
            _ = try Self.read(Array(lines[10_000...] + lines[..<10_000]))
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 10_001)
            #expect(error.reason == "seq 1 does not follow 20000")
        }
    }
}
