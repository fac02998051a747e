/// A rectangle on a page, in points from the top-left corner.
public struct Box: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
}

/// One block of a paper, measured before it is placed: how tall it is at a given width, and what it draws into a box
/// of that width and height. Anything that wraps makes the block taller, so nothing under it can be reached.
protocol LayoutBlock {
    /// The height the block takes at `width`.
    func height(width: Double, _ measurer: Measurer) -> Double
    /// What the block draws into `box` (as wide as it was measured at, and as tall as it said).
    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp]
}

/// A block that may be cut where a page ends (running text).
protocol SplittableBlock: LayoutBlock {
    /// The most of the block that fits in `height` at `width` (at least two lines) and the rest; nil when too little
    /// fits to be worth cutting.
    func split(width: Double, height: Double, _ measurer: Measurer) -> (first: any LayoutBlock, rest: any LayoutBlock)?
}
