/// A pull reader for the XML inside a workbook: elements, attributes and text, nothing more. It knows the five
/// predefined entities and character references only and refuses a DOCTYPE, so no document can define entities
/// (no "billion laughs", no external files). Names are given without their namespace prefix (`x:c` is `c`).
///
/// Foundation's XMLParser stops with an internal error on a 31 MB sheet of 100,000 rows, and a Codable decoder
/// takes 1.8 s per 10,000 rows; a sheet is one long flat list, which this reads in one pass over its bytes.
struct XMLScanner {
    /// A tag's attributes in document order; a tag has a handful, so a list beats a dictionary (a sheet of
    /// 100,000 rows opens a million tags).
    struct Attributes: Equatable {
        fileprivate var pairs: [(name: String, value: String)] = []

        /// The value of the attribute `name` (as written, prefix included: `r:id`).
        subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

        /// The first attribute whose name passes `test`.
        func first(where test: (String) -> Bool) -> String? { pairs.first { test($0.name) }?.value }

        static func == (a: Attributes, b: Attributes) -> Bool {
            a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        }
    }

    /// What the scanner found next.
    enum Token: Equatable {
        /// An opening tag; `selfClosing` for `<c/>`, which gets no `.end`.
        case start(name: String, attributes: Attributes, selfClosing: Bool)
        /// A closing tag.
        case end(name: String)
        /// Character data between tags, entities resolved (CDATA included).
        case text(String)
    }

    /// Why a part's XML could not be read, and the byte offset where.
    struct Failure: Error, Equatable {
        var offset: Int
        var reason: String
    }

    private let bytes: [UInt8]
    private var index = 0

    /// Where the scanner is in the bytes (for a reader's own complaint about what it just read).
    var offset: Int { index }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next token, or nil at the end of the document.
    mutating func next() throws(Failure) -> Token? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return .text(try characterData()) }
            let rest = bytes.count - index
            if rest >= 4 && bytes[index + 1] == UInt8(ascii: "!") && bytes[index + 2] == UInt8(ascii: "-") {
                try skip(past: Array("-->".utf8))
            } else if rest >= 9 && bytes[index + 1] == UInt8(ascii: "!") && bytes[index + 2] == UInt8(ascii: "[") {
                return .text(try cdata())
            } else if rest >= 2 && bytes[index + 1] == UInt8(ascii: "!") {
                throw Failure(offset: index, reason: "DOCTYPE or entity declarations are not accepted")
            } else if rest >= 2 && bytes[index + 1] == UInt8(ascii: "?") {
                try skip(past: Array("?>".utf8))
            } else if rest >= 2 && bytes[index + 1] == UInt8(ascii: "/") {
                index += 2
                let name = try self.name()
                skipSpace()
                try expect(UInt8(ascii: ">"))
                return .end(name: name)
            } else {
                return try startTag()
            }
        }
        return nil
    }

    /// Reads up to the end of the element just opened and returns its text content (tags inside are dropped).
    mutating func text(until name: String) throws(Failure) -> String {
        var text = ""
        var depth = 0
        while let token = try next() {
            switch token {
            case .text(let part): text += part
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end(let ended):
                if depth == 0 {
                    guard ended == name else { throw Failure(offset: index, reason: "</\(ended)> closes <\(name)>") }
                    return text
                }
                depth -= 1
            }
        }
        throw Failure(offset: index, reason: "<\(name)> is not closed")
    }

    /// Skips the rest of the element just opened, children included.
    mutating func skipElement() throws(Failure) {
        var depth = 0
        while let token = try next() {
            switch token {
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end:
                if depth == 0 { return }
                depth -= 1
            case .text: break
            }
        }
        throw Failure(offset: index, reason: "an element is not closed")
    }

    private mutating func startTag() throws(Failure) -> Token {
        index += 1
        let name = try self.name()
        var attributes = Attributes()
        while true {
            skipSpace()
            guard index < bytes.count else { throw Failure(offset: index, reason: "<\(name) is not closed") }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            case UInt8(ascii: "/"):
                index += 1
                try expect(UInt8(ascii: ">"))
                return .start(name: name, attributes: attributes, selfClosing: true)
            default:
                let key = try self.name(keepingPrefix: true)
                skipSpace()
                try expect(UInt8(ascii: "="))
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                    throw Failure(offset: index, reason: "attribute \(key) has no quoted value")
                }
                let quote = bytes[index]
                index += 1
                let start = index
                while index < bytes.count && bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "<") { throw Failure(offset: index, reason: "< inside attribute \(key)") }
                    index += 1
                }
                guard index < bytes.count else { throw Failure(offset: start, reason: "attribute \(key) is not closed") }
                attributes.pairs.append((key, try Self.resolve(bytes[start..<index], at: start)))
                index += 1
            }
        }
    }

    /// A tag or attribute name; without its prefix unless asked (attributes keep `r:id`).
    private mutating func name(keepingPrefix: Bool = false) throws(Failure) -> String {
        let start = index
        var localStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || Self.isSpace(byte) { break }
            if byte == UInt8(ascii: ":") { localStart = index + 1 }
            index += 1
        }
        guard index > start else { throw Failure(offset: start, reason: "a tag without a name") }
        return String(decoding: bytes[(keepingPrefix ? start : localStart)..<index], as: UTF8.self)
    }

    private mutating func characterData() throws(Failure) -> String {
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try Self.resolve(bytes[start..<index], at: start)
    }

    private mutating func cdata() throws(Failure) -> String {
        let opening = Array("<![CDATA[".utf8)
        guard bytes[index...].starts(with: opening) else { throw Failure(offset: index, reason: "an unknown <![ section") }
        index += opening.count
        let start = index
        try skip(past: Array("]]>".utf8))
        return String(decoding: bytes[start..<(index - 3)], as: UTF8.self)
    }

    private mutating func skip(past end: [UInt8]) throws(Failure) {
        let start = index
        while index + end.count <= bytes.count {
            if bytes[index] == end[0] && bytes[index..<(index + end.count)].elementsEqual(end) {
                index += end.count
                return
            }
            index += 1
        }
        throw Failure(offset: start, reason: "\(String(decoding: end, as: UTF8.self)) missing")
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard index < bytes.count, bytes[index] == byte else {
            throw Failure(offset: index, reason: "expected \(Character(Unicode.Scalar(byte)))")
        }
        index += 1
    }

    private mutating func skipSpace() {
        while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Text with `&amp;`-style entities and `&#NN;` references replaced; any other entity is an error.
    private static func resolve(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out = ""
        var i = slice.startIndex
        var plain = i
        while i < slice.endIndex {
            guard slice[i] == UInt8(ascii: "&") else { i += 1; continue }
            out += String(decoding: slice[plain..<i], as: UTF8.self)
            guard let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw Failure(offset: i, reason: "& without ;")
            }
            let entity = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                guard entity.hasPrefix("#"),
                      let value = UInt32(entity.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                      let scalar = Unicode.Scalar(value) else {
                    throw Failure(offset: i, reason: "unknown entity &\(entity);")
                }
                out.unicodeScalars.append(scalar)
            }
            i = semicolon + 1
            plain = i
        }
        out += String(decoding: slice[plain..<slice.endIndex], as: UTF8.self)
        return out
    }
}
