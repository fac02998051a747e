/// A key press as the terminal reports it, free of any terminal library.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case function(Int)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case resize
}

/// Rows and columns of the terminal.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest size the full layout needs.
    public static let minimum = Size(width: 80, height: 24)

    /// True when the full layout fits.
    public var fits: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
