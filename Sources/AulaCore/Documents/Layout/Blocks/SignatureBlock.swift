/// Signature blocks side by side: the place and date above the last; under each its caption and jabatan, the room to
/// sign, the name in bold and the NIP. Every part is measured at its column's width, so a name with gelar that wraps
/// pushes its NIP down; the names start on one line across the columns, and so do the NIPs.
struct SignatureBlock: LayoutBlock {
    var placeAndDate: String
    var people: [Paper.Signature]
    static let font = PaperFont.body
    static let nameFont = PaperFont(size: 11, bold: true)
    static let stampFont = PaperFont(size: 7)
    /// The room left to sign in.
    static let signingSpace = 20 * PaperSize.mm

    /// One signer signs in the right half; several share the width.
    private func columns(_ width: Double) -> (count: Int, width: Double) {
        let count = max(2, people.count)
        return (count, width / Double(count))
    }

    private struct Rows {
        var date: Double
        var captions: Double
        var names: Double
        var nips: Double
    }

    private func rows(_ width: Double, _ measurer: Measurer) -> Rows {
        let column = columns(width).width
        let captions = people.map { person in
            [person.caption, person.role].filter { !$0.isEmpty }.reduce(0) { $0 + measurer.height($1, Self.font, column) }
        }
        return Rows(date: measurer.height(placeAndDate, Self.font, column),
                    captions: captions.max() ?? 0,
                    names: people.map { measurer.height($0.name, Self.nameFont, column) }.max() ?? 0,
                    nips: people.map { measurer.height($0.nip, Self.font, column) }.max() ?? 0)
    }

    func height(width: Double, _ measurer: Measurer) -> Double {
        guard !people.isEmpty else { return 0 }
        let rows = rows(width, measurer)
        return rows.date + rows.captions + Self.signingSpace + rows.names + rows.nips
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let rows = rows(box.width, measurer)
        let (count, column) = columns(box.width)
        var ops: [DrawOp] = []
        for (index, person) in people.enumerated() {
            let x = box.x + column * Double(count - people.count + index)
            if index == people.count - 1 {
                ops.append(.text(placeAndDate, x: x, y: box.y, width: column, font: Self.font, align: .center))
            }
            var y = box.y + rows.date
            for text in [person.caption, person.role] where !text.isEmpty {
                ops.append(.text(text, x: x, y: y, width: column, font: Self.font, align: .center))
                y += measurer.height(text, Self.font, column)
            }
            if let stamp = person.stamp {
                // A dotted box in the room to sign, left of centre, where the meterai is stuck and signed across.
                let w = 24 * PaperSize.mm, h = 14 * PaperSize.mm
                let left = x + column / 2 - w + 4 * PaperSize.mm, top = box.y + rows.date + rows.captions + (Self.signingSpace - h) / 2
                ops += [.line(x1: left, y1: top, x2: left + w, y2: top, width: 0.5, dotted: true),
                        .line(x1: left, y1: top + h, x2: left + w, y2: top + h, width: 0.5, dotted: true),
                        .line(x1: left, y1: top, x2: left, y2: top + h, width: 0.5, dotted: true),
                        .line(x1: left + w, y1: top, x2: left + w, y2: top + h, width: 0.5, dotted: true),
                        .text(stamp, x: left + 2, y: top + h / 2 - 5, width: w - 4, font: Self.stampFont, align: .center)]
            }
            let nameY = box.y + rows.date + rows.captions + Self.signingSpace
            ops.append(.text(person.name, x: x, y: nameY, width: column, font: Self.nameFont, align: .center))
            ops.append(.text(person.nip, x: x, y: nameY + rows.names, width: column, font: Self.font, align: .center))
        }
        return ops
    }
}
