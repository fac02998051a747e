import Dispatch
import Foundation

/// Turns the complete lines of one desk file into events. A large file is cut at line boundaries into one piece
/// per core and the pieces are read at the same time. A line that is not a valid event of this desk (a flipped
/// byte, another desk's event) is skipped and reported by its line number in the file; every line after it is
/// still read, so one damaged line never hides the rest of a desk's history.
enum EventLines {
    /// A line that is not a valid event of this desk.
    struct Broken: Error, Equatable {
        /// 1-based line number in the file.
        var line: Int
        /// What is wrong (English; the log's readers are people fixing files).
        var reason: String
    }

    /// Files smaller than this are read on one core (starting threads would cost more than it saves).
    static let pieceMinimum = 1 << 20

    /// Reads `bytes`, which ends with a newline (or is empty), as the events of `desk` in the file's order;
    /// `linesBefore` lines of the file come before `bytes` (for line numbers). Returns the events, how many lines
    /// were read and the lines skipped, in the file's order.
    static func events(_ bytes: UnsafeBufferPointer<UInt8>, desk: String,
                       linesBefore: Int = 0) -> (events: [Event], lines: Int, skipped: [Broken]) {
        var read = pieces(bytes, desk: desk)
        var events: [Event] = []
        events.reserveCapacity(read.reduce(0) { $0 + $1.events.count })
        let joined = join(&read, into: &events, linesBefore: linesBefore)
        return (events, joined.lines, joined.skipped)
    }

    /// `bytes` read in pieces, one per core, to be `joined` (the caller may let the bytes go first).
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, desk: String) -> [Piece] {
        let starts = pieceStarts(bytes)
        var pieces = [Piece](repeating: Piece(), count: starts.count)
        pieces.withUnsafeMutableBufferPointer { out in
            let shared = Shared(bytes: bytes, pieces: out)
            DispatchQueue.concurrentPerform(iterations: starts.count) { k in
                let end = k + 1 < starts.count ? starts[k + 1] : shared.bytes.count
                shared.pieces[k] = Piece(UnsafeBufferPointer(rebasing: shared.bytes[starts[k]..<end]), desk: desk)
            }
        }
        return pieces
    }

    /// Appends the pieces' events in order to `events`, each piece let go once taken (so the events are not held
    /// twice over); returns how many lines they were and the lines skipped.
    static func join(_ pieces: inout [Piece], into events: inout [Event],
                     linesBefore: Int = 0) -> (lines: Int, skipped: [Broken]) {
        var skipped: [Broken] = []
        var lines = linesBefore
        for k in pieces.indices {
            events += pieces[k].events
            skipped += pieces[k].skipped.map { Broken(line: lines + $0.line, reason: $0.reason) }
            lines += pieces[k].lines
            pieces[k] = Piece()
        }
        return (lines - linesBefore, skipped)
    }

    /// What the threads share: the file's bytes, only read, and the pieces, each written by one thread only;
    /// both outlive the threads, which end before `concurrentPerform` returns.
    private struct Shared: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let pieces: UnsafeMutableBufferPointer<Piece>
    }

    /// Where each piece starts: just after a newline, about evenly spaced.
    private static func pieceStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let count = bytes.count < pieceMinimum ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount)
        var starts = [0]
        for k in 1..<max(1, count) {
            var start = max(starts[starts.count - 1], bytes.count * k / count)
            while start < bytes.count, bytes[start - 1] != 0x0A { start += 1 }
            if start < bytes.count && start > starts[starts.count - 1] { starts.append(start) }
        }
        return starts
    }

    /// The events of one piece of whole lines, and the lines in it that are not events of this desk.
    struct Piece {
        var events: [Event] = []
        /// Lines in the piece (blank ones included).
        var lines = 0
        /// Lines skipped, numbered within the piece.
        var skipped: [Broken] = []

        init() {}

        init(_ bytes: UnsafeBufferPointer<UInt8>, desk: String) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            /// Offset of the newline that ends the line starting at `start` (every line of a piece has one).
            func lineEnd(from start: Int) -> Int {
                base.distance(to: memchr(base + start, 0x0A, bytes.count - start)!.assumingMemoryBound(to: UInt8.self))
            }
            // One exact allocation: growing the list by doubling would briefly hold it twice over.
            var lineCount = 0
            var scan = 0
            while scan < bytes.count {
                scan = lineEnd(from: scan) + 1
                lineCount += 1
            }
            events.reserveCapacity(lineCount)
            var lineStart = 0
            while lineStart < bytes.count {
                lines += 1
                let end = lineEnd(from: lineStart)
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                lineStart = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    let event = try Event(fields: FlatJSON.parse(line))
                    guard event.desk == desk else {
                        skipped.append(Broken(line: lines, reason: "event of desk \"\(event.desk)\" in the file of desk \"\(desk)\""))
                        continue
                    }
                    events.append(event)
                } catch let error as FlatJSON.ParseError {
                    skipped.append(Broken(line: lines, reason: "column \(error.column): \(error.reason)"))
                } catch let error as EventFormatError {
                    skipped.append(Broken(line: lines, reason: error.reason))
                } catch {
                    skipped.append(Broken(line: lines, reason: "\(error)"))
                }
            }
        }
    }
}
