/// The kop surat: the logo at the left, the instansi lines centred beside it, the double rule under both. A line
/// too long for one line is first set a size or two smaller; one that still wraps is balanced (its lines of about
/// equal length, never one word alone on the last).
struct KopBlock: LayoutBlock {
    var lines: [String]
    /// The logo, a path inside the session folder.
    var logo: String?
    static let logoSize = 22 * PaperSize.mm
    /// The smallest a line is set before it wraps: four fifths of its size.
    static let smallest = 0.8

    /// Pemerintah Kabupaten (13 pt bold), the Dinas (15 pt bold), the address lines (9.5 pt); one line alone at 14.
    private var fonts: [PaperFont] {
        lines.count == 1 ? [PaperFont(size: 14, bold: true)]
            : lines.indices.map { $0 == 0 ? PaperFont(size: 13, bold: true) : $0 == 1 ? PaperFont(size: 15, bold: true) : PaperFont(size: 9.5) }
    }

    /// Room kept each side for the logo, so that the lines stay centred on the page.
    private var inset: Double { logo == nil ? 0 : Self.logoSize + 6 }

    /// Each line as it is set: its font and the width of the box it is centred in.
    private func setLines(_ width: Double, _ measurer: Measurer) -> [(text: String, font: PaperFont, width: Double)] {
        let room = width - 2 * inset
        return zip(lines, fonts).map { line, font in
            var font = font
            let size = font.size
            // A size step down (half a point at a time) before the line wraps.
            while measurer.width(line, font) > room && font.size - 0.5 >= size * Self.smallest { font.size -= 0.5 }
            guard measurer.width(line, font) > room else { return (line, font, room) }
            // Balanced: the narrowest box that still takes the line in as many lines.
            let count = measurer.height(line, font, room)
            var low = room / 2, high = room
            for _ in 0..<20 {
                let middle = (low + high) / 2
                if measurer.height(line, font, middle) > count + 0.01 { low = middle } else { high = middle }
            }
            return (line, font, high)
        }
    }

    private func textHeight(_ set: [(text: String, font: PaperFont, width: Double)], _ measurer: Measurer) -> Double {
        set.reduce(0) { $0 + measurer.height($1.text, $1.font, $1.width) + 1 }
    }

    func height(width: Double, _ measurer: Measurer) -> Double {
        max(textHeight(setLines(width, measurer), measurer), logo == nil ? 0 : Self.logoSize) + 4 + 3 + 1
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let set = setLines(box.width, measurer)
        let text = textHeight(set, measurer)
        let kop = max(text, logo == nil ? 0 : Self.logoSize)
        var ops: [DrawOp] = []
        if let logo { ops.append(.image(path: logo, x: box.x, y: box.y, width: Self.logoSize, height: Self.logoSize)) }
        var y = box.y + (kop - text) / 2
        for line in set {
            ops.append(.text(line.text, x: box.x + (box.width - line.width) / 2, y: y, width: line.width, font: line.font, align: .center))
            y += measurer.height(line.text, line.font, line.width) + 1
        }
        let rule = box.y + kop + 4
        ops.append(.line(x1: box.x, y1: rule, x2: box.x + box.width, y2: rule, width: 2.2, dotted: false))
        ops.append(.line(x1: box.x, y1: rule + 3, x2: box.x + box.width, y2: rule + 3, width: 0.7, dotted: false))
        return ops
    }
}
