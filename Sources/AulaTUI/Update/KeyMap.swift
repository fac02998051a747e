import AulaCore

/// Which keys mean what, per mode: the one table. The actions, the bottom bar's hints and the F1 help all come from
/// it, so a key cannot work without being listed, nor be listed without working. Fixed for people and scripts:
/// printable keys type into the search on Hadir, Enter marks hadir, Esc clears or closes, Tab/Shift-Tab switch tabs,
/// F1 help, Ctrl-Q and F10 quit.
public enum KeyMap {
    /// The modes that have their own keys.
    public enum Mode: Equatable, Sendable, CaseIterable { case hadir, acara, materi, dokumen, form, editor, help, directory, projector }

    /// One line of the table: keys, what they do, and how help names it.
    struct Binding: Sendable {
        /// The keys, the first one shown in the bottom bar.
        var keys: [Key]
        /// The action; nil for the keys that type (their action carries the character).
        var action: Action?
        /// How help writes the keys when not by their names ("a-z 0-9").
        var display: String?
        /// What it does (Indonesian, English); nil for keys help does not list (Backspace in a search).
        var label: (id: String, en: String)?
        /// Shown in the bottom bar too, not only in F1 help.
        var hint: Bool
    }

    /// The mode the state is in.
    public static func mode(_ state: AppState) -> Mode {
        if state.role == .projector { return .projector }
        if state.editor != nil { return .editor }
        if state.form != nil { return .form }
        if state.showHelp || state.history != nil { return .help }
        if state.directoryOverlay != nil { return .directory }
        switch state.tab {
        case .hadir: return .hadir
        case .acara: return .acara
        case .materi: return .materi
        case .dokumen: return .dokumen
        }
    }

    /// The action a key means in a mode, if any.
    public static func action(for key: Key, in mode: Mode) -> Action? {
        for binding in bindings(mode) where binding.keys.contains(key) {
            if let action = binding.action { return action }
        }
        switch (mode, key) {
        case (.hadir, .char(let c)): return .searchType(c)
        case (.form, .char(let c)): return .formType(c)
        case (.directory, .char(let c)): return .directoryType(c)
        case (.editor, .char(let c)): return .editorType(c)
        case (.acara, .char(let c)), (.materi, .char(let c)), (.dokumen, .char(let c)):
            guard let n = c.wholeNumberValue, let tab = Tab(rawValue: n - 1) else { return nil }
            return .selectTab(tab)
        default: return nil
        }
    }

    /// The modes whose keys are commands, where a scanner's code must never be read as keystrokes.
    static let commandModes: Set<Mode> = [.acara, .materi, .dokumen]

    /// How long the shell waits for the next key of a possible scan: a scanner's longest gap between two keys.
    public static let scanGapMilliseconds = Int32(KeyBurst.scannerGap * 1000)

    /// Whether `keys`, read together in `mode`, may be the beginning of a scanner's code (a digit or a capital
    /// letter on a tab where keys are commands): the shell then lets the rest of the burst arrive before acting.
    public static func mayBeginScan(_ keys: [Key], in mode: Mode) -> Bool {
        guard commandModes.contains(mode), case .char(let c)? = keys.first, c.isASCII else { return false }
        return c.isNumber || c.isUppercase
    }

    /// The actions `keys` that arrived together (at scanner speed) mean in `mode`: a whole check-in code (with or
    /// without the scanner's Enter) on a tab where keys are commands is one scan; anything else is nil, and each key
    /// is mapped as it comes.
    public static func scan(_ keys: [Key], in mode: Mode) -> Action? {
        guard commandModes.contains(mode) else { return nil }
        var chars = keys
        if chars.last == .enter { chars.removeLast() }
        var text = ""
        for key in chars {
            guard case .char(let c) = key else { return nil }
            text.append(c)
        }
        guard text.count >= KeyBurst.shortestCode, CheckInCode.read(text) != .notACode else { return nil }
        return .scanned(text)
    }

    /// Every binding that works in `mode`, the mode's own first (they win a key), then the ones that work everywhere.
    static func bindings(_ mode: Mode) -> [Binding] {
        own(mode) + navigation(mode) + globals(mode)
    }

    /// Moving in the tab's list, and tabs by number where typing does not search.
    private static func navigation(_ mode: Mode) -> [Binding] {
        switch mode {
        case .hadir: return lists + [closing]
        case .acara, .materi: return lists + [tabNumbers, closing]
        case .dokumen: return lists.filter { $0.label == nil } + [tabNumbers, closing]
        case .form, .editor, .help, .directory, .projector: return []
        }
    }

    /// The keys that work everywhere that work in `mode`: only quitting while typing in a form, the editor or the
    /// directory's search, none on
    /// the projector (its own keys quit).
    private static func globals(_ mode: Mode) -> [Binding] {
        if mode == .projector { return [] }
        return global.filter { $0.keys.contains(.ctrl("q")) || (mode != .form && mode != .editor && mode != .directory) }
    }

