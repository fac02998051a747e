/// The sheet a paper is printed on, in PostScript points (1/72 inch).
public enum PaperSize: String, CaseIterable, Codable, Sendable {
    /// 210 x 297 mm.
    case a4
    /// Folio, 215 x 330 mm, which many Pemda use.
    case f4

    /// Points per millimetre.
    public static let mm = 72 / 25.4

    /// Width and height in points.
    public var width: Double { self == .a4 ? 210 * PaperSize.mm : 215 * PaperSize.mm }
    public var height: Double { self == .a4 ? 297 * PaperSize.mm : 330 * PaperSize.mm }

    /// The `lp -o media=` value CUPS knows the sheet by.
    public var cupsMedia: String { self == .a4 ? "A4" : "Custom.215x330mm" }
}

/// Where text may go on a page: Tata Naskah Dinas margins, about 3 cm left and 2 cm on the other sides, and the
/// footer line below the body.
public struct PageFrame: Equatable, Sendable {
    public var size: PaperSize
    public var left = 30 * PaperSize.mm
    public var right = 20 * PaperSize.mm
    public var top = 20 * PaperSize.mm
    public var bottom = 20 * PaperSize.mm

    /// A frame on `size` with the standard margins.
    public init(_ size: PaperSize) { self.size = size }

    public var width: Double { size.width - left - right }
    /// The lowest point the body reaches; the page number sits below it.
    public var bodyBottom: Double { size.height - bottom }
}
