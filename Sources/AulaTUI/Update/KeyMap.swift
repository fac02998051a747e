import AulaCore

/// Which keys mean what, per mode. Fixed for people and scripts: printable keys type into the search on Hadir,
/// Enter marks hadir, Esc clears or closes, Tab/Shift-Tab switch tabs, F1 help, Ctrl-Q and F10 quit.
public enum KeyMap {
    /// The modes that have their own keys.
    public enum Mode: Equatable, Sendable { case hadir, acara, materi, dokumen, form, editor, help }

    /// The mode the state is in.
    public static func mode(_ state: AppState) -> Mode {
        if state.editor != nil { return .editor }
        if state.form != nil { return .form }
        if state.showHelp || state.history != nil { return .help }
        switch state.tab {
        case .hadir: return .hadir
        case .acara: return .acara
        case .materi: return .materi
        case .dokumen: return .dokumen
        }
    }

    /// The action a key means in a mode, if any.
    public static func action(for key: Key, in mode: Mode) -> Action? {
        if let global = global[key], (mode != .editor && mode != .form) || key == .ctrl("q") || key == .function(10) {
            return global
        }
        switch mode {
        case .hadir:
            if case .char(let c) = key { return .searchType(c) }
            return hadir[key] ?? lists[key]
        case .acara:
            return acara[key] ?? lists[key] ?? tabDigits(key)
        case .materi:
            return materi[key] ?? lists[key] ?? tabDigits(key)
        case .dokumen:
            return dokumen[key] ?? lists[key] ?? tabDigits(key)
        case .help:
            return key == .escape || key == .enter || key == .char("q") ? .cancel : nil
        case .form:
            if case .char(let c) = key { return .formType(c) }
            return form[key]
        case .editor:
            if case .char(let c) = key { return .editorType(c) }
            return editor[key]
        }
    }

    private static func tabDigits(_ key: Key) -> Action? {
        guard case .char(let c) = key, let n = c.wholeNumberValue, let tab = Tab(rawValue: n - 1) else { return nil }
        return .selectTab(tab)
    }

    static let global: [Key: Action] = [
        .ctrl("q"): .quit, .function(10): .quit, .function(1): .toggleHelp,
        .tab: .nextTab, .backTab: .previousTab,
    ]

    static let lists: [Key: Action] = [
        .up: .moveSelection(-1), .down: .moveSelection(1), .pageUp: .pageSelection(-1), .pageDown: .pageSelection(1),
        .home: .selectFirst, .end: .selectLast, .escape: .cancel,
    ]

    static let hadir: [Key: Action] = [
        .enter: .checkIn, .function(2): .askStandIn, .function(3): .mark(.izin), .function(4): .mark(.sakit),
        .function(5): .mark(.dinasLuar), .function(6): .clearStatus, .ctrl("z"): .undo, .ctrl("n"): .addWalkIn,
        .ctrl("e"): .editAttendee, .ctrl("t"): .toggleMissing, .backspace: .searchBackspace, .function(7): .showHistory,
    ]

    static let acara: [Key: Action] = [
        .char("n"): .startNextItem, .char("s"): .startNextItem, .char("e"): .endRunningItem,
        .char("b"): .restartPreviousItem, .enter: .editNotes, .char("c"): .editNotes, .char("t"): .addQuestion,
        .char("a"): .addAgendaItem, .ctrl("z"): .undo,
    ]

    static let materi: [Key: Action] = [
        .char("a"): .addMaterial, .enter: .openMaterial, .char("o"): .openMaterial, .char("r"): .openMaterial,
    ]

    static let dokumen: [Key: Action] = [
        .right: .nextDocument, .left: .previousDocument, .char("x"): .exportPapers, .char("p"): .printDocument,
        .char("k"): .editField(.conclusion), .char("t"): .editField(.followUp),
    ]

    static let form: [Key: Action] = [
        .enter: .formSubmit, .escape: .cancel, .backspace: .formBackspace, .delete: .formDelete,
        .left: .formCursor(-1), .right: .formCursor(1), .home: .formHome, .end: .formEnd,
        .down: .formNextField, .up: .formPreviousField, .tab: .formNextField, .backTab: .formPreviousField,
    ]

    static let editor: [Key: Action] = [
        .enter: .editorNewline, .escape: .cancel, .backspace: .editorBackspace, .delete: .editorDelete,
        .left: .editorMove(rows: 0, columns: -1), .right: .editorMove(rows: 0, columns: 1),
        .up: .editorMove(rows: -1, columns: 0), .down: .editorMove(rows: 1, columns: 0),
        .pageUp: .editorMove(rows: -10, columns: 0), .pageDown: .editorMove(rows: 10, columns: 0),
        .home: .editorHome, .end: .editorEnd, .ctrl("s"): .editorSave, .function(2): .editorSave,
    ]

    /// The keys listed in help and the bottom bar, per mode: (keys, what they do).
    public static func help(_ mode: Mode, _ lang: Lang) -> [(String, String)] {
        switch mode {
        case .hadir:
            return [("a-z 0-9", lang.t("cari", "search")), ("Enter", lang.t("hadir", "present")),
                    ("F2", lang.t("diwakili", "represented")), ("F3", lang.t("izin", "excused")),
                    ("F4", lang.t("sakit", "sick")), ("F5", lang.t("dinas luar", "on duty")),
                    ("F6", lang.t("hapus status", "clear status")), ("^Z", lang.t("batal", "undo")),
                    ("^N", lang.t("peserta baru", "walk-in")), ("^E", lang.t("ubah", "edit")),
                    ("^T", lang.t("belum hadir", "missing")), ("F7", lang.t("riwayat", "history")),
                    ("Esc", lang.t("hapus cari", "clear search"))]
        case .acara:
            return [("n", lang.t("mulai berikutnya", "start next")), ("e", lang.t("selesai", "end")),
                    ("b", lang.t("kembali", "go back")), ("Enter", lang.t("notulen", "notes")),
                    ("t", lang.t("tanya jawab", "question")), ("a", lang.t("tambah acara", "add item")),
                    ("^Z", lang.t("batal", "undo"))]
        case .materi:
            return [("a", lang.t("tambah materi", "add material")), ("Enter", lang.t("buka", "open"))]
        case .dokumen:
            return [("← →", lang.t("dokumen lain", "other paper")), ("↑↓ PgUp PgDn", lang.t("gulir", "scroll")),
                    ("x", lang.t("ekspor semua", "export all")), ("p", lang.t("cetak", "print")),
                    ("k", lang.t("kesimpulan", "conclusions")), ("t", lang.t("tindak lanjut", "follow-up"))]
        case .form:
            return [("Enter", lang.t("simpan", "save")), ("↑↓", lang.t("pindah kolom", "field")),
                    ("Esc", lang.t("tutup", "close"))]
        case .editor:
            return [("^S", lang.t("simpan", "save")), ("Enter", lang.t("baris baru", "new line")),
                    ("Esc", lang.t("tutup", "close"))]
        case .help:
            return [("Esc", lang.t("tutup", "close"))]
        }
    }

    /// Keys that work everywhere.
    public static func globalHelp(_ lang: Lang) -> [(String, String)] {
        [("Tab ⇧Tab", lang.t("pindah tab", "switch tab")), ("F1", lang.t("bantuan", "help")),
         ("^Q F10", lang.t("keluar", "quit")), ("↑↓ PgUp PgDn Home End", lang.t("pilih", "select"))]
    }
}
