import AulaCore

/// The office's directory in the app: finding people as one types, editing one in a form, forgetting one (Del twice).
/// Changes go to the office's log through `Effect.appendOffice`.
func updateDirectory(_ state: inout AppState, _ action: Action) -> [Effect] {
    let lang = state.lang
    guard let office = state.directory else {
        state.message = lang.t("Belum ada folder kantor: aula office set nama \"NAMA DINAS\"",
                               "No office folder yet: aula office set nama \"OFFICE NAME\"")
        return []
    }
    var overlay = state.directoryOverlay ?? DirectoryOverlay()
    let matches = overlay.matches(in: office)
    if action != .directoryForget { overlay.forgetArmed = nil }
    switch action {
    case .openDirectory:
        break
    case .directoryType(let c):
        overlay.query.insert(c)
        overlay.selected = 0
    case .directoryBackspace:
        overlay.query.backspace()
        overlay.selected = 0
    case .directoryMove(let delta):
        overlay.selected = min(max(0, overlay.selected + delta), max(0, matches.count - 1))
    case .directoryEdit:
        guard matches.indices.contains(overlay.selected) else { break }
        state.form = Forms.directoryPerson(matches[overlay.selected], lang: lang)
    case .directoryForget:
        guard matches.indices.contains(overlay.selected) else { break }
        let person = matches[overlay.selected]
        guard overlay.forgetArmed == person.id else {
            overlay.forgetArmed = person.id
            state.message = lang.t("Del sekali lagi untuk melupakan \(person.name) dari direktori (log sesi tetap menyimpannya).",
                                   "Del again to forget \(person.name) from the directory (session logs keep them).")
            state.directoryOverlay = overlay
            return []
        }
        overlay.forgetArmed = nil
        state.directoryOverlay = overlay
        return [.appendOffice([.forget(person: person.id)], message: lang.t("Dilupakan: ", "Forgotten: ") + person.name)]
    case .directoryChanged(let updated, let message):
        state.directory = updated
        state.message = message
        overlay.selected = min(overlay.selected, max(0, overlay.matches(in: updated).count - 1))
    default:
        break
    }
    state.directoryOverlay = overlay
    return []
}
