/// A typeface request: size in points, bold or not. The family is the renderer's (a sans serif as offices use).
public struct PaperFont: Hashable, Sendable {
    public var size: Double
    public var bold = false
    public var italic = false

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
    }

    public static let body = PaperFont(size: 11)
    public static let table = PaperFont(size: 9)
    public static let tableHeader = PaperFont(size: 9, bold: true)
}

/// Measures text as the renderer will set it, so pages are planned without drawing.
public protocol TextMeasure {
    /// The height of `text` set in `font`, wrapped at `width` points (lines as the renderer breaks them).
    func height(of text: String, font: PaperFont, width: Double) -> Double
    /// The width of `text` on one line.
    func width(of text: String, font: PaperFont) -> Double
}

/// How a line of text sits in its box.
public enum TextAlign: Sendable, Equatable { case left, center, right, justify }

/// One thing drawn on a page, at points from the top-left corner.
public enum DrawOp: Equatable, Sendable {
    /// Text wrapped in a box `width` wide whose top is at `y`.
    case text(String, x: Double, y: Double, width: Double, font: PaperFont, align: TextAlign)
    /// A straight line; `dotted` for lines to write on by hand.
    case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, dotted: Bool)
    /// A rectangle, filled with a grey (0 black, 1 white) and/or stroked.
    case rect(x: Double, y: Double, width: Double, height: Double, fill: Double?, stroke: Double?)
    /// An image from the session folder (`path` inside it), scaled into the box and centred in it; with `onBottom`,
    /// resting on the box's bottom edge (a photo right above its caption).
    case image(path: String, x: Double, y: Double, width: Double, height: Double, onBottom: Bool = false)
    /// A QR symbol of `code` (ECC level M) filling a square `size` wide, its quiet zone inside the square.
    case qr(String, x: Double, y: Double, size: Double)
    /// A Code 128 barcode of `code` filling a box `width` wide (quiet zones inside it) and `height` high.
    case barcode(String, x: Double, y: Double, width: Double, height: Double)
}

/// A planned page: what is drawn on it.
public struct PlannedPage: Equatable, Sendable {
    public var ops: [DrawOp] = []
    /// The outline entries (bookmarks) that point at this page: the papers that start on it.
    public var bookmarks: [String] = []
}
