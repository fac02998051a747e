/// Lays papers out on pages as an office types them: the kop with its logo and double rule, the title, the fields,
/// tables whose header repeats on every page and whose rows are never split, signature blocks kept whole, charts,
/// and "Halaman N dari M" on every page. Pure: text is measured through `TextMeasure`, nothing is drawn.
public struct PagePlanner {
    public let frame: PageFrame
    let measure: any TextMeasure
    let lang: Lang
    /// The kop's logo, a path inside the session folder.
    public var logo: String?
    /// Pages finished so far.
    public private(set) var pageCount = 0
    /// The pages (0-based) where numbering starts again at 1: the first, and each paper that stands alone.
    private var numberingStarts = [0]
    /// The page being laid out.
    private var page = PlannedPage()
    /// Takes each page once it is full (or the papers end).
    private var finished: (PlannedPage) -> Void = { _ in }
    private var y = 0.0
    private var heights = HeightCache()
    /// Where the last blocks of the paper began (page, first op, y, whether a heading), newest last: what a
    /// signature block that does not fit takes along to the next page.
    private var blockStarts: [BlockStart] = []

    private struct BlockStart {
        var page: Int
        var op: Int
        var y: Double
        var heading: Bool
    }

    /// A planner for pages of `frame`, measuring with `measure`.
    public init(frame: PageFrame, measure: any TextMeasure, lang: Lang, logo: String? = nil) {
        self.frame = frame
        self.measure = measure
        self.lang = lang
        self.logo = logo
    }

