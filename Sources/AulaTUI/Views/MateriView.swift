import Foundation
import AulaCore

/// Materi: every item's materials, with size and whether the stored copy still matches its SHA-256.
enum MateriView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        let lang = state.lang
        let s = state.session
        let widths = Columns.widths(total: area.width - 2, [(5, 0), (nil, 40), (nil, 30), (9, 0), (9, 0)])
        Columns.titles(&screen, [lang.t("Acara", "Item"), lang.t("Judul", "Title"), lang.t("Berkas", "File"),
                                 lang.t("Ukuran", "Size"), lang.t("Salinan", "Copy")],
                       widths: widths, x: 1, y: area.y, rightAligned: [0, 3])
        if s.materials.isEmpty {
            screen.put(lang.t("Belum ada materi. Tekan a untuk menambah berkas.", "No materials yet. Press a to add a file."),
                       x: 2, y: area.y + 1, style: .role(.muted))
            return
        }
        let rows = Layout.textRows(state.size) - 2
        let top = Columns.firstVisible(selected: state.materialSelected, count: s.materials.count, rows: rows)
        for (line, m) in s.materials.enumerated().dropFirst(top).prefix(rows).enumerated() {
            let y = area.y + 1 + line
            let selected = m.offset == state.materialSelected
            let number = s.agenda.first { $0.id == m.element.item }.map { String($0.number) } ?? "?"
            let copy: String
            var style: Style = .plain
            switch state.materialIntact[m.element.sha256] {
            case true?: copy = "ok"
            case false?: copy = lang.t("RUSAK", "CHANGED"); style = .role(.danger, bold: true)
            case nil: copy = "…"
            }
            if selected { style = Style(bold: true, reverse: true); screen.clear(x: 0, y: y, width: area.width, style: style) }
            Columns.draw(&screen, [number, m.element.title, m.element.fileName, size(m.element.size), copy],
                         widths: widths, x: 1, y: y, style: style, rightAligned: [0, 3])
        }
        if s.materials.indices.contains(state.materialSelected) {
            let m = s.materials[state.materialSelected]
            screen.put(" " + state.folderPath + "/" + m.storedPath, x: 0, y: area.y + area.height - 1, style: .role(.muted))
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
