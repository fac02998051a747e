import Foundation
import AulaCore

/// Materi: every item's materials, then the photos for the laporan's Lampiran dokumentasi, each with its size and
/// whether the stored copy still matches its SHA-256.
enum MateriView {
    /// One row: what it belongs to, its title or caption, file, size and the copy's SHA-256.
    private struct Row {
        var owner: String
        var title: String
        var fileName: String
        var size: Int
        var sha256: String
    }

    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let s = state.session
        let widths = Columns.widths(total: area.width - 2, [(5, 0), (nil, 40), (nil, 30), (9, 0), (9, 0)])
        Columns.titles(&screen, [lang.t("Acara", "Item"), lang.t("Judul", "Title"), lang.t("Berkas", "File"),
                                 lang.t("Ukuran", "Size"), lang.t("Salinan", "Copy")],
                       widths: widths, x: 1, y: area.y, rightAligned: [0, 3])
        let rows = s.materials.map { m in
            Row(owner: s.agenda.first { $0.id == m.item }.map { String($0.number) } ?? "?", title: m.title,
                fileName: m.fileName, size: m.size, sha256: m.sha256)
        } + s.photos.map { p in
            Row(owner: lang.t("foto", "photo"), title: p.caption, fileName: p.fileName, size: p.size, sha256: p.sha256)
        }
        if rows.isEmpty {
            screen.put(lang.t("Belum ada materi. Tekan a untuk menambah berkas; foto: aula foto add.",
                              "No materials yet. Press a to add a file; photos: aula foto add."),
                       x: 2, y: area.y + 1, style: .role(.muted))
            return
        }
        let visible = Layout.textRows(state.size) - 2
        let top = Columns.firstVisible(selected: state.materialSelected, count: rows.count, rows: visible)
        for (line, row) in rows.enumerated().dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 1 + line
            let copy: String
            var style: Style = .plain
            switch state.materialIntact[row.element.sha256] {
            case true?: copy = "ok"
            case false?: copy = lang.t("RUSAK", "CHANGED"); style = .role(.danger, bold: true)
            case nil: copy = "…"
            }
            if row.offset == state.materialSelected {
                style = Style(bold: true, reverse: true)
                screen.clear(x: 0, y: y, width: area.width, style: style)
            }
            Columns.draw(&screen, [row.element.owner, row.element.title, row.element.fileName, size(row.element.size), copy],
                         widths: widths, x: 1, y: y, style: style, rightAligned: [0, 3])
        }
        if let path = state.selectedStoredPath {
            screen.put(" " + state.folderPath + "/" + path, x: 0, y: area.y + area.height - 1, style: .role(.muted))
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
