/// What every row of one table shares: its columns' widths, alignment and fonts, and the row's least height.
final class TableGeometry {
    let table: Paper.Table
    let columns: ColumnWidths
    /// The cells' type: 9 pt, or a step smaller where a table's words would not fit otherwise.
    let font: PaperFont
    /// A signing form: its last column is the Tanda Tangan, numbered and alternating left and right.
    let signing: Bool
    /// A row's least height: 10 mm to sign in, or room for a QR symbol and its code.
    let minimumRow: Double

    static let cellPadding = 3.0
    /// The sizes a crowded table steps down to.
    static let smallerSizes = [8.0, 7.5]
    /// The QR in a table row: 16 mm.
    static let code = 16 * PaperSize.mm

    init(_ table: Paper.Table, width: Double, _ measurer: Measurer) {
        self.table = table
        // A size step down (to 8 and 7.5 pt) before a word would have to break.
        var fitted = ColumnWidths(table, width: width, measurer)
        var size = PaperFont.table.size
        for smaller in Self.smallerSizes where !fitted.tooNarrow.isEmpty {
            let tried = ColumnWidths(table, width: width, measurer, size: smaller)
            if tried.tooNarrow.isEmpty || smaller == Self.smallerSizes.last {
                fitted = tried
                size = smaller
            }
        }
        columns = fitted
        font = PaperFont(size: size)
        signing = table.rowPadding > 0
        minimumRow = signing ? 10 * PaperSize.mm : table.codeColumn != nil ? Self.code + 2 * Self.cellPadding + 9 : 0
    }

    /// The header row (repeated on every page the table runs onto) and one block per row.
    var header: TableRowBlock { TableRowBlock(geometry: self, row: -1) }
    func row(_ index: Int) -> TableRowBlock { TableRowBlock(geometry: self, row: index) }
}

/// One row of a table (or its header, shaded): as tall as its tallest cell, never split across pages.
struct TableRowBlock: LayoutBlock {
    let geometry: TableGeometry
    /// The row's index, or -1 for the header.
    let row: Int

    private var isHeader: Bool { row < 0 }
    private var cells: [String] { isHeader ? geometry.table.headers : geometry.table.rows[row] }
    private var font: PaperFont { isHeader ? PaperFont(size: geometry.font.size, bold: true) : geometry.font }

    func height(width: Double, _ measurer: Measurer) -> Double {
        let pad = TableGeometry.cellPadding
        var h = measurer.lineHeight(font)
        for (cell, columnWidth) in zip(cells, geometry.columns.widths) where !cell.isEmpty {
            h = max(h, measurer.height(cell, font, columnWidth - 2 * pad))
        }
        return max(isHeader ? 0 : geometry.minimumRow, h + 2 * pad)
    }

    func draw(in box: Box, _ measurer: Measurer) -> [DrawOp] {
        let pad = TableGeometry.cellPadding
        let cells = self.cells
        var ops: [DrawOp] = []
        var x = box.x
        for (i, (cell, width)) in zip(cells, geometry.columns.widths).enumerated() {
            ops.append(.rect(x: x, y: box.y, width: width, height: box.height, fill: isHeader ? 0.88 : nil, stroke: 0.5))
            if !isHeader && i == geometry.table.codeColumn && !cell.isEmpty {
                // The seat's QR with its code under it.
                let size = min(TableGeometry.code, width - 2 * pad)
                ops.append(.qr(cell, x: x + (width - size) / 2, y: box.y + pad, size: size))
                ops.append(.text(cell, x: x + pad, y: box.y + pad + size, width: width - 2 * pad, font: PaperFont(size: 7), align: .center))
            } else if !isHeader && geometry.signing && i == cells.count - 1 {
                // The signature column's number: odd rows at the left, even rows in the middle, as on paper forms.
                let number = cell.trimmingCharacters(in: .whitespaces)
                let even = cell.hasPrefix(" ")
                ops.append(.text(number, x: x + (even ? width / 2 : 0) + pad, y: box.y + pad, width: width / 2 - 2 * pad, font: font, align: .left))
            } else if !cell.isEmpty {
                let right = geometry.table.rightAligned.indices.contains(i) && geometry.table.rightAligned[i]
                ops.append(.text(cell, x: x + pad, y: box.y + pad, width: width - 2 * pad, font: font,
                                 align: isHeader ? .center : right ? .right : .left))
            }
            x += width
        }
        return ops
    }
}
