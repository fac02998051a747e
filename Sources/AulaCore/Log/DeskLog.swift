import Foundation

/// A desk's file as read so far: its events, and where reading goes on when it grows.
struct DeskLog {
    /// The events, in the file's order; nil while they are known only through the snapshot's fold (read from the
    /// file, up to `complete`, when first needed).
    var events: [Event]?
    /// The file's size at the last look: the same size again means nothing new.
    var size: Int
    /// Bytes of whole lines read: where the next look starts reading.
    var complete: Int
    /// Lines in those bytes (for the line numbers of what comes next).
    var lines: Int
    /// The highest seq in those lines (the desk that owns the file numbers its next event after it).
    var maxSeq: Int

    init(_ read: DeskLogReader.Result) {
        events = read.events
        size = read.size
        complete = read.complete
        lines = read.lines
        maxSeq = read.events.lazy.map(\.seq).max() ?? 0
    }

    /// An empty file, for a desk's first change.
    init() {
        events = []
        size = 0
        complete = 0
        lines = 0
        maxSeq = 0
    }

    /// A file the snapshot read up to `key`, its events not read.
    init(_ key: SessionSnapshot.DeskKey) {
        events = nil
        size = key.complete
        complete = key.complete
        lines = key.lines
        maxSeq = key.maxSeq
    }

    /// Takes in the lines appended since the last look (their events kept only when the earlier ones are).
    mutating func extend(with read: DeskLogReader.Result) {
        events? += read.events
        size = read.size
        complete = read.complete
        lines = read.lines
        maxSeq = max(maxSeq, read.events.lazy.map(\.seq).max() ?? 0)
    }

    /// Takes in events this desk wrote to its own file (`bytes` of whole lines).
    mutating func append(own written: [Event], bytes: Int) {
        events? += written
        size += bytes
        complete += bytes
        lines += written.count
        maxSeq = max(maxSeq, written.lazy.map(\.seq).max() ?? 0)
    }

    /// The events, read from `url` when only the snapshot knew them.
    mutating func loaded(from url: URL) throws -> [Event] {
        if let events { return events }
        let read = try DeskLogReader.read(url, upTo: complete)
        events = read.events
        return read.events
    }
}
