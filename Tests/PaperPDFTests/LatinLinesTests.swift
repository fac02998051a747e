import Testing
@testable import PaperPDF

/// Line breaking of Latin text by character advances (here every character 1 wide, a space 0.5), without Cairo.
@Suite struct LatinLinesTests {
    static let advances: [Double] = (0..<0x250).map { code in code == 0x20 ? 0.5 : code < 0x20 || (0x7F..<0xA0).contains(code) ? -1 : 1 }

    func lines(_ text: String, _ width: Double) -> [String]? {
        LatinLines(text, advances: Self.advances, width: width)?.lines.map(\.text)
    }

    @Test func breaksAtSpacesAndKeepsWordsWhole() {
        #expect(lines("Johanes Andes Prihatin, SE, MM", 16) == ["Johanes Andes", "Prihatin, SE, MM"])
        #expect(lines("Johanes Andes Prihatin, SE, MM", 100) == ["Johanes Andes Prihatin, SE, MM"])
        // 7 + 0.5 + 5 = 12.5: exactly the box.
        #expect(lines("Johanes Andes", 12.5) == ["Johanes Andes"])
        #expect(lines("Johanes Andes", 12.4) == ["Johanes", "Andes"])
    }

    @Test func aWordWiderThanTheBoxIsCutWhereTheBoxEnds() {
        #expect(lines("Tasifeto", 3) == ["Tas", "ife", "to"])
        #expect(lines("Desa Fatuba'a", 4) == ["Desa", "Fatu", "ba'a"])
        #expect(lines("Oe'ekam", 7) == ["Oe'ekam"])
    }

    @Test func widthsAndEmptyText() throws {
        let latin = try #require(LatinLines("Raihat  Lamaknen", advances: Self.advances, width: 100))
        #expect(latin.lines.count == 1 && latin.lines[0].width == 6 + 0.5 + 0 + 0.5 + 8)
        #expect(lines("", 10) == [""])
    }

    @Test func otherScriptsMarksAndBreaksAreLeftToPango() {
        #expect(lines("王小明 Wang", 100) == nil)
        #expect(lines("Jose\u{0301}", 100) == nil)
        #expect(lines("satu\ndua", 100) == nil)
        #expect(lines("Thérèsia Ŋ", 100) == ["Thérèsia Ŋ"])
    }
}
