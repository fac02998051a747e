import AulaCore

/// The paper on the Dokumen tab as it will be printed: its text form, page breaks shown as rules.
enum DocumentPreview {
    /// The lines of `kind` made from `session`; slow for a large roster, so the runtime calls it off the main loop.
    static func lines(_ kind: Paper.Kind, _ session: Session, lang: Lang, letterhead: String) -> [String] {
        let paper = PaperBuilder(session: session, lang: lang, format: .text, machineLetterhead: letterhead).paper(kind)
        let rule = String(repeating: "┄", count: 30) + " " + lang.t("halaman baru", "new page") + " " + String(repeating: "┄", count: 30)
        // Split as bytes: a 100,000-row daftar hadir is half a million lines, too many to cut Character by Character.
        let text: [UInt8]
        do { text = try TextPaper.bytes([paper], lang: lang) } catch {
            // A form that cannot be signed at 80 columns says where it can be made instead.
            return TextPaper.wrap((error as? AulaError)?.message(lang) ?? String(describing: error), width: TextPaper.width)
        }
        var lines: [String] = []
        var start = 0
        while start < text.count {
            let end = text[start...].firstIndex(of: 0x0A) ?? text.count
            lines.append(text[start] == 0x0C ? rule : String(decoding: text[start..<end], as: UTF8.self))
            start = end + 1
        }
        return lines
    }

    static func name(_ kind: Paper.Kind, _ lang: Lang) -> String {
        switch kind {
        case .daftarHadir: return lang.t("Daftar hadir", "Attendance list")
        case .rekap: return lang.t("Rekap", "Recap")
        case .notulen: return lang.t("Notulen", "Minutes")
        case .laporan: return lang.t("Laporan", "Report")
        case .undangan: return lang.t("Undangan", "Invitation")
        case .tandaNama: return lang.t("Tanda nama", "Name tags")
        case .penerimaan: return lang.t("Penerimaan", "Payments")
        case .berkas: return lang.t("Berkas SPJ", "SPJ file")
        case .daftarHadirPanitia: return lang.t("Daftar hadir narasumber", "Speakers' attendance")
        case .kuitansi: return lang.t("Kuitansi", "Receipts")
        case .pph21: return lang.t("Rekap PPh 21", "PPh 21 summary")
        case .buktiPotong: return lang.t("Bukti potong", "Withholding slips")
        case .materi: return lang.t("Daftar materi", "Materials")
        case .rekapTahunan: return lang.t("Rekap tahunan", "The year")
        }
    }
}

/// Dokumen: pick a paper (← →), scroll its preview, export every paper (x) or print this one (p).
enum DokumenView {
    static func draw(_ screen: inout ScreenBuffer, _ state: AppState, in area: Rect) {
        var x = 1
        for kind in Paper.Kind.filed {
            let label = " " + DocumentPreview.name(kind, state.lang) + " "
            x += screen.put(label, x: x, y: area.y, style: kind == state.document ? Style(bold: true, reverse: true) : .role(.muted)) + 1
        }
        // The money at the right of the paper names: what each kind pays out, from `aula pay`.
        if let money = state.money?.lines.first, area.width - x > 12 {
            let text = DisplayWidth.clip(money, to: area.width - x - 2, ellipsis: true)
            screen.put(text, x: area.width - DisplayWidth.of(text) - 1, y: area.y, style: .role(.accent))
        }
        guard state.previewShown?.kind == state.document else {
            screen.put(state.lang.t("Menyiapkan pratinjau…", "Preparing the preview…"), x: 2, y: area.y + 2, style: .role(.muted))
            return
        }
        let lines = state.documentLines
        let rows = Layout.textRows(state.size) - 1
        let from = min(state.documentScroll, max(0, lines.count - 1))
        let shown = lines.dropFirst(from).prefix(rows)
        let left = max(0, (area.width - TextPaper.width) / 2)
        for (i, line) in shown.enumerated() {
            screen.put(line, x: left, y: area.y + 1 + i, maxWidth: area.width - left)
        }
        let position = state.lang.t("baris \(from + 1)–\(from + shown.count) dari \(lines.count)",
                                    "lines \(from + 1)–\(from + shown.count) of \(lines.count)")
        screen.put(position, x: max(0, area.width - DisplayWidth.of(position) - 1), y: area.y + area.height - 1,
                   style: .role(.muted))
    }
}