    /// How many of `hints(mode)` are the keys every tab has (help, quit), which come first.
    public static func everywhereHints(_ mode: Mode) -> Int {
        globals(mode).filter { $0.hint && $0.label != nil }.count
    }

    /// The bottom bar's hints in `mode`: help and quitting first, then the mode's main keys, each by its first key.
    public static func hints(_ mode: Mode, _ lang: Lang) -> [(String, String)] {
        (globals(mode) + own(mode)).filter(\.hint).compactMap { binding in
            binding.label.map { (binding.display ?? name(binding.keys[0]), lang.t($0.id, $0.en)) }
        }
    }

    /// F1 help for `mode`'s own keys: every key that does something, all of a binding's keys together.
    public static func help(_ mode: Mode, _ lang: Lang) -> [(String, String)] {
        listed(own(mode), lang)
    }

    /// F1 help for the keys that work everywhere (moving in lists on every tab), saying where they do not.
    public static func globalHelp(_ lang: Lang) -> [(String, String)] {
        listed(global + lists + [tabNumbers, closing], lang)
    }

    private static func listed(_ bindings: [Binding], _ lang: Lang) -> [(String, String)] {
        bindings.compactMap { binding in
            binding.label.map { (binding.display ?? binding.keys.map(name).joined(separator: " "), lang.t($0.id, $0.en)) }
        }
    }

