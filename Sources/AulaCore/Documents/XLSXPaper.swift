/// A paper with a table (daftar hadir, rekap) as a workbook a clerk can print or work on: the title and the
/// acara lines above the table, the header bold and frozen and repeated on every printed page, numbers as numbers,
/// times as times, phones and NIPs as text, the rekap's totals and shares as formulas, the signature block below.
public enum XLSXPaper {
    /// The sheet for one paper; nil for a paper without a table, unless `textToo` (a berkas's letters and reports
    /// become sheets of their lines).
    public static func sheet(_ paper: Paper, size: PaperSize, textToo: Bool = false) -> Workbook.Sheet? {
        if paper.kind == .buktiPotong { return importSheet(paper, size: size) }
        let found = paper.blocks.lazy.compactMap({ block -> Paper.Table? in
            if case .table(let table) = block { return table } else { return nil }
        }).first
        guard found != nil || textToo else { return nil }
        // A paper of text only: its lines across six columns of a portrait page.
        let table = found ?? Paper.Table(headers: Array(repeating: "", count: 6), rightAligned: Array(repeating: false, count: 6),
                                         rows: [], rowPadding: 0)
        let columns = table.headers.count
        let kinds = (0..<columns).map { kind(of: $0, in: table) }
        var rows: [Workbook.Row] = []
        var merged: [String] = []
        func line(_ text: String, _ look: Workbook.Look) {
            rows.append(Workbook.Row([Workbook.Cell(.text(text), look)]))
            merged.append("A\(rows.count):" + CellReference(column: columns - 1, row: rows.count).name)
        }
        line(paper.title, .title)
        for field in paper.info { line(field.label + ": " + field.value, .plain) }
        rows.append(Workbook.Row([]))
        var headerRow: Int?
        for block in paper.blocks {
            switch block {
            case .table(let table) where headerRow == nil && found != nil:
                rows.append(Workbook.Row(table.dataHeaders.map { Workbook.Cell(.text($0), .header) }))
                headerRow = rows.count
                let first = rows.count + 1
                let last = rows.count + table.rows.count
                for (index, values) in table.rows.enumerated() {
                    let number = rows.count + 1
                    let isTotal = table.totalsRow == true && index == table.rows.count - 1
                    let cells = values.enumerated().map { column, value in
                        cell(value, kind: kinds[column], column: column, row: number, isTotal: isTotal,
                             sums: table.totalsRow == true ? (first, last - 1) : nil, rekap: paper.kind == .rekap)
                    }
                    rows.append(Workbook.Row(cells, height: table.rowPadding > 0 ? 30 : nil))
                }
            case .heading(let text):
                rows.append(Workbook.Row([]))
                line(text, .bold)
            case .paragraph(let text):
                line(text, .plain)
            case .list(let items):
                for item in items { line(item, .plain) }
            case .signatures(let placeAndDate, let signatures):
                rows.append(Workbook.Row([]))
                rows += signatureRows(placeAndDate, signatures, columns: columns)
            case .lines(let lines):
                for text in lines { line(text, .plain) }
            case .table, .fields, .chart, .figures, .blank, .code, .nameTags:
                break
            }
        }
        let widths = found == nil ? Array(repeating: 15, count: columns) : self.widths(table, kinds: kinds)
        return Workbook.Sheet(name: sheetName(paper), rows: rows, widths: widths, headerRow: headerRow,
                              merged: merged, landscape: widths.reduce(0, +) > 100, paper: size)
    }

    /// A sheet another program imports (e-Bupot's "21"): the column names in row 1, one row per record below, every
    /// value as text except whole amounts, named by the paper's title.
    static func importSheet(_ paper: Paper, size: PaperSize) -> Workbook.Sheet? {
        guard let table = paper.blocks.lazy.compactMap({ block -> Paper.Table? in
            if case .table(let table) = block { return table } else { return nil }
        }).first else { return nil }
        var rows = [Workbook.Row(table.headers.map { Workbook.Cell(.text($0), .header) })]
        for values in table.rows {
            rows.append(Workbook.Row(values.enumerated().map { column, value in
                // The amount and the row number as numbers; NPWP, NIK and dates as text, never a number or a date.
                if column == 0 || table.headers[column] == "Penghasilan Bruto", let number = Int(value) {
                    return Workbook.Cell(.integer(number), .integer)
                }
                return Workbook.Cell(.text(value), .text)
            }))
        }
        let widths = table.headers.map { header in Double(min(40, max(12, header.count / 2 + 4))) }
        return Workbook.Sheet(name: paper.title, rows: rows, widths: widths, headerRow: 1, merged: [], landscape: true, paper: size)
    }

