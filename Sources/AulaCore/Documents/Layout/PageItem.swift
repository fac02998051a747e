/// A measured block as the stacker places it: where it sits across the width, the space around it, and what it is
/// kept with.
struct PageItem {
    var block: any LayoutBlock
    /// Points in from the body's left edge (running text sits under its heading's first letter plus this).
    var indent = 0.0
    /// Space above it, left out at the top of a page.
    var spaceBefore = 0.0
    /// Space under it.
    var spaceAfter = 0.0
    /// Goes to the next page together with the item after it (a heading, a table's header, the kop, the last row or
    /// lines above a signature block).
    var keepWithNext = false
    /// A table row: the item of its table's header, repeated at the top of every page the table runs onto.
    var header: Int?
    /// The first item of a paper: it starts a page.
    var paper: PaperStart?

    /// What a paper brings to its first page.
    struct PaperStart {
        /// Its outline entry (bookmark).
        var bookmark: String?
        /// Its pages are numbered from 1 (a mail-merged letter).
        var standsAlone: Bool
    }
}
