/// Another desk's file as read so far: its events, and where reading goes on when it grows.
struct DeskLog {
    /// The events, in the file's order.
    var events: [Event]
    /// The file's size at the last look: the same size again means nothing new.
    var size: Int
    /// Bytes of whole lines read: where the next look starts reading.
    var complete: Int
    /// Lines in those bytes (for the line numbers of what comes next).
    var lines: Int

    init(_ read: DeskLogReader.Result) {
        events = read.events
        size = read.size
        complete = read.complete
        lines = read.lines
    }

    /// Takes in the lines appended since the last look.
    mutating func extend(with read: DeskLogReader.Result) {
        events += read.events
        size = read.size
        complete = read.complete
        lines = read.lines
    }
}
