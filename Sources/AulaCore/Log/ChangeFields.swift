/// The fields one event sets, written like a dictionary (`[.name: "Agnes", .jabatan: "Camat"]`). An event sets a
/// handful of fields, so they are kept as a small list of pairs: one allocation and no hashing per event, which
/// matters when a session of 100,000 seats is read.
public struct ChangeFields<Key>: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral
where Key: RawRepresentable & Hashable & Sendable, Key.RawValue == String {
    private struct Pair: Equatable, Sendable {
        var key: Key
        var value: String
    }

    private var pairs: [Pair]

    /// Creates the fields from a literal; a key given twice is a programming error, as in a dictionary literal.
    public init(dictionaryLiteral elements: (Key, String)...) {
        pairs = []
        pairs.reserveCapacity(elements.count)
        for (key, value) in elements {
            precondition(self[key] == nil, "\(key) given twice")
            pairs.append(Pair(key: key, value: value))
        }
    }

    /// Reserves room for `count` fields.
    init(capacity count: Int) {
        pairs = []
        pairs.reserveCapacity(count)
    }

    /// The value set for `key`; setting nil removes it.
    public subscript(key: Key) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            let index = pairs.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append(Pair(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// How many fields are set.
    public var count: Int { pairs.count }

    /// True when no field is set.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The keys set, in the order they were set.
    public var keys: [Key] { pairs.map(\.key) }

    /// The fields for which `isIncluded` holds.
    public func filter(_ isIncluded: ((key: Key, value: String)) throws -> Bool) rethrows -> ChangeFields {
        var out = self
        out.pairs = try pairs.filter { try isIncluded((key: $0.key, value: $0.value)) }
        return out
    }

    /// The fields in the order they were set.
    public func makeIterator() -> some IteratorProtocol<(key: Key, value: String)> {
        pairs.lazy.map { (key: $0.key, value: $0.value) }.makeIterator()
    }

    /// Equal when the same keys carry the same values, in any order (as dictionaries compare).
    public static func == (lhs: ChangeFields, rhs: ChangeFields) -> Bool {
        lhs.count == rhs.count && lhs.pairs.allSatisfy { rhs[$0.key] == $0.value }
    }
}
