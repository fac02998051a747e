import Foundation
import AulaTestSupport
import Testing
@testable import AulaCore

/// The sanitizer's fast paths return text untouched; they must never let through what the slow path removes.
@Suite struct TextSanitizerTests {
    /// What `clean` changes: controls, C1 controls, line and paragraph separators, invisible characters.
    static func needsCleaning(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || TextSanitizer.isInvisible(v)
    }

    @Test func plainTextNeverHoldsAScalarThatCleaningChanges() {
        // Every scalar up to U+FFFF, and the start of each later plane.
        let scalars = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init)
            + stride(from: UInt32(0x10000), through: 0x10FFFF, by: 0x1000).compactMap(Unicode.Scalar.init)
        let leaks = scalars.filter { TextSanitizer.isPlain(String($0)) && Self.needsCleaning($0.value) }
        #expect(leaks.isEmpty)
    }

    @Test func fastAndSlowPathsAgree() {
        let pool: [String] = ["a", "É", "é", " ", "  ", "’", "\u{1B}[31m", "\u{202E}", "\u{200B}", "\u{AD}", "\u{85}",
                              "\u{61C}", "\u{FEFF}", "\t", "\n", "\r\n", "東", "ñ", "'"]
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let line = TextSanitizer.line(text)
            #expect(!line.unicodeScalars.contains { Self.needsCleaning($0.value) })
            #expect(!line.hasPrefix(" ") && !line.hasSuffix(" ") && !line.contains("  "))
            // Cleaning twice changes nothing (the fast path sees the cleaned text).
            #expect(TextSanitizer.line(line) == line)
            #expect(TextSanitizer.multiline(TextSanitizer.multiline(text)) == TextSanitizer.multiline(text))
            #expect(TextPaper.wrap(text, width: 5).allSatisfy { DisplayWidth.of($0) <= 5 })
            #expect(TextPaper.wrap(text, width: 2).allSatisfy { DisplayWidth.of($0) <= 2 })
        }
    }

    @Test func deprecatedFormatAnnotationAndBlankBrailleCharactersGo() {
        #expect(TextSanitizer.line("Agnes\u{206A}\u{206F} \u{FFF9}Bere\u{FFFB}\u{2800}") == "Agnes Bere")
        #expect(TextSanitizer.printable("  No\tNama\u{1B}[2J\n  1 Agnes\u{2800}\n") == "  No Nama\n  1 Agnes\n")
    }

    @Test func escapeSequencesAndBidiOverridesGo() {
        #expect(TextSanitizer.line("Agnes\u{1B}[2J \u{202E}Bere\u{200B}") == "Agnes Bere")
        #expect(TextSanitizer.multiline("baris 1\r\nbaris 2\u{1B}]0;judul\u{07}  ") == "baris 1\nbaris 2")
        // The one-character forms of CSI and OSC (C1 controls) take their parameters with them.
        #expect(TextSanitizer.line("Agnes\u{9B}31mBere\u{9D}0;judul\u{9C} Seran") == "AgnesBere Seran")
    }

    @Test func fillersAndTagsThatPassForANameGo() {
        // Hangul fillers, the Mongolian vowel separator and tag characters draw nothing: a "name" of them is empty.
        #expect(TextSanitizer.line("\u{3164}\u{115F}\u{1160}\u{FFA0}") == "")
        #expect(TextSanitizer.line("Agnes\u{180E} Bere\u{E0041}\u{E007F}") == "Agnes Bere")
        #expect(!TextSanitizer.isPlain("\u{E0001}") && !TextSanitizer.isPlain("\u{3164}") && !TextSanitizer.isPlain("\u{180E}"))
    }

    @Test func jsonOutputEscapesWhatWouldActOnATerminalAndReadsBackTheSame() throws {
        let json = Array("{\"name\":\"Agnes\u{9B}31m\u{202E}Bere\u{E0041} é\"}".utf8)
        let out = JSONOutput.escapingHidden(json)
        #expect(String(decoding: out, as: UTF8.self) == #"{"name":"Agnes\u009B31m\u202EBere\uDB40\uDC41 é"}"#)
        let back = try JSONSerialization.jsonObject(with: Data(out)) as? [String: String]
        #expect(back?["name"] == "Agnes\u{9B}31m\u{202E}Bere\u{E0041} é")
        #expect(JSONOutput.escapingHidden(Array("{}".utf8)) == Array("{}".utf8))
    }

    @Test func aCharacterWiderThanTheWidthGetsALineOfItsOwn() {
        // It used to loop for ever: nothing of 東 fits in one column.
        #expect(TextPaper.wrap("a東b", width: 1) == ["a", "東", "b"])
        #expect(TextPaper.wrap("    ’\r a'東", width: 5) == ["’", "a'東"])
    }

    @Test func asciiLinesWrapOnTheirBytesAsWordsWrapByWidth() {
        var rng = SeededGenerator(seed: 27)
        let words = ["a", "Kepala", "Desa", "Dinas", "Pemberdayaan", "Masyarakat", "S.Sos", "Rp1.800.000", "197505052000031008", "x"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...8, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let width = Int.random(in: 1...30, using: &rng)
            #expect(TextPaper.asciiWrap(text, width: width) == TextPaper.wordWrap(text, width: width), "\(text) at \(width)")
        }
        #expect(TextPaper.asciiWrap("Yohanes  Bau", width: 5) == nil && TextPaper.asciiWrap("Désa", width: 2) == nil)
    }
}
