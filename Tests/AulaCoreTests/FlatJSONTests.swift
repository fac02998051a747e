import Testing
@testable import AulaCore

@Suite struct FlatJSONTests {
    @Test func encodesWithSortedKeysAndEscapes() {
        let line = FlatJSON.encode(["z": .int(1), "a": .string("x\"y\\\n\u{1B}"), "m": .bool(true), "n": .null])
        #expect(line == #"{"a":"x\"y\\\n\u001b","m":true,"n":null,"z":1}"#)
    }

    @Test func roundTripsUnicodeAndNumbers() throws {
        let fields: [String: FlatValue] = ["name": .string("Fatuba’a 東京 é"), "n": .int(-42), "d": .double(1.5)]
        #expect(try FlatJSON.parse(FlatJSON.encode(fields)).dictionary == fields)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let parsed = try FlatJSON.parse(#"{"a":"\u00e9\ud83d\ude00\t\/"}"#)
        #expect(parsed["a"] == .string("é😀\t/"))
    }

    @Test(arguments: [
        (#"{"a":1"#, "line ends inside the object"),
        (#"{"a":{"b":1}}"#, "nested objects and arrays are not allowed in an event line"),
        (#"{"a":[1]}"#, "nested objects and arrays are not allowed in an event line"),
        (#"{"a":1,"a":2}"#, "key \"a\" appears twice"),
        (#"{"a":"x"} junk"#, "unexpected text after the object"),
        (#"{"a":tru}"#, "expected a value"),
        (#"{"a":"\ud800"}"#, "unpaired surrogate in a \\u escape"),
        (#"{"a":01}"#, "expected ',' or '}'"),
        ("[]", "expected '{'"),
        (#"{"a":"b"#, "line ends inside a string"),
    ])
    func rejectsBrokenLines(line: String, reason: String) {
        #expect(throws: FlatJSON.ParseError.self) { try FlatJSON.parse(line) }
        do {
            _ = try FlatJSON.parse(line)
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test func reportsTheColumn() {
        do {
            _ = try FlatJSON.parse(#"{"ab":?}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.column == 7)
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xFF, 0x22, 0x7D]
        #expect(throws: FlatJSON.ParseError.self) { try FlatJSON.parse(bytes) }
    }

    @Test func rejectsATruncatedFourByteSequence() {
        // Repairing F0 9F 98 gives one U+FFFD, also three bytes: the check must compare bytes, not lengths.
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xF0, 0x9F, 0x98, 0x22, 0x7D]
        #expect(throws: FlatJSON.ParseError.self) { try FlatJSON.parse(bytes) }
    }

    @Test func findsARepeatedKeyAmongMany() throws {
        let many = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(try FlatJSON.parse("{" + many + "}").fields.count == 40)
        do {
            _ = try FlatJSON.parse("{" + many + ",\"k7\":1}")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == "key \"k7\" appears twice")
        }
    }
}
