/// One line of a desk file: a change to the session, stamped with who, which and when.
public struct Event: Equatable, Sendable {
    /// The log format version this build writes and reads.
    public static let version = 1

    /// Unique id (a UUID), so a line copied into two folders counts once.
    public var id: String
    /// The desk (laptop) that wrote it.
    public var desk: String
    /// Position in that desk's file, from 1.
    public var seq: Int
    /// When it was recorded, ISO 8601 with the session's UTC offset.
    public let at: String
    /// The hybrid logical clock stamp that orders events across desks: microseconds since 1970, but always later
    /// than every event the writing desk had seen, whatever its wall clock said. A change made after seeing another
    /// is ordered after it even when its laptop's clock is slow. Lines written before the stamp existed take theirs
    /// from `at`.
    public let stamp: Int64
    /// The change itself.
    public var change: Change

    /// Creates an event; without a `stamp`, the one its wall time `at` gives.
    public init(id: String, desk: String, seq: Int, at: String, stamp: Int64? = nil, change: Change) {
        self.id = id
        self.desk = desk
        self.seq = seq
        self.at = at
        self.stamp = stamp ?? Event.stamp(wall: SessionClock.epochSeconds(ofISO: at) ?? 0)
        self.change = change
    }

    /// The stamp of a wall-clock time (seconds since 1970), to the millisecond, with room below for the logical
    /// count of events stamped in the same millisecond.
    public static func stamp(wall seconds: Double) -> Int64 {
        Int64((seconds * 1000).rounded(.down)) * 1000
    }

    /// The event as one JSON line (no newline), keys sorted.
    public var line: String {
        var fields = change.fields
        fields["v"] = .int(Event.version)
        fields["id"] = .string(id)
        fields["desk"] = .string(desk)
        fields["seq"] = .int(seq)
        fields["at"] = .string(at)
        fields["hlc"] = .int(Int(stamp))
        fields["type"] = .string(change.type)
        return FlatJSON.encode(fields)
    }

    /// Reads an event from a parsed line, checking the header; the reason is English and names the field.
    public init(fields: FlatObject) throws(EventFormatError) {
        guard let v = fields["v"]?.int else { throw EventFormatError("missing \"v\"") }
        guard v == Event.version else {
            throw EventFormatError("log version \(v) is newer than this aula understands (\(Event.version)); update aula")
        }
        guard let id = fields["id"]?.string, !id.isEmpty else { throw EventFormatError("missing \"id\"") }
        guard let desk = fields["desk"]?.string, DeskID.isValid(desk) else { throw EventFormatError("missing or bad \"desk\"") }
        guard let seq = fields["seq"]?.int, seq >= 1 else { throw EventFormatError("missing or bad \"seq\"") }
        guard let at = fields["at"]?.string, let instant = SessionClock.epochSeconds(ofISO: at) else {
            throw EventFormatError("missing or bad \"at\" (ISO 8601 time with offset)")
        }
        guard let type = fields["type"]?.string else { throw EventFormatError("missing \"type\"") }
        let stamp: Int64
        if let hlc = fields["hlc"] {
            guard let value = hlc.int, value > 0 else { throw EventFormatError("bad \"hlc\" (a positive whole number)") }
            stamp = Int64(value)
        } else {
            stamp = Event.stamp(wall: instant)
        }
        // The change reads only its own keys, so the header needs no removing.
        self.init(id: id, desk: desk, seq: seq, at: at, stamp: stamp, change: try Change(type: type, fields: fields))
    }
}

/// Why an event line, though valid JSON, is not a valid event.
public struct EventFormatError: Error, Equatable, Sendable {
    /// What is wrong (English, names the field).
    public var reason: String

    init(_ reason: String) { self.reason = reason }
}
