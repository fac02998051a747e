/// Latin text broken into lines by the advances of its characters, the way the PDF sets it: at spaces, and inside a
/// word only when the word alone is wider than the box. The planner measures and the page draws with the same
/// breaks, so a cell is exactly as tall as planned. Text with other scripts, marks or line breaks is left to Pango.
struct LatinLines: Equatable {
    /// One line: its words and their widths.
    struct Line: Equatable {
        var words: [Substring]
        var widths: [Double]
        var space: Double

        /// The line's width with one space between words.
        var width: Double { widths.reduce(0, +) + space * Double(max(0, words.count - 1)) }
        /// The line's text as drawn when it is not justified.
        var text: String { words.joined(separator: " ") }
    }

    var lines: [Line]

    /// The lines of `text` in a box `width` wide, with `advances[scalar]` the advance of each character below
    /// U+0250 (negative for one Pango must set); nil when the text has any other character.
    init?(_ text: String, advances: [Double], width: Double) {
        let space = advances[0x20]
        var lines: [Line] = []
        var current = Line(words: [], widths: [], space: space)
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var wordWidth = 0.0
            for scalar in word.unicodeScalars {
                guard scalar.value < UInt32(advances.count), advances[Int(scalar.value)] >= 0 else { return nil }
                wordWidth += advances[Int(scalar.value)]
            }
            if current.words.isEmpty || current.width + space + wordWidth <= width {
                current.words.append(word)
                current.widths.append(wordWidth)
            } else {
                lines.append(current)
                current = Line(words: [word], widths: [wordWidth], space: space)
            }
            // A word wider than the box is cut where the box ends, as Pango does.
            while current.words.count == 1, let only = current.words.first, current.widths[0] > width {
                var cut = only.startIndex, used = 0.0
                for index in only.unicodeScalars.indices {
                    let advance = advances[Int(only.unicodeScalars[index].value)]
                    if used + advance > width && index > only.startIndex { break }
                    used += advance
                    cut = only.unicodeScalars.index(after: index)
                }
                lines.append(Line(words: [only[..<cut]], widths: [used], space: space))
                let rest = only[cut...]
                current = Line(words: [rest], widths: [current.widths[0] - used], space: space)
                if rest.isEmpty { current = Line(words: [], widths: [], space: space) }
            }
        }
        if !current.words.isEmpty || lines.isEmpty { lines.append(current) }
        self.lines = lines
    }
}
