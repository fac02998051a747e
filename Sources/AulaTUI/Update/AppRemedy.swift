import AulaCore

extension KeyMap {
    /// The name of the first key that does `action` in `mode` ("^Z"), from the one key table.
    static func keyName(for action: Action, in mode: Mode) -> String? {
        bindings(mode).first { $0.action == action }?.keys.first.map(name)
    }
}

extension Remedy {
    /// The remedy as the app words it, with its key from the key table; nil where the screen already shows the way
    /// (the acara's numbers are on the Acara tab, an item's fields in its form, a removal is confirmed by its key).
    func inApp(_ lang: Lang, mode: KeyMap.Mode) -> String? {
        switch self {
        case .listAgenda, .nameAnAgendaChange, .forceRemoval, .nameTheStandIn:
            return nil
        case .payHonorariumPerItem:
            return lang.t("Untuk: isi nomor acara.", "For: give the item's number.")
        case .payPerPerson:
            return lang.t("Untuk: isi jabatan atau nama peserta.", "For: give a jabatan or an attendee's name.")
        case .undo:
            return KeyMap.keyName(for: .undo, in: mode).map { lang.t("(batal: \($0))", "(undo: \($0))") }
        }
    }
}

extension AulaError {
    /// The error as the app shows it: what is wrong, and what to do about it in the app's own words.
    func shown(_ lang: Lang, mode: KeyMap.Mode) -> String {
        message(lang) + (remedy?.inApp(lang, mode: mode).map { " " + $0 } ?? "")
    }
}

extension Outcome {
    /// The outcome's words as the app shows them, with what can be done next in the app's own words.
    func shown(_ lang: Lang, mode: KeyMap.Mode) -> String {
        message + (remedy?.inApp(lang, mode: mode).map { " " + $0 } ?? "")
    }
}
