/// One parsed event line: its fields in the order written. An event has a dozen fields or so, so a linear scan
/// finds one faster than hashing would, and a line costs one array instead of a hash table.
public struct FlatObject: Equatable, Sendable {
    /// One `"key":value` pair.
    public struct Field: Equatable, Sendable {
        /// The key.
        public var key: String
        /// The value.
        public var value: FlatValue
        /// The key's length and first bytes packed in one word: most keys are told apart by one integer compare.
        let tag: UInt64

        init(key: String, value: FlatValue) {
            self.key = key
            self.value = value
            tag = Field.tag(of: key)
        }

        static func tag(of key: String) -> UInt64 {
            var key = key
            return key.withUTF8 { bytes in
                var tag = UInt64(truncatingIfNeeded: bytes.count)
                for i in 0..<min(7, bytes.count) { tag |= UInt64(bytes[i]) << UInt64(8 * (i + 1)) }
                return tag
            }
        }
    }

    /// The fields in the order they appear in the line.
    public private(set) var fields: [Field] = []

    /// Creates an object from fields already known to have distinct keys (in key order, as the encoder writes them).
    public init(_ dictionary: [String: FlatValue]) {
        fields = dictionary.keys.sorted().map { Field(key: $0, value: dictionary[$0]!) }
    }

    init() {}

    /// The value under `key`, if the line has it.
    public subscript(key: String) -> FlatValue? {
        let tag = Field.tag(of: key)
        return fields.first { $0.tag == tag && $0.key == key }?.value
    }

    /// Adds a field; false when the key is already there. Past a few fields, `seen` (filled on first use)
    /// keeps the check linear in the line's length even for a hostile line with a million keys.
    mutating func add(_ key: String, _ value: FlatValue, seen: inout Set<String>) -> Bool {
        let field = Field(key: key, value: value)
        if fields.count < 16 {
            if fields.contains(where: { $0.tag == field.tag && $0.key == key }) { return false }
        } else {
            if seen.isEmpty { seen = Set(fields.map(\.key)) }
            if !seen.insert(key).inserted { return false }
        }
        fields.append(field)
        return true
    }
}