    /// The pages of `papers`, each paper starting on a new page, numbered together, all held at once.
    public static func plan(_ papers: [Paper], frame: PageFrame, measure: any TextMeasure, lang: Lang,
                            logo: String? = nil) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        var planner = PagePlanner(frame: frame, measure: measure, lang: lang, logo: logo)
        withoutActuallyEscaping({ (page: PlannedPage) in pages.append(page) }) { keep in
            planner.finished = keep
            planner.layOut(papers)
            planner.finished = { _ in }
        }
        return pages.enumerated().map { index, page in planner.numbered(page, index, total: pages.count) }
    }

    /// The same pages handed to `draw` one at a time as each is finished, none kept: laid out once to count them
    /// (measuring each text once), then again, from the measures, to number and hand them over. A roster of 100,000
    /// seats is drawn holding one page, not five thousand. Returns the number of pages.
    @discardableResult
    public static func stream(_ papers: [Paper], frame: PageFrame, measure: any TextMeasure, lang: Lang,
                              logo: String? = nil, draw: (PlannedPage) -> Void) -> Int {
        var counting = PagePlanner(frame: frame, measure: measure, lang: lang, logo: logo)
        counting.layOut(papers)
        let total = counting.pageCount
        var planner = PagePlanner(frame: frame, measure: measure, lang: lang, logo: logo)
        planner.heights = counting.heights
        var index = 0
        withoutActuallyEscaping({ [counting] (page: PlannedPage) in
            draw(counting.numbered(page, index, total: total))
            index += 1
        }) { hand in
            planner.finished = hand
            planner.layOut(papers)
            planner.finished = { _ in }
        }
        return total
    }

    /// Lays out every paper, each from a new page, and hands over the last page.
    private mutating func layOut(_ papers: [Paper]) {
        for paper in papers { add(paper) }
        if pageCount > 0 { finished(page) }
    }

    /// Lays out one paper from a new page.
    private mutating func add(_ paper: Paper) {
        newPage()
        if paper.standsAlone == true && pageCount > 1 { numberingStarts.append(pageCount - 1) }
        if let bookmark = paper.bookmark { page.bookmarks.append(bookmark) }
        letterhead(paper.letterhead)
        if !paper.title.isEmpty {
            let title = PaperFont(size: 13, bold: true)
            put(.text(paper.title, x: frame.left, y: y, width: frame.width, font: title, align: .center))
            y += height(paper.title, title, frame.width) + 12
        }
        fields(paper.info, indent: 0)
        if !paper.title.isEmpty || !paper.info.isEmpty { y += 8 }
        for (index, block) in paper.blocks.enumerated() {
            add(block, before: paper.blocks.indices.contains(index + 1) ? paper.blocks[index + 1] : nil)
        }
    }

    /// The page with "Halaman N dari M" under its body; a paper that stands alone (a mail-merged letter) counts
    /// its own pages.
    private func numbered(_ page: PlannedPage, _ index: Int, total: Int) -> PlannedPage {
        var page = page
        let start = numberingStarts.last { $0 <= index } ?? 0
        let end = numberingStarts.first { $0 > index } ?? total
        let text = lang.t("Halaman \(index - start + 1) dari \(end - start)", "Page \(index - start + 1) of \(end - start)")
        page.ops.append(.text(text, x: frame.left, y: frame.bodyBottom + 12, width: frame.width, font: PaperFont(size: 8.5), align: .center))
        return page
    }

    // MARK: Blocks

    private mutating func add(_ block: Paper.Block, before next: Paper.Block?) {
        switch block {
        case .signatures: break
        case .heading: blockStarts = [BlockStart(page: pageCount, op: page.ops.count, y: y, heading: true)]
        default: blockStarts = Array((blockStarts + [BlockStart(page: pageCount, op: page.ops.count, y: y, heading: false)]).suffix(2))
        }
        switch block {
        case .heading(let text):
            let font = PaperFont(size: 11, bold: true)
            let h = height(text, font, frame.width)
            // A heading never ends a page: it moves down with the first lines under it.
            if y + 8 + h + 3 * lineHeight(.body) > frame.bodyBottom { newPage() } else { y += 8 }
            put(.text(text, x: frame.left, y: y, width: frame.width, font: font, align: .left))
            y += h + 4
        case .paragraph(let text):
            flow(text, x: frame.left + 18, width: frame.width - 18, font: .body, align: .justify)
            y += 6
        case .blank(let lines):
            // A few lines to write on stay together, and with their heading.
            let needed = Double(lines) * 18 + 2
            if y + needed > frame.bodyBottom && needed <= (frame.bodyBottom - frame.top) / 3 {
                newPageTakingAlongLastBlock(makingRoomFor: needed)
            }
            for _ in 0..<lines {
                room(20)
                y += 18
                put(.line(x1: frame.left + 18, y1: y, x2: frame.left + frame.width, y2: y, width: 0.6, dotted: true))
            }
            y += 8
        case .fields(let fields):
            self.fields(fields, indent: 18)
            y += 4
        case .list(let items):
            for item in items { listItem(item) }
            y += 6
        case .table(let table):
            // A table right above signatures takes its last row down with them when they do not fit under it
            // (with the space after a table and above signatures).
            if case .signatures(_, let people)? = next { self.table(table, keepingLastRowWith: 10 + 12 + signaturesHeight(people)) } else {
                self.table(table, keepingLastRowWith: 0)
            }
            y += 10
        case .signatures(let placeAndDate, let people):
            signatures(placeAndDate, people)
        case .chart(let chart):
            self.chart(chart)
        case .figures(let figures):
            self.figures(figures)
        case .lines(let lines):
            for line in lines {
                let h = height(line, .body, frame.width)
                room(h)
                put(.text(line, x: frame.left, y: y, width: frame.width, font: .body, align: .left))
                y += h
            }
            y += 8
        case .code(let code):
            // At the right, under the address: the QR and its code, as a reader's eye and a scanner look for it,
            // and left of them the same code as a barcode for a scanner that reads only lines.
            let size = Self.letterCode
            room(size + 12)
            let x = frame.left + frame.width - size
            put(.qr(code, x: x, y: y, size: size))
            put(.text(code, x: x - 20, y: y + size, width: size + 40, font: PaperFont(size: 8), align: .center))
            if let width = Self.barcodeWidth(code) {
                put(.barcode(code, x: x - 6 * PaperSize.mm - width, y: y + size - Self.barcodeHeight, width: width, height: Self.barcodeHeight))
            }
            y += size + 14
        case .nameTags(let tags):
            nameTags(tags)
        }
    }

    /// The QR on a letter: 25 mm, read by a phone or a scanner at arm's length.
    static let letterCode = 25 * PaperSize.mm
    /// The QR in a table row: 16 mm.
    static let tableCode = 16 * PaperSize.mm
    /// A barcode's bars: 0.25 mm a module (what a laser scanner reads at arm's length), 10 mm high.
    static let barcodeModule = 0.25 * PaperSize.mm
    static let barcodeHeight = 10 * PaperSize.mm

    /// How wide `code`'s barcode is with its quiet zones; nil when it cannot be one.
    static func barcodeWidth(_ code: String) -> Double? {
        Code128.modules(code).map { Double($0 + 2 * Code128.quietZone) * barcodeModule }
    }

    /// Name tags two across and four down, each in its box with dashed cut lines: name, jabatan, unit and the QR
    /// (a blank tag has dotted lines to write on).
    private mutating func nameTags(_ tags: [Paper.NameTag]) {
        let columns = 2, rows = 4
        let width = frame.width / Double(columns), height = (frame.bodyBottom - frame.top) / Double(rows)
        if y > frame.top { newPage() }
        for (index, tag) in tags.enumerated() {
            let slot = index % (columns * rows)
            if slot == 0 && index > 0 { newPage() }
            let x = frame.left + Double(slot % columns) * width, top = frame.top + Double(slot / columns) * height
            put(.line(x1: x, y1: top, x2: x + width, y2: top, width: 0.4, dotted: true))
            put(.line(x1: x, y1: top, x2: x, y2: top + height, width: 0.4, dotted: true))
            if slot % columns == columns - 1 || index == tags.count - 1 {
                put(.line(x1: x + width, y1: top, x2: x + width, y2: top + height, width: 0.4, dotted: true))
            }
            if slot / columns == rows - 1 || index + columns >= tags.count {
                put(.line(x1: x, y1: top + height, x2: x + width, y2: top + height, width: 0.4, dotted: true))
            }
            let pad = 10.0, inner = width - 2 * pad
            guard !tag.code.isEmpty else {
                for line in 1...3 {
                    let lineY = top + Double(line) * height / 4
                    put(.line(x1: x + pad, y1: lineY, x2: x + width - pad, y2: lineY, width: 0.6, dotted: true))
                }
                continue
            }
            let nameFont = PaperFont(size: 14, bold: true), small = PaperFont(size: 9.5)
            var lineY = top + pad
            for (text, font) in [(tag.name, nameFont), (tag.jabatan, small), (tag.unit, small)] where !text.isEmpty {
                put(.text(text, x: x + pad, y: lineY, width: inner, font: font, align: .center))
                lineY += self.height(text, font, inner) + 2
            }
            // The QR with its code under it and, where the tag is wide enough, the barcode beside it, both centred.
            let size = min(Self.tableCode * 1.3, top + height - pad - 10 - lineY)
            let gap = 4 * PaperSize.mm
            let bars = Self.barcodeWidth(tag.code).flatMap { size + gap + $0 <= inner ? $0 : nil }
            let qrX = x + (width - size - (bars.map { gap + $0 } ?? 0)) / 2
            let bottom = top + height - pad - 10
            if size > 10 * PaperSize.mm {
                put(.qr(tag.code, x: qrX, y: bottom - size, size: size))
                if let bars {
                    put(.barcode(tag.code, x: qrX + size + gap, y: bottom - Self.barcodeHeight, width: bars, height: Self.barcodeHeight))
                }
            }
            put(.text(tag.code, x: qrX - 20, y: bottom + 1, width: size + 40, font: PaperFont(size: 7.5), align: .center))
        }
        y = frame.bodyBottom
    }

    private mutating func letterhead(_ lines: [String]) {
        guard !lines.isEmpty || logo != nil else { return }
        let logoSize = 22 * PaperSize.mm
        let inset = logo == nil ? 0 : logoSize + 6
        let fonts = lines.count == 1 ? [PaperFont(size: 14, bold: true)]
            : lines.indices.map { i in i == 0 ? PaperFont(size: 13, bold: true) : i == 1 ? PaperFont(size: 15, bold: true) : PaperFont(size: 9.5) }
        let textWidth = frame.width - 2 * inset
        let textHeight = zip(lines, fonts).reduce(0) { $0 + height($1.0, $1.1, textWidth) + 1 }
        let kopHeight = max(textHeight, logo == nil ? 0 : logoSize)
        if let logo { put(.image(path: logo, x: frame.left, y: y, width: logoSize, height: logoSize)) }
        var lineY = y + (kopHeight - textHeight) / 2
        for (line, font) in zip(lines, fonts) {
            put(.text(line, x: frame.left + inset, y: lineY, width: textWidth, font: font, align: .center))
            lineY += height(line, font, textWidth) + 1
        }
        y += kopHeight + 4
        put(.line(x1: frame.left, y1: y, x2: frame.left + frame.width, y2: y, width: 2.2, dotted: false))
        put(.line(x1: frame.left, y1: y + 3, x2: frame.left + frame.width, y2: y + 3, width: 0.7, dotted: false))
        y += 16
    }

    private mutating func fields(_ fields: [Paper.Field], indent: Double) {
        guard !fields.isEmpty else { return }
        let font = PaperFont.body
        let labelWidth = min(frame.width / 3, fields.map { measure.width(of: $0.label, font: font) }.max() ?? 0) + 6
        let valueX = frame.left + indent + labelWidth + 12
        let valueWidth = frame.left + frame.width - valueX
        for field in fields {
            let h = max(height(field.label, font, labelWidth), height(field.value, font, valueWidth))
            room(h)
            put(.text(field.label, x: frame.left + indent, y: y, width: labelWidth, font: font, align: .left))
            put(.text(":", x: frame.left + indent + labelWidth, y: y, width: 12, font: font, align: .left))
            put(.text(field.value, x: valueX, y: y, width: valueWidth, font: font, align: .left))
            y += h + 2
        }
    }

    /// "3. Yohanes Bau: ..." hangs after its number; an item without one gets a bullet.
    private mutating func listItem(_ item: String) {
        let x = frame.left + 18
        var marker = "•"
        var text = item
        if let dot = item.firstIndex(of: "."), item[..<dot].allSatisfy(\.isNumber), !item[..<dot].isEmpty {
            marker = String(item[...dot])
            text = String(item[item.index(after: dot)...].drop { $0 == " " })
        }
        room(lineHeight(.body))
        put(.text(marker, x: x, y: y, width: 22, font: .body, align: .left))
        flow(text, x: x + 22, width: frame.width - 40, font: .body, align: .left)
        y += 2
    }

    /// Text that may run over pages: cut between words where the page ends.
    private mutating func flow(_ text: String, x: Double, width: Double, font: PaperFont, align: TextAlign) {
        var rest = Substring(text)
        while !rest.isEmpty {
            let h = height(String(rest), font, width)
            if y + h <= frame.bodyBottom {
                put(.text(String(rest), x: x, y: y, width: width, font: font, align: align))
                y += h
                return
            }
            // Most words that still fit on this page (found by halving), at least one line's worth on a new page.
            let words = rest.split(separator: " ", omittingEmptySubsequences: false)
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high + 1) / 2
                if y + height(words[..<middle].joined(separator: " "), font, width) <= frame.bodyBottom { low = middle } else { high = middle - 1 }
            }
            if low == 0 {
                if y == frame.top { low = 1 } else {
                    newPage()
                    continue
                }
            }
            let part = words[..<low].joined(separator: " ")
            put(.text(part, x: x, y: y, width: width, font: font, align: align))
            y += height(part, font, width)
            rest = Substring(words[low...].joined(separator: " "))
            newPage()
        }
    }

    // MARK: Tables

    /// Column widths in points, as a word processor sizes a table to its content: every column at least as wide as
    /// its longest word, the room left shared by how much more each column's longest text wants. A signature form's
    /// last column (the Tanda Tangan) gets a quarter of the table, or down to 30 mm when the others need the room.
    func columnWidths(_ table: Paper.Table) -> [Double] {
        let signing = table.rowPadding > 0 && table.headers.count > 1
        let sized = signing ? table.headers.count - 1 : table.headers.count
        let pad = 2 * Self.cellPadding + 1
        var least = [Double](repeating: pad, count: sized), most = [Double](repeating: pad, count: sized)
        var rigid = [Bool](repeating: true, count: sized)
        // No column narrower than its title's longest word.
        let floor = (0..<sized).map { column in
            (table.headers[column].split(separator: " ").map { measure.width(of: String($0), font: .tableHeader) }.max() ?? 0) + pad
        }
        for column in 0..<sized {
            // The longest texts of a column decide; at 100,000 rows only those are measured.
            let texts = Self.longest(table.rows.lazy.map { $0.indices.contains(column) ? $0[column] : "" }, count: 40)
            // Numbers, phones and times are never broken; names and units may be, when there is no room.
            rigid[column] = texts.allSatisfy { text in text.isEmpty || (!text.contains(" ") && text.contains { $0.isNumber }) }
            for (text, font) in texts.map({ ($0, PaperFont.table) }) + [(table.headers[column], PaperFont.tableHeader)]
            where !text.isEmpty {
                let words = text.split(separator: " ").map { measure.width(of: String($0), font: font) }
                least[column] = max(least[column], (words.max() ?? 0) + pad)
                most[column] = max(most[column], measure.width(of: text, font: font) + pad)
            }
        }
        var widths: [Double]
        let wanted = most.reduce(0, +), needed = least.reduce(0, +)
        // The Tanda Tangan column: a quarter of the table, narrowed down to 30 mm (still room for a signature)
        // where the other columns would otherwise have to break words.
        let signature = signing ? max(30 * PaperSize.mm, min(frame.width / 4, frame.width - needed)) : 0
        let available = frame.width - signature
        if wanted <= available {
            widths = most.map { $0 + (available - wanted) * $0 / wanted }
        } else if needed > available {
            // Too narrow even for whole words: numbers, phones and times keep theirs, the other columns keep their
            // titles' words and share what is left by how long their texts are (they break inside words).
            let base = (0..<sized).map { rigid[$0] ? least[$0] : floor[$0] }
            let left = available - base.reduce(0, +)
            let want = (0..<sized).map { rigid[$0] ? 0 : most[$0] - floor[$0] }, wantTotal = want.reduce(0, +)
            if left > 0 && wantTotal > 0 {
                widths = (0..<sized).map { base[$0] + left * want[$0] / wantTotal }
            } else {
                widths = base.map { $0 * available / base.reduce(0, +) }
            }
        } else {
            let extra = zip(most, least).map { $0 - $1 }, extraTotal = extra.reduce(0, +)
            widths = zip(least, extra).map { $0 + (available - needed) * $1 / extraTotal }
        }
        if signing { widths.append(signature) }
        return widths
    }

    /// The `count` texts with the most characters.
    static func longest(_ texts: some Sequence<String>, count: Int) -> [String] {
        var kept: [(length: Int, text: String)] = []
        for text in texts {
            let length = text.utf8.count
            if kept.count < count {
                kept.append((length, text))
                if kept.count == count { kept.sort { $0.length > $1.length } }
            } else if length > kept[count - 1].length {
                kept[count - 1] = (length, text)
                kept.sort { $0.length > $1.length }
            }
        }
        return kept.map(\.text)
    }

    private mutating func table(_ table: Paper.Table, keepingLastRowWith following: Double) {
        let widths = columnWidths(table)
        let signing = table.rowPadding > 0
        let minimum = signing ? 10 * PaperSize.mm : table.codeColumn != nil ? Self.tableCode + 2 * Self.cellPadding + 9 : 0
        let headerHeight = tableRowHeight(table.headers, widths, .tableHeader, minimum: 0)
        // The header starts a page only with at least one row under it.
        let first = table.rows.first.map { tableRowHeight($0, widths, .table, minimum: minimum) } ?? 0
        if y + headerHeight + first > frame.bodyBottom { newPage() }
        tableRow(table.headers, widths, table.rightAligned, .tableHeader, height: headerHeight, fill: 0.88, signing: false)
        var rowsOnPage = 0
        for (index, row) in table.rows.enumerated() {
            let h = tableRowHeight(row, widths, .table, minimum: minimum)
            let carriesLast = index == table.rows.count - 1 && following > 0 && rowsOnPage > 0
                && y + h + following > frame.bodyBottom && headerHeight + h + following <= frame.bodyBottom - frame.top
            if y + h > frame.bodyBottom || carriesLast {
                rowsOnPage = 0
                newPage()
                tableRow(table.headers, widths, table.rightAligned, .tableHeader, height: headerHeight, fill: 0.88, signing: false)
            }
            tableRow(row, widths, table.rightAligned, .table, height: h, fill: nil, signing: signing, codeColumn: table.codeColumn)
            rowsOnPage += 1
        }
    }

    static let cellPadding = 3.0

    private mutating func tableRowHeight(_ cells: [String], _ widths: [Double], _ font: PaperFont, minimum: Double) -> Double {
        var h = lineHeight(font)
        for (cell, width) in zip(cells, widths) where !cell.isEmpty {
            h = max(h, height(cell, font, width - 2 * Self.cellPadding))
        }
        return max(minimum, h + 2 * Self.cellPadding)
    }

    private mutating func tableRow(_ cells: [String], _ widths: [Double], _ right: [Bool], _ font: PaperFont, height: Double,
                                   fill: Double?, signing: Bool, codeColumn: Int? = nil) {
        var x = frame.left
        let pad = Self.cellPadding
        for (i, (cell, width)) in zip(cells, widths).enumerated() {
            put(.rect(x: x, y: y, width: width, height: height, fill: fill, stroke: 0.5))
            if i == codeColumn && !cell.isEmpty {
                // The seat's QR with its code under it.
                let size = min(Self.tableCode, width - 2 * pad)
                put(.qr(cell, x: x + (width - size) / 2, y: y + pad, size: size))
                put(.text(cell, x: x + pad, y: y + pad + size, width: width - 2 * pad, font: PaperFont(size: 7), align: .center))
            } else if signing && i == cells.count - 1 {
                // The signature column's number: odd rows at the left, even rows in the middle, as on paper forms.
                let number = cell.trimmingCharacters(in: .whitespaces)
                let even = cell.hasPrefix(" ")
                put(.text(number, x: x + (even ? width / 2 : 0) + pad, y: y + pad, width: width / 2 - 2 * pad, font: font, align: .left))
            } else if !cell.isEmpty {
                put(.text(cell, x: x + pad, y: y + pad, width: width - 2 * pad, font: font,
                          align: fill == nil ? (right.indices.contains(i) && right[i] ? .right : .left) : .center))
            }
            x += width
        }
        y += height
    }

    // MARK: Signatures and charts

    /// How tall signature blocks for `people` are: place and date, captions, room to sign, name and NIP.
    private mutating func signaturesHeight(_ people: [Paper.Signature]) -> Double {
        guard !people.isEmpty else { return 0 }
        let font = PaperFont.body
        let width = frame.width / Double(max(2, people.count))
        var tallest = 0.0
        for person in people {
            let captions = [person.caption, person.role].filter { !$0.isEmpty }.reduce(0) { $0 + height($1, font, width) }
            tallest = max(tallest, captions + Self.signingSpace + 2 * lineHeight(font))
        }
        return lineHeight(font) + tallest + 10
    }

    /// The room left to sign in.
    static let signingSpace = 20 * PaperSize.mm

    private mutating func signatures(_ placeAndDate: String, _ people: [Paper.Signature]) {
        guard !people.isEmpty else { return }
        let font = PaperFont.body
        let columns = max(2, people.count)
        let width = frame.width / Double(columns)
        let space = Self.signingSpace
        let h = signaturesHeight(people)
        if y + h + 12 > frame.bodyBottom { newPageTakingAlongLastBlock(makingRoomFor: h + 12) }
        if y > frame.top { y += 12 }
        let top = y
        for (i, person) in people.enumerated() {
            // One signer signs at the right half; several share the width.
            let x = frame.left + width * Double(columns - people.count + i)
            var lineY = top
            if i == people.count - 1 {
                put(.text(placeAndDate, x: x, y: lineY, width: width, font: font, align: .center))
            }
            lineY += lineHeight(font)
            for text in [person.caption, person.role] where !text.isEmpty {
                put(.text(text, x: x, y: lineY, width: width, font: font, align: .center))
                lineY += height(text, font, width)
            }
            lineY += space
            put(.text(person.name, x: x, y: lineY, width: width, font: PaperFont(size: 11, bold: true), align: .center))
            lineY += lineHeight(font)
            put(.text(person.nip, x: x, y: lineY, width: width, font: font, align: .center))
        }
        y = top + h
    }

    /// Starts a new page for what does not fit (a signature block, lines to write on), taking along the block
    /// before it (and its heading) when that began on this page, is not all there is on it, and is short enough (a
    /// third of a page): a signature never stands alone at the top of a page, nor a heading at the bottom of one,
    /// as a typist would move the last lines down with them.
    private mutating func newPageTakingAlongLastBlock(makingRoomFor height: Double) {
        let body = frame.bodyBottom - frame.top
        guard var from = blockStarts.last, from.page == pageCount, from.op > 0 else { return newPage() }
        if blockStarts.count == 2, blockStarts[0].heading, blockStarts[0].page == pageCount, blockStarts[0].op > 0 {
            from = blockStarts[0]
        }
        let moved = y - from.y
        guard moved > 0, moved <= body / 3, moved + height <= body else { return newPage() }
        let ops = page.ops[from.op...]
        page.ops.removeSubrange(from.op...)
        newPage()
        let dy = frame.top - from.y
        page.ops.append(contentsOf: ops.map { $0.shifted(by: dy) })
        y = frame.top + moved
        blockStarts = []
    }

    private mutating func chart(_ chart: Paper.Chart) {
        let font = PaperFont(size: 9)
        let row = 15.0
        let titleHeight = height(chart.title, PaperFont(size: 10, bold: true), frame.width)
        let total = titleHeight + 6 + Double(chart.bars.count) * row + 8
        if y + min(total, 80) > frame.bodyBottom || (total < frame.bodyBottom - frame.top && y + total > frame.bodyBottom) {
            newPage()
        } else {
            y += 6
        }
        put(.text(chart.title, x: frame.left + 18, y: y, width: frame.width - 18, font: PaperFont(size: 10, bold: true), align: .left))
        y += titleHeight + 6
        let labelWidth = (frame.width - 18) * 0.3
        let valueWidth = (frame.width - 18) * 0.18
        let barX = frame.left + 18 + labelWidth + 6
        let barWidth = frame.width - 18 - labelWidth - valueWidth - 12
        for bar in chart.bars {
            room(row)
            put(.text(bar.label, x: frame.left + 18, y: y + 1, width: labelWidth, font: font, align: .left))
            put(.rect(x: barX, y: y + 2, width: barWidth, height: row - 5, fill: nil, stroke: 0.4))
            if chart.maximum > 0, bar.value > 0 {
                let filled = barWidth * Double(min(bar.value, chart.maximum)) / Double(chart.maximum)
                put(.rect(x: barX, y: y + 2, width: filled, height: row - 5, fill: 0.45, stroke: nil))
            }
            put(.text(bar.text, x: barX + barWidth + 6, y: y + 1, width: valueWidth, font: font, align: .left))
            y += row
        }
        y += 8
    }

    /// Photos in a grid: one or two, one above the other, half a page each; more, two across and three down (six a
    /// page). Every cell has the same size, its caption under the photo; the photo is fitted into its box by the renderer.
    private mutating func figures(_ figures: [Paper.Figure]) {
        guard !figures.isEmpty else { return }
        let font = PaperFont(size: 9)
        let columns = figures.count <= 2 ? 1 : 2, rows = figures.count <= 2 ? 2 : 3
        let gap = 14.0
        let cellWidth = (frame.width - Double(columns - 1) * gap) / Double(columns)
        let captionHeight = figures.map { height($0.caption, font, cellWidth) }.max() ?? 0
        if frame.bodyBottom - y < (frame.bodyBottom - frame.top) / 2 { newPage() }
        let cellHeight = (frame.bodyBottom - y) / Double(rows)
        let imageHeight = cellHeight - captionHeight - 4 - gap
        var row = 0
        for (index, figure) in figures.enumerated() {
            let column = index % columns
            if column == 0 && index > 0 {
                row += 1
                if row == rows {
                    newPage()
                    row = 0
                } else {
                    y += cellHeight
                }
            }
            let x = frame.left + Double(column) * (cellWidth + gap)
            put(.image(path: figure.path, x: x, y: y, width: cellWidth, height: imageHeight, onBottom: true))
            put(.text(figure.caption, x: x, y: y + imageHeight + 4, width: cellWidth, font: font, align: .center))
        }
        y += cellHeight
    }

    // MARK: Pages and measures

    private mutating func newPage() {
        if pageCount > 0 { finished(page) }
        page = PlannedPage()
        pageCount += 1
        y = frame.top
    }

    /// Starts a new page unless `height` more fits on this one.
    private mutating func room(_ height: Double) {
        if y + height > frame.bodyBottom && y > frame.top { newPage() }
    }

    private mutating func put(_ op: DrawOp) {
        page.ops.append(op)
    }

    private mutating func height(_ text: String, _ font: PaperFont, _ width: Double) -> Double {
        heights.height(text, font, width, measure)
    }

    private mutating func lineHeight(_ font: PaperFont) -> Double {
        height("Xg", font, 1000)
    }
}

/// Heights already measured: a roster repeats its jabatan, units and kecamatan thousands of times.
private struct HeightCache {
    private struct Key: Hashable {
        var text: String
        var font: PaperFont
        var width: Double
    }
    private var known: [Key: Double] = [:]

    mutating func height(_ text: String, _ font: PaperFont, _ width: Double, _ measure: any TextMeasure) -> Double {
        let key = Key(text: text, font: font, width: width)
        if let h = known[key] { return h }
        let h = measure.height(of: text, font: font, width: width)
        // Names are each seen once; keep the cache to what repeats.
        if known.count < 50_000 { known[key] = h }
        return h
    }
}
