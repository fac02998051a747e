import Testing
@testable import AulaCore

/// Code 128 set B: start, one symbol a character, the check character, stop (decoded by zbarimg in DoorTests).
@Suite struct Code128Tests {
    @Test func aCheckInCodeAsBarsAndSpaces() throws {
        let widths = try #require(Code128.widths("RME1-0022-9"))
        // 11 characters + start + check = 13 symbols of 6 elements and 11 modules, then the stop (7 elements, 13).
        #expect(widths.count == 13 * 6 + 7)
        #expect(Code128.modules("RME1-0022-9") == 13 * 11 + 13)
        #expect(Array(widths.prefix(6)) == [2, 1, 1, 2, 1, 4])
        #expect(Array(widths.suffix(7)) == [2, 3, 3, 1, 1, 1, 2])
        // Every symbol is 11 modules and starts with a bar; the patterns are all different.
        #expect(Code128.patterns.count == 107 && Set(Code128.patterns).count == 107)
        #expect(Code128.patterns.dropLast().allSatisfy { $0.count == 6 && $0.compactMap(\.wholeNumberValue).reduce(0, +) == 11 })
        // The check character: start B (104) plus each value times its position, mod 103. "A" is 33: (104 + 33) % 103 = 34.
        let a = try #require(Code128.widths("A"))
        #expect(Array(a[12..<18]) == Code128.patterns[34].compactMap(\.wholeNumberValue))
    }

    @Test func onlyPrintableASCII() {
        #expect(Code128.widths("Tohé") == nil)
        #expect(Code128.widths("a\u{1B}") == nil)
        #expect(Code128.widths("") != nil)
    }
}
