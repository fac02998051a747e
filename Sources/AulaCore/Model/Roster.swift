/// A session's seats in row order, kept in pieces of 1,024: a check-in changes one seat, and when the app and the
/// folder share the roster (they do after every save) only that seat's piece is copied, not 100,000 seats. Reads as
/// an array of `Attendee` (and is written as one in an export).
public struct Roster: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Equatable, Sendable, Codable,
    ExpressibleByArrayLiteral {
    static let pieceShift = 10
    static let pieceSize = 1 << pieceShift

    /// The seats, every piece full but the last.
    /// The seats in pieces of `pieceSize`, every piece but the last full.
    private(set) var pieces: [[Attendee]] = []
    public private(set) var count = 0

    public init() {}

    /// A roster from its pieces, every piece but the last full (as `pieces` gives them).
    init(pieces: [[Attendee]]) {
        self.pieces = pieces
        count = pieces.reduce(0) { $0 + $1.count }
    }

    public init(arrayLiteral seats: Attendee...) { self.init(seats) }

    public init<S: Sequence>(_ seats: S) where S.Element == Attendee {
        for seat in seats { append(seat) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public func index(after i: Int) -> Int { i + 1 }
    public func index(before i: Int) -> Int { i - 1 }

    public subscript(position: Int) -> Attendee {
        _read { yield pieces[position >> Self.pieceShift][position & (Self.pieceSize - 1)] }
        _modify { yield &pieces[position >> Self.pieceShift][position & (Self.pieceSize - 1)] }
        set { pieces[position >> Self.pieceShift][position & (Self.pieceSize - 1)] = newValue }
    }

    public mutating func append(_ seat: Attendee) {
        if pieces.isEmpty || pieces[pieces.count - 1].count == Self.pieceSize {
            pieces.append([])
            pieces[pieces.count - 1].reserveCapacity(Self.pieceSize)
        }
        pieces[pieces.count - 1].append(seat)
        count += 1
    }

    public mutating func reserveCapacity(_ n: Int) { pieces.reserveCapacity(n / Self.pieceSize + 1) }

    /// At the end, an append; elsewhere the roster is laid out again (an invited seat added among walk-ins).
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with seats: C) where C.Element == Attendee {
        if subrange.isEmpty && subrange.lowerBound == count {
            for seat in seats { append(seat) }
            return
        }
        var all = Array(self)
        all.replaceSubrange(subrange, with: seats)
        self = Roster(all)
    }

    public static func == (a: Roster, b: Roster) -> Bool { a.count == b.count && a.pieces == b.pieces }

    public init(from decoder: Decoder) throws { self.init(try [Attendee](from: decoder)) }

    public func encode(to encoder: Encoder) throws { try Array(self).encode(to: encoder) }
}
