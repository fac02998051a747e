/// Lays papers out on pages as an office types them: each paper's parts become measured blocks (`Blocks/`), which
/// `PageStacker` places; then "Halaman N dari M" goes under every page. Pure: text is measured through
/// `TextMeasure`, nothing is drawn.
public struct PagePlanner {
    public let frame: PageFrame
    let measurer: Measurer
    let lang: Lang
    /// The kop's logo, a path inside the session folder.
    public var logo: String?
    /// What the pages could not do as asked (a table too narrow for its words), for the message.
    public private(set) var problems: [String] = []

    /// A planner for pages of `frame`, measuring with `measure`.
    public init(frame: PageFrame, measure: any TextMeasure, lang: Lang, logo: String? = nil) {
        self.frame = frame
        measurer = Measurer(measure)
        self.lang = lang
        self.logo = logo
    }

    /// The pages of `papers`, each paper starting on a new page, numbered together, all held at once.
    public static func plan(_ papers: [Paper], frame: PageFrame, measure: any TextMeasure, lang: Lang,
                            logo: String? = nil) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        var planner = PagePlanner(frame: frame, measure: measure, lang: lang, logo: logo)
        planner.draw(papers) { pages.append($0) }
        return pages
    }

    /// The same pages handed to `draw` one at a time, none kept: the blocks are placed first (measured once), then
    /// each page's drawing is made and handed over. Returns the number of pages and what could not be done as asked.
    @discardableResult
    public static func stream(_ papers: [Paper], frame: PageFrame, measure: any TextMeasure, lang: Lang,
                              logo: String? = nil, draw: (PlannedPage) -> Void) -> (pages: Int, problems: [String]) {
        var planner = PagePlanner(frame: frame, measure: measure, lang: lang, logo: logo)
        let count = planner.draw(papers, draw)
        return (count, planner.problems)
    }

    /// Places every block of `papers` and hands each page's drawing to `draw`; returns how many pages.
    @discardableResult
    private mutating func draw(_ papers: [Paper], _ draw: (PlannedPage) -> Void) -> Int {
        var items: [PageItem] = []
        for paper in papers { items += self.items(paper, from: items.count) }
        let stacker = PageStacker(items, frame: frame, measurer: measurer)
        if stacker.overflows > 0 {
            problems.append(lang.t("\(stacker.overflows) bagian lebih tinggi dari satu halaman dan terpotong di kakinya.",
                                   "\(stacker.overflows) parts are taller than a page and run past its foot."))
        }
        let starts = stacker.pages.indices.filter { $0 == 0 || stacker.pages[$0].restartsNumbering }
        for (index, stacked) in stacker.pages.enumerated() {
            var page = PlannedPage()
            page.bookmarks = stacked.bookmarks
            for placement in stacked.placements { page.ops += placement.block.draw(in: placement.box, measurer) }
            page.ops.append(number(index, starts: starts, total: stacker.pages.count))
            draw(page)
        }
        return stacker.pages.count
    }

    /// "Halaman N dari M" under the body; a paper that stands alone (a mail-merged letter) counts its own pages.
    private func number(_ index: Int, starts: [Int], total: Int) -> DrawOp {
        let start = starts.last { $0 <= index } ?? 0
        let end = starts.first { $0 > index } ?? total
        let text = lang.t("Halaman \(index - start + 1) dari \(end - start)", "Page \(index - start + 1) of \(end - start)")
        return .text(text, x: frame.left, y: frame.bodyBottom + 12, width: frame.width, font: PaperFont(size: 8.5), align: .center)
    }

    // MARK: Papers into blocks

    /// Running text sits this far in from the headings.
    static let indent = 18.0
    static let titleFont = PaperFont(size: 13, bold: true)
    static let headingFont = PaperFont(size: 11, bold: true)

    /// A paper as measured blocks: the kop (or a lampiran's heading), the title, the fields, then its parts; `first`
    /// is the index its first block will have among all the papers' blocks.
    private mutating func items(_ paper: Paper, from first: Int) -> [PageItem] {
        var items: [PageItem] = []
        if !paper.letterhead.isEmpty {
            items.append(PageItem(block: KopBlock(lines: paper.letterhead, logo: logo), spaceAfter: 12, keepWithNext: true))
        }
        if let lampiran = paper.lampiran {
            items.append(PageItem(block: LampiranHeadingBlock(lampiran: lampiran), spaceAfter: 12, keepWithNext: true))
        }
        if !paper.title.isEmpty {
            items.append(PageItem(block: TextBlock(paper.title, font: Self.titleFont, align: .center), spaceAfter: 12, keepWithNext: true))
        }
        for row in FieldRowBlock.rows(paper.info, width: frame.width, measurer) {
            items.append(PageItem(block: row, spaceAfter: 2, keepWithNext: true))
        }
        if !items.isEmpty { items[items.count - 1].spaceAfter += 8 }
        for (index, block) in paper.blocks.enumerated() {
            var added = self.items(block, base: first + items.count)
            // The lines above a signature block go with it to the next page; so does a heading with what it heads.
            if index + 1 < paper.blocks.count, case .signatures = paper.blocks[index + 1], !added.isEmpty {
                added[added.count - 1].keepWithNext = true
            }
            items += added
        }
        guard !items.isEmpty else { return [] }
        items[0].paper = PageItem.PaperStart(bookmark: paper.bookmark, standsAlone: paper.standsAlone == true)
        return items
    }

    /// One part of a paper as blocks; `base` is the index its first block will have.
    private mutating func items(_ block: Paper.Block, base: Int) -> [PageItem] {
        let indent = Self.indent, body = frame.bodyBottom - frame.top
        switch block {
        case .heading(let text):
            return [PageItem(block: TextBlock(text, font: Self.headingFont), spaceBefore: 8, spaceAfter: 4, keepWithNext: true)]
        case .paragraph(let text):
            return [PageItem(block: TextBlock(text, align: .justify), indent: indent, spaceAfter: 6)]
        case .blank(let lines):
            return [PageItem(block: BlankLinesBlock(count: lines), indent: indent, spaceAfter: 8)]
        case .fields(let fields):
            var rows = FieldRowBlock.rows(fields, width: frame.width - indent, measurer).map {
                PageItem(block: $0, indent: indent, spaceAfter: 2)
            }
            if !rows.isEmpty { rows[rows.count - 1].spaceAfter = 6 }
            return rows
        case .list(let entries):
            var rows = entries.map { entry -> PageItem in
                let (marker, text) = Self.listMarker(entry)
                return PageItem(block: TextBlock(text, marker: marker, markerWidth: 22), indent: indent, spaceAfter: 2)
            }
            if !rows.isEmpty { rows[rows.count - 1].spaceAfter = 8 }
            return rows
        case .table(let table):
            let geometry = TableGeometry(table, width: frame.width, measurer)
            if !geometry.columns.tooNarrow.isEmpty {
                let names = geometry.columns.tooNarrow.map { table.dataHeaders[$0] }.joined(separator: ", ")
                problems.append(lang.t("Tabel terlalu lebar untuk kertas ini: kata di kolom \(names) terpotong. Pakai kertas F4 atau format xlsx.",
                                       "The table is too wide for this sheet: words in \(names) are broken. Use F4 paper or the xlsx."))
            }
            var rows = [PageItem(block: geometry.header, keepWithNext: true)]
            rows += table.rows.indices.map { PageItem(block: geometry.row($0), header: base) }
            rows[rows.count - 1].spaceAfter = 10
            return rows
        case .signatures(let placeAndDate, let people):
            guard !people.isEmpty else { return [] }
            return [PageItem(block: SignatureBlock(placeAndDate: placeAndDate, people: people), spaceBefore: 12, spaceAfter: 8)]
        case .chart(let chart):
            var rows = [PageItem(block: TextBlock(chart.title, font: PaperFont(size: 10, bold: true)), indent: indent, spaceBefore: 6,
                                 spaceAfter: 6, keepWithNext: true)]
            rows += chart.bars.map { PageItem(block: ChartBarBlock(bar: $0, maximum: chart.maximum), indent: indent) }
            rows[rows.count - 1].spaceAfter = 8
            return rows
        case .figures(let figures):
            return FigureRowBlock.rows(figures, body: body).map { PageItem(block: $0) }
        case .lines(let lines):
            return [PageItem(block: LinesBlock(lines: lines), spaceAfter: 8)]
        case .code(let code):
            return [PageItem(block: CodeBlock(code: code), spaceAfter: 6)]
        case .nameTags(let tags):
            return NameTagRowBlock.rows(tags, body: body).map { PageItem(block: $0) }
        }
    }

    /// "3. Yohanes Bau: ..." hangs after its number; an item without one gets a bullet.
    static func listMarker(_ item: String) -> (marker: String, text: String) {
        if let dot = item.firstIndex(of: "."), !item[..<dot].isEmpty, item[..<dot].allSatisfy(\.isNumber) {
            return (String(item[...dot]), String(item[item.index(after: dot)...].drop { $0 == " " }))
        }
        return ("•", item)
    }
}
