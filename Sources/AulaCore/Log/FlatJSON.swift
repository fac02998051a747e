/// Reads and writes flat JSON objects (one event line): keys sorted on output, strict RFC 8259 on input.
/// Written by hand because every session open parses every line, and the error must say where a line is broken.
public enum FlatJSON {
    /// Why a line is not a flat JSON object, and at which byte column (1-based).
    public struct ParseError: Error, Equatable, Sendable {
        /// 1-based byte column where the problem was found.
        public var column: Int
        /// What was expected or found (English; the log's readers are people fixing files).
        public var reason: String
    }

    /// Encodes fields as one JSON object with keys in sorted order and no spaces.
    public static func encode(_ fields: [String: FlatValue]) -> String {
        var out = "{"
        out.reserveCapacity(64 + 24 * fields.count)
        var first = true
        for key in fields.keys.sorted() {
            if !first { out += "," }
            first = false
            appendString(key, to: &out)
            out += ":"
            switch fields[key]! {
            case .string(let s): appendString(s, to: &out)
            case .int(let i): out += String(i)
            case .double(let d): out += d.isFinite ? "\(d)" : "null"
            case .bool(let b): out += b ? "true" : "false"
            case .null: out += "null"
            }
        }
        return out + "}"
    }

    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        // Nearly every string needs no escape: appended whole (bytes below 0x20, the quote, the backslash, DEL, and
        // U+2028/U+2029, which begin with E2 80, are the ones that do).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Parses one line holding a flat JSON object.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> FlatObject {
        var p = Parser(bytes: bytes)
        return try p.object()
    }

    /// Parses one line holding a flat JSON object.
    public static func parse(_ bytes: [UInt8]) throws(ParseError) -> FlatObject {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) -> FlatObject in try parse(buffer) }
    }

    /// Parses one line holding a flat JSON object.
    public static func parse(_ line: String) throws(ParseError) -> FlatObject {
        try parse(Array(line.utf8))
    }

    /// A string from bytes that must be valid UTF-8, or nil. ASCII (nearly every string in a log) skips validation.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        let decoded = String(decoding: bytes, as: UTF8.self)
        // Decoding repairs bad sequences with U+FFFD, so valid input is exactly the input that comes back unchanged.
        return ascii || decoded.utf8.elementsEqual(bytes) ? decoded : nil
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func fail(_ reason: String) -> ParseError {
            ParseError(column: i + 1, reason: reason)
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A {
                i += 1
            }
        }

        mutating func object() throws(ParseError) -> FlatObject {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw fail("expected '{'") }
            i += 1
            var object = FlatObject()
            var seen = Set<String>()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key") }
                    i += 1
                    skipSpace()
                    let value = try self.value()
                    guard object.add(key, value, seen: &seen) else { throw fail("key \"\(key)\" appears twice") }
                    skipSpace()
                    guard i < bytes.count else { throw fail("line ends inside the object") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected ',' or '}'")
                }
            }
            skipSpace()
            guard i == bytes.count else { throw fail("unexpected text after the object") }
            return object
        }

        mutating func value() throws(ParseError) -> FlatValue {
            guard i < bytes.count else { throw fail("line ends where a value should be") }
            switch bytes[i] {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case UInt8(ascii: "{"), UInt8(ascii: "["): throw fail("nested objects and arrays are not allowed in an event line")
            default: throw fail("expected a value")
            }
        }

        mutating func literal(_ word: StaticString) throws(ParseError) {
            let start = i
            for b in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
                guard i < bytes.count, bytes[i] == b else {
                    i = start
                    throw fail("expected a value")
                }
                i += 1
            }
        }

        mutating func number() throws(ParseError) -> FlatValue {
            let start = i
            var isInteger = true
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else {
                throw fail("expected a digit")
            }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else {
                while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                isInteger = false
                i += 1
                let digits = i
                while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
                guard i > digits else { throw fail("expected a digit after '.'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                isInteger = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let digits = i
                while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
                guard i > digits else { throw fail("expected a digit in the exponent") }
            }
            if isInteger, i - start <= 18 {
                var n = 0
                for k in start..<i where bytes[k] != UInt8(ascii: "-") { n = n * 10 + Int(bytes[k] - UInt8(ascii: "0")) }
                return .int(bytes[start] == UInt8(ascii: "-") ? -n : n)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            if isInteger, let n = Int(text) { return .int(n) }
            guard let d = Double(text) else { throw fail("number out of range") }
            return .double(d)
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard i < bytes.count else { throw fail("line ends inside a \\u escape") }
                let b = bytes[i]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: throw fail("bad hex digit in a \\u escape")
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }

        mutating func string() throws(ParseError) -> String {
            i += 1  // opening quote
            let start = i
            var ascii = true
            // Fast path: no escapes.
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    guard let s = FlatJSON.string(UnsafeBufferPointer(rebasing: bytes[start..<i]), ascii: ascii) else {
                        i = start
                        throw fail("invalid UTF-8 in a string")
                    }
                    i += 1
                    return s
                }
                if b == UInt8(ascii: "\\") { break }
                if b < 0x20 { throw fail("control character inside a string") }
                ascii = ascii && b < 0x80
                i += 1
            }
            var buffer = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    guard let s = buffer.withUnsafeBufferPointer({ FlatJSON.string($0, ascii: false) }) else {
                        throw fail("invalid UTF-8 in a string")
                    }
                    return s
                }
                if b < 0x20 { throw fail("control character inside a string") }
                if b != UInt8(ascii: "\\") {
                    buffer.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if 0xD800...0xDBFF ~= code {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate in a \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard 0xDC00...0xDFFF ~= low else { throw fail("unpaired surrogate in a \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if 0xDC00...0xDFFF ~= code {
                        throw fail("unpaired surrogate in a \\u escape")
                    }
                    buffer.append(contentsOf: Array(String(Unicode.Scalar(code)!).utf8))
                default:
                    i -= 1
                    throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                }
            }
            throw fail("line ends inside a string")
        }
    }
}
