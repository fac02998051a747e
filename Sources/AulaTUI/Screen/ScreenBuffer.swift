import AulaCore

/// How a cell looks: a few attributes and a colour role the terminal maps to what it can show.
public struct Style: Equatable, Hashable, Sendable {
    /// What a colour means, so monochrome terminals and NO_COLOR can show it another way.
    public enum Role: Int, Sendable, CaseIterable { case normal, accent, good, warn, danger, muted }

    public var bold = false
    public var reverse = false
    public var underline = false
    public var role = Role.normal

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)

    /// A style with just this colour role.
    public static func role(_ role: Role, bold: Bool = false) -> Style { Style(bold: bold, role: role) }
}

/// A grid of cells the views draw into and the terminal presents. Text is cleaned of control characters
/// and clipped by display width on the way in, so nothing the data holds can reach the terminal raw.
public struct ScreenBuffer: Equatable, Sendable {
    /// One cell: a character (empty for the right half of a wide one) and its style.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var style: Style
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// How many times text was put, on screen or off it: a view that draws only what is visible keeps this near
    /// the number of cells in use, whatever the length of its list. Not part of equality.
    public private(set) var putCount = 0

    /// Two buffers are equal when they show the same cells.
    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    /// A blank buffer.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", style: .plain), count: self.width * self.height)
    }

    /// The cell at a position.
    public subscript(x x: Int, y y: Int) -> Cell { cells[y * width + x] }

    /// Draws `text` at (x, y), at most `maxWidth` cells (to the right edge by default); returns cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        putCount += 1
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        var used = 0
        for character in TextSanitizer.visible(text) {
            let w = min(2, DisplayWidth.of(String(character)))
            if w == 0 { continue }
            if used + w > limit {
                if used < limit {
                    cells[y * width + x + used] = Cell(text: " ", style: style)
                    used += 1
                }
                break
            }
            cells[y * width + x + used] = Cell(text: String(character), style: style)
            if w == 2 { cells[y * width + x + used + 1] = Cell(text: "", style: style) }
            used += w
        }
        return used
    }

    /// Gives a run of cells a style without changing their text (a highlighted row).
    public mutating func paint(x: Int, y: Int, width w: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for i in max(0, x)..<min(width, x + w) {
            cells[y * width + i].style = style
        }
    }

    /// Fills a run of cells with spaces in a style.
    public mutating func clear(x: Int, y: Int, width w: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        for i in max(0, x)..<min(width, x + w) {
            cells[y * width + i] = Cell(text: " ", style: style)
        }
    }

    /// The plain text of a row, trailing spaces removed: what tests compare.
    public func line(_ y: Int) -> String {
        var text = cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row's plain text.
    public var lines: [String] { (0..<height).map(line) }
}
