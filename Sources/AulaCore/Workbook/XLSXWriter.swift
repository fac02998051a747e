import Foundation
import ZIPFoundation

/// Writes a `Workbook` as an .xlsx file (Office Open XML, as Excel 2007 and later and LibreOffice read it):
/// inline strings, one style sheet with the looks a paper needs, frozen and repeated header rows, Tata Naskah
/// Dinas margins and "Halaman N dari M" in the footer.
public enum XLSXWriter {
    /// The workbook's bytes.
    public static func bytes(_ workbook: Workbook, lang: Lang) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes(sheets: workbook.sheets.count)),
            ("_rels/.rels", Array(rootRelationships.utf8)),
            ("xl/workbook.xml", workbookPart(workbook.sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: workbook.sheets.count)),
            ("xl/styles.xml", Array(styles.utf8)),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheetPart(sheet, lang: lang)))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        // A fixed date: the same workbook gives the same bytes.
        let date = Date(timeIntervalSince1970: 1_577_836_800)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else {
            throw AulaError(id: "Buku kerja tidak dapat ditulis.", en: "The workbook could not be written.")
        }
        return [UInt8](data)
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(sheets: Int) -> [UInt8] {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 1...max(sheets, 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return Array((xml + "</Types>").utf8)
    }

    static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbookRelationships(sheets: Int) -> [UInt8] {
        var xml = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(sheets, 1) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return Array((xml + "</Relationships>").utf8)
    }

    static func workbookPart(_ sheets: [Workbook.Sheet]) -> [UInt8] {
        var xml = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        let names = sheets.map { sheetName($0.name) }
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(MarkupEscape.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let titles = sheets.enumerated().compactMap { index, sheet in
            sheet.headerRow.map { row in
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'"
                    + MarkupEscape.escaped(names[index].replacingOccurrences(of: "'", with: "''")) + "'!$\(row):$\(row)</definedName>"
            }
        }
        if !titles.isEmpty { xml += "<definedNames>" + titles.joined() + "</definedNames>" }
        return Array((xml + "</workbook>").utf8)
    }

    /// A tab name Excel accepts: at most 31 characters, none of : \ / ? * [ ].
    static func sheetName(_ name: String) -> String {
        let cleaned = String(TextSanitizer.line(name).map { ":\\/?*[]".contains($0) ? "-" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    static func sheetPart(_ sheet: Workbook.Sheet, lang: Lang) -> [UInt8] {
        var xml = header + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\">"
        if let row = sheet.headerRow {
            xml += "<pane ySplit=\"\(row)\" topLeftCell=\"A\(row + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.widths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(decimal(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        var out = Array(xml.utf8)
        out.reserveCapacity(sheet.rows.count * 300)
        out += Array("<sheetData>".utf8)
        for (index, row) in sheet.rows.enumerated() {
            out += Array(rowXML(row, number: index + 1).utf8)
        }
        xml = "</sheetData>"
        if !sheet.merged.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merged.count)\">"
                + sheet.merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        // 3 cm left, 2 cm elsewhere (Tata Naskah Dinas), in inches; Folio is Excel's paper 14 (8.5 x 13 in).
        xml += "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"1.18\" right=\"0.79\" top=\"0.79\" bottom=\"0.79\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"\(sheet.paper == .a4 ? 9 : 14)\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" "
            + "fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<headerFooter><oddFooter>&amp;C" + MarkupEscape.escaped(lang.t("Halaman &P dari &N", "Page &P of &N")) + "</oddFooter></headerFooter>"
        out += Array((xml + "</worksheet>").utf8)
        return out
    }

    static func rowXML(_ row: Workbook.Row, number: Int) -> String {
        var xml = "<row r=\"\(number)\""
        if let height = row.height { xml += " ht=\"\(decimal(height))\" customHeight=\"1\"" }
        xml += ">"
        for (column, cell) in row.cells.enumerated() {
            guard let cell else { continue }
            let reference = CellReference(column: column, row: number).name
            let style = cell.look.rawValue == 0 ? "" : " s=\"\(cell.look.rawValue)\""
            switch cell.value {
            case .text(let text):
                xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(MarkupEscape.escaped(text))</t></is></c>"
            case .integer(let value):
                xml += "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>"
            case .minutes(let minutes):
                xml += "<c r=\"\(reference)\"\(style)><v>\(decimal(Double(minutes) / 1440))</v></c>"
            case .share(let share):
                xml += "<c r=\"\(reference)\"\(style)><v>\(decimal(share))</v></c>"
            case .blank:
                xml += "<c r=\"\(reference)\"\(style)/>"
            case .formula(let formula, let cached):
                xml += "<c r=\"\(reference)\"\(style)><f>\(MarkupEscape.escaped(formula))</f><v>\(decimal(cached))</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// A number as XML wants it: no exponent for the values a paper holds, no trailing zeros.
    static func decimal(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The style sheet: a 24-hour clock format (hh:mm) and rupiah ("Rp"#,##0), fonts (plain, bold, bold 14), a grey fill for headers, a thin border, and one cell format
    /// per `Workbook.Look`, in its order.
    static let styles: String = {
        let border = "borderId=\"1\" applyBorder=\"1\""
        let formats: [Workbook.Look: String] = [
            .plain: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>",
            .title: "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" applyFont=\"1\"/>",
            .bold: "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" applyFont=\"1\"/>",
            .header: "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" \(border) applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
            .text: "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            .integer: "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\"/></xf>",
            .time: "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"center\" vertical=\"top\"/></xf>",
            .percent: "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\"/>",
            .totalInteger: "<xf numFmtId=\"1\" fontId=\"1\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyFont=\"1\"/>",
            .totalPercent: "<xf numFmtId=\"9\" fontId=\"1\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyFont=\"1\"/>",
            .totalText: "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyFont=\"1\"/>",
            .money: "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\"/></xf>",
            .totalMoney: "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyFont=\"1\"/>",
            .textRight: "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" \(border) applyNumberFormat=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"right\" vertical=\"top\"/></xf>",
        ]
        let thin = "<left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/>"
        return header + "<styleSheet xmlns=\"\(mainNamespace)\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"hh:mm\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"&quot;Rp&quot;#,##0\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Arial\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Arial\"/></font><font><b/><sz val=\"14\"/><name val=\"Arial\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(Workbook.Look.allCases.count)\">"
            + Workbook.Look.allCases.map { formats[$0]! }.joined()
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
