/// Stacks measured blocks on pages, top to bottom: what fits stays, running text is cut between words where the page
/// ends, a table's header repeats on every page it runs onto, and what is kept with the next block (a heading, the
/// lines above a signature) moves to the next page with it. Nothing is drawn at a place a block did not measure.
struct PageStacker {
    /// One block on a page: which item, the part of it placed (a cut paragraph's lines), its box.
    struct Placement {
        var item: Int
        var block: any LayoutBlock
        var box: Box
        /// A table header repeated at the top of a page: not content of its own.
        var repeated = false
    }

    /// One page: its blocks, its bookmarks, and whether its numbering starts again at 1.
    struct Page {
        var placements: [Placement] = []
        var bookmarks: [String] = []
        var restartsNumbering = false
    }

    let frame: PageFrame
    let measurer: Measurer
    let items: [PageItem]
    private(set) var pages: [Page] = []
    /// Blocks that did not fit a page even alone (drawn past its foot), for the message.
    private(set) var overflows = 0
    private var y = 0.0
    private static let slack = 0.01

    /// Stacks `items` on pages of `frame`.
    init(_ items: [PageItem], frame: PageFrame, measurer: Measurer) {
        self.items = items
        self.frame = frame
        self.measurer = measurer
        for index in items.indices {
            if let start = items[index].paper { newPage(paper: start) }
            place(index, items[index].block)
        }
    }

    private var bottom: Double { frame.bodyBottom }
    private var body: Double { frame.bodyBottom - frame.top }
    private var atTop: Bool { pages.last?.placements.allSatisfy(\.repeated) ?? true }

    private func width(_ item: PageItem) -> Double { frame.width - item.indent }

    private mutating func put(_ index: Int, _ block: any LayoutBlock, height: Double, repeated: Bool = false) {
        let item = items[index]
        let gap = atTop ? 0 : item.spaceBefore
        if pages.isEmpty { newPage(paper: nil) }
        let box = Box(x: frame.left + item.indent, y: y + gap, width: width(item), height: height)
        pages[pages.count - 1].placements.append(Placement(item: index, block: block, box: box, repeated: repeated))
        y += gap + height + item.spaceAfter
    }

    private mutating func place(_ index: Int, _ block: any LayoutBlock) {
        let item = items[index]
        let h = block.height(width: width(item), measurer)
        let gap = atTop ? 0 : item.spaceBefore
        if y + gap + h <= bottom + Self.slack { return put(index, block, height: h) }
        // Running text: as much as fits here, the rest on the next page.
        if let text = block as? SplittableBlock, !atTop,
           let (first, rest) = text.split(width: width(item), height: bottom - y - gap, measurer) {
            put(index, first, height: first.height(width: width(item), measurer))
            newPage(continuing: index)
            return place(index, rest)
        }
        // What is kept with this block moves along with it, unless that is all the page holds or too much for one.
        if !atTop, let kept = takeKept(along: h) {
            newPage(continuing: kept.first!.item)
            for placement in kept { place(placement.item, placement.block) }
            return place(index, block)
        }
        if !atTop { newPage(continuing: index) }
        if y + h > bottom + Self.slack, let text = block as? SplittableBlock,
           let (first, rest) = text.split(width: width(item), height: bottom - y, measurer) {
            put(index, first, height: first.height(width: width(item), measurer))
            newPage(continuing: index)
            return place(index, rest)
        }
        if y + h > bottom + Self.slack { overflows += 1 }
        put(index, block, height: h)
    }

    /// Takes the last blocks of this page that are kept with what follows, when they are not all it holds and fit a
    /// page together with `height` more.
    private mutating func takeKept(along height: Double) -> [Placement]? {
        guard var page = pages.last else { return nil }
        var start = page.placements.count
        while start > 0, !page.placements[start - 1].repeated, items[page.placements[start - 1].item].keepWithNext {
            start -= 1
        }
        let content = page.placements.firstIndex { !$0.repeated } ?? page.placements.count
        guard start < page.placements.count, start > content else { return nil }
        let moved = page.placements[start...].reduce(0) { $0 + $1.box.height + items[$1.item].spaceBefore + items[$1.item].spaceAfter }
        guard moved + height <= body else { return nil }
        let kept = Array(page.placements[start...])
        page.placements.removeSubrange(start...)
        pages[pages.count - 1] = page
        return kept
    }

    /// Starts a page for a paper's first block.
    private mutating func newPage(paper: PageItem.PaperStart?) {
        var page = Page()
        if let paper {
            page.bookmarks = paper.bookmark.map { [$0] } ?? []
            page.restartsNumbering = paper.standsAlone
        }
        pages.append(page)
        y = frame.top
    }

    /// Starts a page for `index` and what follows it; a table's rows get their header first.
    private mutating func newPage(continuing index: Int) {
        newPage(paper: nil)
        if let header = items[index].header, header != index {
            put(header, items[header].block, height: items[header].block.height(width: width(items[header]), measurer), repeated: true)
        }
    }
}
