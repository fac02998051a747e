extension PaperBuilder {
    /// The list of materials presented, for the berkas: per agenda item its speaker and each material's title, file
    /// name, size and SHA-256 (the file kept in the session folder can be shown to be the one presented).
    func materialsList() -> Paper {
        var rows: [[String]] = []
        for item in session.agenda {
            for material in session.materials where material.item == item.id {
                rows.append([String(rows.count + 1), "\(item.number). " + clean(item.title), clean(item.speaker).isEmpty ? "-" : clean(item.speaker),
                             clean(material.title), clean(material.fileName), Self.size(material.size), String(material.sha256.prefix(16))])
            }
        }
        var blocks: [Paper.Block] = []
        if rows.isEmpty {
            blocks.append(.paragraph(lang.t("Tidak ada materi yang dilampirkan pada acara.", "No materials were attached to the agenda.")))
        } else {
            blocks.append(.table(Paper.Table(
                headers: ["No", lang.t("Acara", "Item"), lang.t("Narasumber", "Speaker"), lang.t("Materi", "Material"),
                          lang.t("Berkas", "File"), lang.t("Ukuran", "Size"), "SHA-256"],
                rightAligned: [true, false, false, false, false, true, false], rows: rows, rowPadding: 0)))
        }
        blocks.append(.signatures(placeAndDate: placeAndDate, [officialSignature]))
        return Paper(kind: .materi, letterhead: letterhead, title: lang.t("DAFTAR MATERI", "LIST OF MATERIALS"),
                     info: basicInfo, blocks: blocks)
    }

    /// "1,2 MB", "340 KB".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            return "\(tenths / 10),\(tenths % 10) MB"
        }
        return "\(max(1, (bytes + 500) / 1000)) KB"
    }
}
