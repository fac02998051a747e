/// Where things go on the screen, shared by the views (to draw) and `update` (to keep the selection visible).
public enum Layout {
    /// Header (2 rows) and tab bar.
    public static let topRows = 3
    /// Message line and key bar.
    public static let bottomRows = 2

    /// Rows between the top and bottom bars.
    public static func bodyRows(_ size: Size) -> Int { max(0, size.height - topRows - bottomRows) }

    /// Rows of the roster list on Hadir (below counters, search line and column titles).
    public static func hadirListRows(_ size: Size) -> Int { max(1, bodyRows(size) - 3) }

    /// Rows of the agenda table on Acara (the rest shows the selected item).
    public static func agendaRows(_ size: Size) -> Int { max(3, bodyRows(size) / 2) }

    /// Rows of a scrolling text (missing list, document preview).
    public static func textRows(_ size: Size) -> Int { max(1, bodyRows(size) - 1) }
}