    /// The tab's name, within Excel's 31 characters: the title ("Daftar Hadir"), a daftar penerimaan by its kind
    /// ("Uang Transport", "Honorarium Narasumber"), a lampiran said to be one ("Lampiran Daftar Hadir").
    static func sheetName(_ paper: Paper) -> String {
        var name = paper.title.isEmpty ? paper.kind.rawValue : paper.title
        for prefix in ["DAFTAR PENERIMAAN ", "RECEIPT LIST: "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return ((paper.lampiran == nil ? "" : "Lampiran ") + name.lowercased()).capitalized
    }

    /// What a table column holds, from its values.
    enum ColumnKind: Equatable {
        case text, integer, time, share, signature, money
    }

    static func kind(of column: Int, in table: Paper.Table) -> ColumnKind {
        if table.rowPadding > 0 && column == table.headers.count - 1 { return .signature }
        let values = table.rows.map { $0[column] }.filter { !$0.isEmpty && $0 != "-" }
        guard !values.isEmpty else { return .text }
        // Times as papers write them ("08.52") are times in the workbook.
        if values.allSatisfy({ ClockTime(ClockText.fromPaper($0))?.text == ClockText.fromPaper($0) }) { return .time }
        if values.allSatisfy({ $0.hasPrefix("Rp") && Rupiah.parse($0) != nil }) { return .money }
        guard table.rightAligned[column] else { return .text }
        if values.allSatisfy({ Int($0) != nil && !($0.hasPrefix("0") && $0.count > 1) }) { return .integer }
        if values.allSatisfy({ $0.hasSuffix("%") && Int($0.dropLast()) != nil }) { return .share }
        return .text
    }

    /// A table cell at `column` of sheet row `row`. A totals row sums the rows `sums` (first, last) above it; in the
    /// rekap, the share is a formula over its row ((hadir + diwakili) / diundang).
    static func cell(_ value: String, kind: ColumnKind, column: Int, row: Int, isTotal: Bool,
                     sums: (first: Int, last: Int)?, rekap: Bool) -> Workbook.Cell {
        func sum(_ number: Int, _ look: Workbook.Look) -> Workbook.Cell {
            guard let sums, isTotal else { return Workbook.Cell(.integer(number), look) }
            let letter = CellReference.letters(column)
            return Workbook.Cell(.formula("SUM(\(letter)\(sums.first):\(letter)\(sums.last))", cached: Double(number)),
                                 look == .money ? .totalMoney : .totalInteger)
        }
        switch kind {
        case .integer:
            guard let number = Int(value) else { return text(value, isTotal ? .totalText : .text) }
            return sum(number, .integer)
        case .money:
            guard let amount = Rupiah.parse(value) else { return text(value, .text) }
            return sum(amount, .money)
        case .share where rekap:
            // Diundang in B, Hadir in C, Diwakili in D (the rekap's columns).
            let share = Double(Int(value.dropLast()) ?? 0) / 100
            return Workbook.Cell(.formula("IF(B\(row)=0,0,(C\(row)+D\(row))/B\(row))", cached: share),
                                 isTotal ? .totalPercent : .percent)
        case .time:
            guard let (hour, minute) = SessionClock.parseTime(ClockText.fromPaper(value)) else {
                return text(value, .text)
            }
            return Workbook.Cell(.minutes(hour * 60 + minute), .time)
        case .share:
            let share = Double(Int(value.dropLast()) ?? 0) / 100
            return Workbook.Cell(.share(share), isTotal ? .totalPercent : .percent)
        case .signature:
            return text(value.trimmingCharacters(in: .whitespaces), value.hasPrefix(" ") ? .textRight : .text)
        case .text:
            return text(value, isTotal ? .totalText : .text)
        }
    }

    /// A text cell, or a styled empty one.
    static func text(_ value: String, _ look: Workbook.Look) -> Workbook.Cell {
        Workbook.Cell(value.isEmpty ? .blank : .text(value), look)
    }

    /// Column widths in characters: the widest value or header word, within 4 and 40; the signature column at
    /// least a quarter of the table, room for a wet signature.
    static func widths(_ table: Paper.Table, kinds: [ColumnKind]) -> [Double] {
        var widths = table.headers.indices.map { column -> Double in
            let header = table.headers[column].split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
            let values = table.rows.lazy.map { DisplayWidth.of($0[column]) }.max() ?? 0
            return Double(min(40, max(4, max(header, values) + 2)))
        }
        if let signature = kinds.firstIndex(of: .signature) {
            let others = widths.enumerated().filter { $0.offset != signature }.map(\.element).reduce(0, +)
            widths[signature] = max(widths[signature], (others / 3).rounded(.up))
        }
        return widths
    }

    /// The signature blocks side by side under the table, the place and date above the last.
    static func signatureRows(_ placeAndDate: String, _ signatures: [Paper.Signature], columns: Int) -> [Workbook.Row] {
        let starts = signatures.indices.map { index in
            signatures.count == 1 ? max(0, columns - 3) : index * columns / signatures.count
        }
        func row(_ parts: [String], _ look: Workbook.Look = .plain) -> Workbook.Row {
            var cells = [Workbook.Cell?](repeating: nil, count: columns)
            for (index, part) in parts.enumerated() where !part.isEmpty { cells[starts[index]] = Workbook.Cell(.text(part), look) }
            return Workbook.Row(cells)
        }
        var rows = [row(signatures.indices.map { $0 == signatures.count - 1 ? placeAndDate : "" })]
        rows.append(row(signatures.map(\.caption)))
        if signatures.contains(where: { !$0.role.isEmpty }) { rows.append(row(signatures.map(\.role))) }
        rows += [Workbook.Row([]), Workbook.Row([]), Workbook.Row([])]
        rows.append(row(signatures.map(\.name), .bold))
        rows.append(row(signatures.map(\.nip)))
        return rows
    }
}