    /// How help writes a key: "Enter", "F2", "^Z", "n".
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): return "Spasi"
        case .char(let c): return String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .function(let n): return "F\(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "⇧Tab"
        case .backspace: return "⌫"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .resize: return ""
        }
    }

    private static func bind(_ keys: [Key], _ action: Action?, _ id: String, _ en: String, hint: Bool = false,
                             display: String? = nil) -> Binding {
        Binding(keys: keys, action: action, display: display, label: (id, en), hint: hint)
    }

    private static func quiet(_ keys: [Key], _ action: Action) -> Binding {
        Binding(keys: keys, action: action, display: nil, label: nil, hint: false)
    }

    /// Keys that work in every mode; Tab and F1 not while typing in a form or the notes editor, where Tab moves
    /// between fields.
    static let global: [Binding] = [
        bind([.function(1)], .toggleHelp, "bantuan", "help", hint: true),
        bind([.ctrl("q"), .function(10)], .quit, "keluar", "quit", hint: true),
        bind([.tab], .nextTab, "tab berikutnya", "next tab"),
        bind([.backTab], .previousTab, "tab sebelumnya (bukan di formulir)", "previous tab (not in forms)"),
    ]

    /// Moving in a list, on every tab.
    private static let lists: [Binding] = [
        bind([.up, .down], nil, "pilih", "select", display: "↑↓"),
        quiet([.up], .moveSelection(-1)), quiet([.down], .moveSelection(1)),
        bind([.pageUp, .pageDown, .home, .end], nil, "halaman, awal, akhir", "page, first, last",
             display: "PgUp PgDn Home End"),
        quiet([.pageUp], .pageSelection(-1)), quiet([.pageDown], .pageSelection(1)),
        quiet([.home], .selectFirst), quiet([.end], .selectLast),
    ]

    /// Esc on a tab: closes what is open, clears the message.
    private static let closing = bind([.escape], .cancel, "tutup, hapus pesan", "close, clear the message")

    /// Tabs by number where typing does not search.
    private static let tabNumbers = Binding(keys: [], action: nil, display: "1-4",
                                            label: ("tab itu (bukan di Hadir)", "that tab (not on Hadir)"), hint: false)

    /// The mode's own keys.
    private static func own(_ mode: Mode) -> [Binding] {
        switch mode {
        case .hadir:
            return [
                Binding(keys: [], action: nil, display: "a-z 0-9", label: ("cari", "search"), hint: true),
                bind([.enter], .checkIn, "hadir", "present", hint: true),
                bind([.function(2)], .askStandIn, "diwakili", "represented", hint: true),
                bind([.function(3)], .mark(.izin), "izin", "excused", hint: true),
                bind([.function(4)], .mark(.sakit), "sakit", "sick", hint: true),
                bind([.function(5)], .mark(.dinasLuar), "dinas luar", "on duty", hint: true),
                bind([.function(6)], .clearStatus, "hapus status", "clear status", hint: true),
                bind([.ctrl("z")], .undo, "batal", "undo", hint: true),
                bind([.ctrl("n")], .addWalkIn, "peserta baru", "walk-in", hint: true),
                bind([.ctrl("e")], .editAttendee, "ubah", "edit", hint: true),
                bind([.ctrl("t")], .toggleMissing, "belum hadir", "missing", hint: true),
                bind([.function(7)], .showHistory, "riwayat", "history", hint: true),
                bind([.escape], .cancel, "hapus cari", "clear search", hint: true),
                quiet([.backspace], .searchBackspace),
            ]
        case .acara:
            return [
                bind([.char("n"), .char("s")], .startNextItem, "mulai berikutnya", "start next", hint: true),
                bind([.char("e")], .endRunningItem, "selesai", "end", hint: true),
                bind([.char("b")], .restartPreviousItem, "kembali", "go back", hint: true),
                bind([.enter, .char("c")], .editNotes, "notulen", "notes", hint: true),
                bind([.char("t")], .addQuestion, "tanya jawab", "question", hint: true),
                bind([.char("a")], .addAgendaItem, "tambah acara", "add item", hint: true),
                bind([.ctrl("z")], .undo, "batal", "undo", hint: true),
                // Arranging the acara last: a narrow bottom bar runs out of room for these first (F1 lists them).
                bind([.ctrl("e")], .editAgendaItem, "ubah acara, jam sebenarnya", "edit item, actual times", hint: true),
                Binding(keys: [], action: nil, display: "< >", label: ("pindah ke atas/bawah", "move up/down"), hint: true),
                quiet([.char("<")], .moveAgendaItem(-1)), quiet([.char(">")], .moveAgendaItem(1)),
                bind([.char("x"), .delete], .removeAgendaItem, "hapus acara", "remove item", hint: true),
            ]
        case .materi:
            return [
                bind([.char("a")], .addMaterial, "tambah materi", "add material", hint: true),
                bind([.enter, .char("o"), .char("r")], .openMaterial, "buka", "open", hint: true),
            ]
        case .dokumen:
            return [
                bind([.left, .right], nil, "dokumen lain", "other paper", hint: true, display: "← →"),
                quiet([.right], .nextDocument), quiet([.left], .previousDocument),
                bind([.up, .down, .pageUp, .pageDown], nil, "gulir", "scroll", hint: true, display: "↑↓ PgUp PgDn"),
                bind([.char("x")], .exportPapers, "ekspor semua", "export all", hint: true),
                bind([.char("p")], .printDocument, "cetak", "print", hint: true),
                bind([.char("k")], .editField(.conclusion), "kesimpulan", "conclusions", hint: true),
                bind([.char("t")], .editField(.followUp), "tindak lanjut", "follow-up", hint: true),
                bind([.char("r")], .setRate, "tarif uang", "payment rate", hint: true),
                bind([.char("o")], .addPerson, "narasumber/panitia", "speaker/committee", hint: true),
                bind([.char("d")], .openDirectory, "direktori kantor", "office directory", hint: true),
            ]
        case .form:
            return [
                bind([.enter], .formSubmit, "simpan", "save", hint: true),
                bind([.down, .up], nil, "pindah kolom", "field", hint: true, display: "↑↓"),
                quiet([.down, .tab], .formNextField), quiet([.up, .backTab], .formPreviousField),
                bind([.escape], .cancel, "tutup", "close", hint: true),
                bind([.left, .right, .home, .end], nil, "geser kursor", "move the cursor", display: "← → Home End"),
                quiet([.left], .formCursor(-1)), quiet([.right], .formCursor(1)),
                quiet([.home], .formHome), quiet([.end], .formEnd),
                quiet([.backspace], .formBackspace), quiet([.delete], .formDelete),
            ]
        case .editor:
            return [
                bind([.ctrl("s"), .function(2)], .editorSave, "simpan", "save", hint: true),
                bind([.enter], .editorNewline, "baris baru", "new line", hint: true),
                bind([.escape], .cancel, "tutup (dua kali: buang)", "close (twice: discard)", hint: true),
                bind([.up, .down, .left, .right, .pageUp, .pageDown, .home, .end], nil, "geser kursor", "move the cursor",
                     display: "↑↓←→ PgUp PgDn Home End"),
                quiet([.left], .editorMove(rows: 0, columns: -1)), quiet([.right], .editorMove(rows: 0, columns: 1)),
                quiet([.up], .editorMove(rows: -1, columns: 0)), quiet([.down], .editorMove(rows: 1, columns: 0)),
                quiet([.pageUp], .editorMove(rows: -10, columns: 0)), quiet([.pageDown], .editorMove(rows: 10, columns: 0)),
                quiet([.home], .editorHome), quiet([.end], .editorEnd),
                quiet([.backspace], .editorBackspace), quiet([.delete], .editorDelete),
            ]
        case .help:
            return [bind([.escape, .enter, .char("q")], .cancel, "tutup", "close", hint: true),
                    bind([.up, .down], nil, "gulir", "scroll", hint: true, display: "↑↓"),
                    quiet([.up], .moveSelection(-1)), quiet([.down], .moveSelection(1)),
                    quiet([.pageUp], .pageSelection(-1)), quiet([.pageDown], .pageSelection(1))]
        case .directory:
            return [bind([.enter], .directoryEdit, "ubah", "edit", hint: true),
                    bind([.up, .down], nil, "pilih", "choose", hint: true, display: "↑↓"),
                    quiet([.up], .directoryMove(-1)), quiet([.down], .directoryMove(1)),
                    bind([.delete], .directoryForget, "lupakan (dua kali)", "forget (twice)", hint: true),
                    bind([.escape], .cancel, "tutup", "close", hint: true),
                    quiet([.backspace], .directoryBackspace)]
        case .projector:
            return [bind([.char("q"), .ctrl("q"), .function(10)], .quit, "keluar", "quit", hint: true)]
        }
    }
}
