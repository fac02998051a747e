import AulaCore

/// Acara: stepping through the agenda, notes and questions.
func updateAcara(_ state: inout AppState, _ action: Action) -> [Effect] {
    let lang = state.lang
    let agenda = state.session.agenda
    let now = state.session.clock.iso(state.now)
    switch action {
    case .startNextItem:
        guard let next = state.session.nextItemToStart else {
            state.message = lang.t("Semua acara sudah dimulai.", "Every item has started.")
            return []
        }
        state.agendaSelected = next.number - 1
        state.saveState = .pending
        return [.append(state.session.changesToStart(next, at: now),
                        message: lang.t("Dimulai: ", "Started: ") + "\(next.number). \(next.title) \(state.clockNow)")]
    case .endRunningItem:
        guard let running = state.session.runningItem else {
            state.message = lang.t("Tidak ada acara yang berjalan.", "No item is running.")
            return []
        }
        state.saveState = .pending
        return [.append([.agenda(id: running.id, fields: [.end: now])],
                        message: lang.t("Selesai: ", "Ended: ") + "\(running.number). \(running.title) \(state.clockNow)")]
    case .restartPreviousItem:
        // Back one step: the latest started item returns to "not started", the one before runs again.
        guard let last = agenda.lastIndex(where: { !$0.actualStart.isEmpty }), last > 0 else {
            state.message = lang.t("Tidak ada acara sebelumnya.", "There is no earlier item.")
            return []
        }
        state.agendaSelected = last - 1
        state.saveState = .pending
        return [.append([.agenda(id: agenda[last].id, fields: [.start: "", .end: ""]),
                         .agenda(id: agenda[last - 1].id, fields: [.end: ""])],
                        message: lang.t("Kembali ke: ", "Back to: ") + "\(last). \(agenda[last - 1].title)")]
    case .editNotes:
        guard let item = state.selectedItem else { return [] }
        let existing = state.session.notes.last { $0.item == item.id }
        state.editor = NoteEditor(target: .note(item: item.id, id: existing?.id ?? state.newID("note")), text: existing?.text ?? "")
    case .addQuestion:
        guard let item = state.session.runningItem ?? state.selectedItem else { return [] }
        state.form = Forms.question(item, lang: lang)
    case .addAgendaItem:
        state.form = Forms.agendaItem(lang: lang)
    default:
        break
    }
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
        state.editor = nil
        return editor.isModified ? saveNote(&state, editor) : []
    default: break
    }
    state.editor = editor
    return []
}

/// The change that stores an editor's text: the item's note, or the session field.
func saveNote(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
    state.saveState = .pending
    let text = TextSanitizer.multiline(editor.text)
    switch editor.target {
    case .note(let item, let id):
        let title = state.session.agenda.first { $0.id == item }?.title ?? ""
        return [.append([.note(id: id, item: item, text: text)], message: state.lang.t("Notulen disimpan: ", "Notes saved: ") + title)]
    case .field(let field):
        return [.append([.session([field: text])],
                        message: state.lang.t("Disimpan: ", "Saved: ") + EditorView.title(field, state.lang))]
    }
}
