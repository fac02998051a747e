import AulaCore

/// Acara: stepping through the agenda, notes and questions.
func updateAcara(_ state: inout AppState, _ action: Action) -> [Effect] {
    let lang = state.lang
    let now = state.now
    // A key that changes what the hall sees asks for itself once more (when it can act at all: else it says why).
    if [.startNextItem, .endRunningItem, .restartPreviousItem, .removeAgendaItem].contains(action), state.pendingConfirm != action,
       let prompt = confirmPrompt(state, action) {
        state.pendingConfirm = action
        state.message = prompt
        return []
    }
    state.pendingConfirm = nil
    switch action {
    case .startNextItem:
        let next = state.session.nextItemToStart
        return perform(&state) { try AgendaOperations.startNext(in: $0, at: now, lang: lang) } onSuccess: {
            if let next { $0.agendaSelected = next.number - 1 }
        }
    case .endRunningItem:
        return perform(&state) { try AgendaOperations.endRunning(in: $0, at: now, lang: lang) }
    case .restartPreviousItem:
        let last = state.session.agenda.lastIndex { !$0.actualStart.isEmpty }
        return perform(&state) { try AgendaOperations.back(in: $0, lang: lang) } onSuccess: {
            if let last { $0.agendaSelected = last - 1 }
        }
    case .editNotes:
        guard let item = state.selectedItem else { return [] }
        let existing = state.session.notes.last { $0.item == item.id }
        state.editor = NoteEditor(target: .note(item: item.id, id: existing?.id ?? state.newID(.note)), text: existing?.text ?? "")
    case .addQuestion:
        guard let item = state.session.runningItem ?? state.selectedItem else { return [] }
        state.form = Forms.question(item, lang: lang)
    case .addAgendaItem:
        state.form = Forms.agendaItem(lang: lang)
    case .editAgendaItem:
        guard let item = state.selectedItem else { return [] }
        state.form = Forms.editItem(item, in: state.session, lang: lang)
    case .moveAgendaItem(let step):
        guard let item = state.selectedItem else { return [] }
        let place = item.number + step
        guard state.session.agenda.indices.contains(place - 1) else { return [] }  // already first or last
        return perform(&state) { try AgendaOperations.move(number: item.number, to: place, in: $0, lang: lang) } onSuccess: {
            $0.agendaSelected = place - 1
        }
    case .removeAgendaItem:
        guard let item = state.selectedItem else { return [] }
        return perform(&state) { try AgendaOperations.remove(number: item.number, force: true, in: $0, lang: lang) }
    default:
        break
    }
    return []
}

/// What pressing the key once more will do ("Tekan n sekali lagi untuk memulai: 3. Materi ..."), nil when there is
/// nothing for it to act on (the operation then says why).
private func confirmPrompt(_ state: AppState, _ action: Action) -> String? {
    let lang = state.lang, session = state.session
    let what: (key: String, verb: String, item: AgendaItem?)
    switch action {
    case .startNextItem: what = ("n", lang.t("memulai", "start"), session.nextItemToStart)
    case .endRunningItem: what = ("e", lang.t("mengakhiri", "end"), session.runningItem)
    case .removeAgendaItem:
        guard let item = state.selectedItem else { return nil }
        // Saying what goes with it: removing is the one key here that hides notes from the papers.
        let holds = AgendaOperations.removalLosses(item, in: session, lang: lang)
        let also = holds.isEmpty ? "" : " — " + holds.joined(separator: ", ")
        return TextSanitizer.line(lang.t("Tekan x sekali lagi untuk menghapus: \(item.number). \(item.title)\(also) (tombol lain membatalkan).",
                                         "Press x again to remove: \(item.number). \(item.title)\(also) (any other key cancels)."))
    default:
        let last = session.agenda.lastIndex { !$0.actualStart.isEmpty }
        what = ("b", lang.t("kembali ke", "go back to"), last.flatMap { $0 > 0 ? session.agenda[$0 - 1] : nil })
    }
    guard let item = what.item else { return nil }
    return TextSanitizer.line(lang.t("Tekan \(what.key) sekali lagi untuk \(what.verb): \(item.number). \(item.title) (tombol lain membatalkan).",
                                     "Press \(what.key) again to \(what.verb): \(item.number). \(item.title) (any other key cancels)."))
}

/// Asks an operation for what an intent changes: when it can be done, the changes go to the log and the state waits
/// for "saved" (after `onSuccess` adjusts it); when not, the open form (or else the message line) says why.
func perform(_ state: inout AppState, _ operation: (Session) throws -> Outcome,
             onSuccess: (inout AppState) -> Void = { _ in }) -> [Effect] {
    let why: String
    do {
        let outcome = try operation(state.session)
        onSuccess(&state)
        state.saveState = .pending
        return [.append(outcome.changes, message: outcome.shown(state.lang, mode: KeyMap.mode(state)))]
    } catch let error as AulaError {
        why = error.shown(state.lang, mode: KeyMap.mode(state))
    } catch {
        why = String(describing: error)
    }
    if state.form != nil { state.form?.error = why } else { state.message = why }
    return []
}

/// The multi-line notulen editor.
func updateEditor(_ state: inout AppState, _ action: Action) -> [Effect] {
    guard var editor = state.editor else { return [] }
    editor.confirmDiscard = false
    switch action {
    case .editorType(let c): editor.insert(c)
    case .editorNewline: editor.newline()
    case .editorBackspace: editor.backspace()
    case .editorDelete: editor.deleteForward()
    case .editorMove(let rows, let columns): editor.move(rows: rows, columns: columns)
    case .editorHome: editor.home()
    case .editorEnd: editor.end()
    case .editorSave:
        guard editor.isModified else {
            state.editor = nil
            return []
        }
        state.editor = editor
        return saveNote(&state, editor)
    default: break
    }
    state.editor = editor
    return []
}

/// Stores an editor's text, the item's note or the session field, and closes it; on a refusal the editor stays open
/// with its text and the message says why.
func saveNote(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
    let lang = state.lang
    return perform(&state, { session in
        switch editor.target {
        case .note(let item, let id): return try NoteOperation.save(id: id, item: item, text: editor.text, in: session, lang: lang)
        case .field(let field): return try FieldOperation.set(field, to: editor.text, lang: lang)
        }
    }, onSuccess: { $0.editor = nil })
}
