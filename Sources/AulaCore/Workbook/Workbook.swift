/// A workbook to write: sheets of typed cells with the few looks a paper needs, and how each sheet prints.
public struct Workbook: Equatable, Sendable {
    /// How a cell looks; each is one cell format in the styles part (the raw value is its index there).
    public enum Look: Int, CaseIterable, Sendable {
        case plain = 0
        /// The paper's title: bold, larger.
        case title
        /// A label or heading: bold.
        case bold
        /// A table's column header: bold, bordered, shaded, centred, wrapped.
        case header
        /// Text in a table: bordered, kept as text (a NIP or phone never becomes a number), wrapped.
        case text
        /// A whole number in a table.
        case integer
        /// A clock time in a table (h:mm).
        case time
        /// A share in a table (0%).
        case percent
        /// A totals row's number: bold.
        case totalInteger
        /// A totals row's share: bold.
        case totalPercent
        /// A totals row's label: bold, bordered.
        case totalText
        /// Text in a table aligned right (the even numbers of a signature column).
        case textRight
        /// Rupiah in a table ("Rp"#,##0).
        case money
        /// A totals row's rupiah: bold.
        case totalMoney
    }

    /// One cell's value.
    public enum Value: Equatable, Sendable {
        case text(String)
        case integer(Int)
        /// Minutes after midnight, written as Excel's fraction of a day.
        case minutes(Int)
        /// A share, 0...1.
        case share(Double)
        /// A formula (without "=") and the value it computes now, so a reader without a calculator sees it.
        case formula(String, cached: Double)
        /// No value, only the look (a bordered empty cell of a table).
        case blank
    }

    /// A cell: its value and look.
    public struct Cell: Equatable, Sendable {
        public var value: Value
        public var look: Look

        public init(_ value: Value, _ look: Look) {
            self.value = value
            self.look = look
        }
    }

    /// One row; nil cells are empty. `height` in points when the row must be taller (room to sign).
    public struct Row: Equatable, Sendable {
        public var cells: [Cell?]
        public var height: Double?

        public init(_ cells: [Cell?], height: Double? = nil) {
            self.cells = cells
            self.height = height
        }
    }

    /// A sheet and how it prints.
    public struct Sheet: Equatable, Sendable {
        /// The tab's name (at most 31 characters, none of : \ / ? * [ ]).
        public var name: String
        public var rows: [Row]
        /// Column widths in characters.
        public var widths: [Double]
        /// Rows that stay in view and repeat on every printed page (the table's header), 1-based; nil for none.
        public var headerRow: Int?
        /// Cell ranges merged into one ("A1:H1"), for titles across the table.
        public var merged: [String]
        /// Printed across the long side.
        public var landscape: Bool
        /// The paper it prints on.
        public var paper: PaperSize

        public init(name: String, rows: [Row], widths: [Double], headerRow: Int?, merged: [String], landscape: Bool,
                    paper: PaperSize) {
            self.name = name
            self.rows = rows
            self.widths = widths
            self.headerRow = headerRow
            self.merged = merged
            self.landscape = landscape
            self.paper = paper
        }
    }

    public var sheets: [Sheet]

    /// `sheets` with names Excel can tell apart: a name seen before gets " (2)", " (3)" (within Excel's 31 characters).
    public static func uniquelyNamed(_ sheets: [Sheet]) -> [Sheet] {
        var seen: Set<String> = []
        return sheets.map { sheet in
            var sheet = sheet
            var name = XLSXWriter.sheetName(sheet.name), number = 1
            while seen.contains(name.lowercased()) {
                number += 1
                let suffix = " (\(number))"
                name = String(XLSXWriter.sheetName(sheet.name).prefix(31 - suffix.count)) + suffix
            }
            seen.insert(name.lowercased())
            sheet.name = name
            return sheet
        }
    }

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}
