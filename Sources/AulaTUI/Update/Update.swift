import AulaCore
import Foundation

/// The one place the app's state changes: an action in, the new state and the effects for the runtime out.
/// Pure: no clock, no disk, no terminal (time arrives as `.tick`, results as `.saved`).
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    // A confirming key must come next: anything the user does in between cancels it.
    if let pending = state.pendingConfirm, action != pending, action.isUsers { state.pendingConfirm = nil }
    // A scanner's burst is searched once it ends; any other action first sees the list its query gives.
    if state.hadir.filterStale, !action.continuesAScan(state) {
        state.hadir.filterStale = false
        state.refilter(keepSelection: false)
    }
    let effects = reduce(&state, action)
    return effects + derive(&state)
}

private func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .tick(let date):
        state.now = date
        if scanIsComplete(state) { return scanBurst(&state) }
    case .resize(let size):
        state.size = size
        state.keepSelectionVisible()
    case .nextTab, .previousTab, .selectTab:
        return switchTab(&state, action)
    case .toggleHelp:
        state.showHelp.toggle()
        state.helpScroll = 0
    case .quit:
        state.quitRequested = true
        if let editor = state.editor, editor.isModified {
            let effects = saveNote(&state, editor)
            if state.editor != nil { state.quitRequested = false }  // refused: the text stays, and so does the app
            return effects
        }
    case .cancel:
        cancel(&state)
    case .moveSelection(let delta):
        state.moveSelection(by: delta)
    case .pageSelection(let pages):
        state.moveSelection(by: pages * max(1, state.pageRows - 1))
    case .selectFirst:
        state.moveSelection(by: -Int.max / 2)
    case .selectLast:
        state.moveSelection(by: Int.max / 2)
    case .searchType, .searchBackspace, .checkIn, .askStandIn, .mark, .clearStatus, .addWalkIn, .editAttendee,
         .toggleMissing, .showHistory:
        return updateHadir(&state, action)
    case .scanned(let code):
        // Recorded as at the door, and shown there: the Hadir tab with its banner.
        state.tab = .hadir
        state.showHelp = false
        return scan(&state, code: code)
    case .undo:
        return [.undo]
    case .formType, .formBackspace, .formDelete, .formCursor, .formHome, .formEnd, .formNextField, .formPreviousField,
         .formSubmit:
        return updateForm(&state, action)
    case .editorType, .editorNewline, .editorBackspace, .editorDelete, .editorMove, .editorHome, .editorEnd, .editorSave:
        return updateEditor(&state, action)
    case .startNextItem, .endRunningItem, .restartPreviousItem, .editNotes, .addQuestion, .addAgendaItem, .editAgendaItem,
         .moveAgendaItem, .removeAgendaItem:
        return updateAcara(&state, action)
    case .addMaterial:
        state.form = Forms.material(state)
    case .openMaterial:
        if let path = state.selectedStoredPath { return [.openStored(path: path)] }
    case .nextDocument, .previousDocument:
        let kinds = Paper.Kind.filed
        let index = kinds.firstIndex(of: state.document)! + (action == .nextDocument ? 1 : kinds.count - 1)
        state.document = kinds[index % kinds.count]
        state.documentScroll = 0
    case .setRate:
        state.form = Forms.rate(lang: state.lang)
    case .addPerson:
        state.form = Forms.person(lang: state.lang)
    case .openDirectory, .directoryType, .directoryBackspace, .directoryMove, .directoryEdit, .directoryForget, .directoryChanged:
        return updateDirectory(&state, action)
    case .exportPapers:
        return startSlow(&state, .exportPapers, state.lang.t("Mengekspor semua dokumen…", "Exporting every paper…"))
    case .printDocument:
        return startSlow(&state, .printPaper(state.document), state.lang.t("Mencetak…", "Printing…"))
    case .previewMade(let kind, let revision, let lines):
        state.documentLines = lines
        state.previewShown = AppState.Derived.PreviewKey(kind: kind, revision: revision)
        state.documentScroll = min(state.documentScroll, max(0, lines.count - 1))
    case .progress(let text):
        // Reports that arrive after the work ended are old news.
        if state.busy != nil { state.progress = text }
    case .finished:
        state.busy = nil
        state.progress = nil
    case .editField(let field):
        state.editor = NoteEditor(target: .field(field), text: state.session[keyPath: field.keyPath])
    case .saved(let session, let message):
        state.replaceSession(session)
        state.saveState = .saved
        if let message { state.message = message }
        // The door's banner follows what holds for its seat now (F2 after a scan: the stand-in, not the holder).
        if let seat = state.hadir.scanBanner?.seat { state.hadir.scanBanner = ScanBanner.current(seat, in: session, lang: state.lang) }
    case .refreshed(let session):
        state.readProblem = nil
        state.replaceSession(session)
    case .readFailed(let problem):
        state.readProblem = problem
        state.message = problem
    case .historyLoaded(let title, let lines):
        state.history = AppState.HistoryOverlay(title: title, lines: lines)
    case .failed(let message):
        state.saveState = .failed(message)
        state.message = message
    case .materialsChecked(let intact):
        state.materialIntact = intact
    case .inform(let message):
        state.message = message
    case .exported(let message, let filing):
        state.message = message
        if let filing { return [.append([filing], message: message)] }
    }
    return []
}

private func switchTab(_ state: inout AppState, _ action: Action) -> [Effect] {
    // Never away from a half-typed search: the rest of a name typed on another tab would be its commands.
    if state.tab == .hadir, !state.hadir.query.text.isEmpty {
        let query = TextSanitizer.excerpt(state.hadir.query.text)
        state.message = state.lang.t("Pencarian '\(query)' belum selesai: Enter mencatat, Esc menghapus, lalu Tab.",
                                     "The search '\(query)' is not finished: Enter records, Esc clears, then Tab.")
        return []
    }
    let count = Tab.allCases.count
    switch action {
    case .nextTab: state.tab = Tab(rawValue: (state.tab.rawValue + 1) % count)!
    case .previousTab: state.tab = Tab(rawValue: (state.tab.rawValue + count - 1) % count)!
    case .selectTab(let tab): state.tab = tab
    default: break
    }
    state.showHelp = false
    return state.tab == .materi ? [.checkMaterials] : []
}

private func cancel(_ state: inout AppState) {
    if var editor = state.editor {
        if editor.isModified && !editor.confirmDiscard {
            editor.confirmDiscard = true
            state.editor = editor
            state.message = state.lang.t("Catatan belum disimpan: ^S simpan, Esc sekali lagi untuk membuang.",
                                         "The note is not saved: ^S saves, Esc again discards it.")
        } else {
            state.editor = nil
            state.message = nil
        }
    } else if state.form != nil {
        state.form = nil
        state.clearSearchKeepingSeat()
    } else if state.history != nil {
        state.history = nil
        state.clearSearchKeepingSeat()
    } else if state.directoryOverlay != nil {
        state.directoryOverlay = nil
    } else if state.showHelp {
        state.showHelp = false
    } else if state.tab == .hadir && state.hadir.showMissing {
        state.hadir.showMissing = false
    } else if state.tab == .hadir && !state.hadir.query.text.isEmpty {
        state.hadir.query = TextField()
        state.refilter(keepSelection: false)
    } else {
        state.message = nil
    }
}

/// Slow work (printing, exporting) runs off the main loop, one job at a time; the bottom bar says it runs.
private func startSlow(_ state: inout AppState, _ effect: Effect, _ label: String) -> [Effect] {
    if let busy = state.busy {
        state.message = state.lang.t("Tunggu, masih berjalan: ", "Please wait, still running: ") + busy
        return []
    }
    state.busy = label
    return [effect]
}

/// Brings what is computed from the session up to date, the one place that does: the search index when the roster's
/// text changed, counts and the Hadir list for a new revision, the missing lines while they show, and the Dokumen
/// preview (asked of the runtime, made off the main loop) while Dokumen shows.
private func derive(_ state: inout AppState) -> [Effect] {
    if state.indexStale {
        state.index = SearchIndex(state.session.attendees)
        state.indexStale = false
    }
    if state.countedRevision != state.revision {
        state.counts = AttendanceSummary.Counts(of: state.session.attendees)
        state.refilter(keepSelection: true)
        state.countedRevision = state.revision
    }
    if !state.hadir.showMissing {
        state.hadir.missing = nil
    } else if state.hadir.missing?.revision != state.revision {
        let lines = MissingSeats.lines(state.session, lang: state.lang)
        state.hadir.missing = AppState.Derived.Lines(revision: state.revision, lines: lines)
        state.hadir.missingScroll = min(state.hadir.missingScroll, max(0, lines.count - state.pageRows + 1))
    }
    if state.tab == .dokumen && state.money?.revision != state.revision {
        // With no rate yet, the key that sets one, from the key table.
        let key = PaymentRules.effective(state.session).isEmpty ? KeyMap.keyName(for: .setRate, in: .dokumen).map {
            state.lang.t(" (tekan \($0))", " (press \($0))")
        } ?? "" : ""
        state.money = AppState.Derived.Lines(revision: state.revision,
                                             lines: [PaymentOperation.summary(state.session, lang: state.lang) + key])
    }
    // One preview is made at a time; when it arrives, the newest one wanted is asked for.
    let wanted = AppState.Derived.PreviewKey(kind: state.document, revision: state.revision)
    let making = state.previewWanted != nil && state.previewWanted != state.previewShown
    guard state.tab == .dokumen, state.previewShown != wanted, !making else { return [] }
    state.previewWanted = wanted
    return [.makePreview(wanted.kind, revision: wanted.revision)]
}

extension AppState {
    /// Shows a new revision of the session; `derive` then updates what is made from it, keeping the search, the
    /// selected seat and the other selections.
    mutating func replaceSession(_ new: Session) {
        // Check-ins leave the roster's text as it was: the search index is rebuilt only when a seat was added or edited
        // (or a stand-in named); the same fold's version says so at once, another fold's roster is compared.
        if !session.rosterWords.same(as: new.rosterWords) && !SearchIndex.sameText(session.attendees, new.attendees) { indexStale = true }
        session = new
        revision += 1
        agendaSelected = min(agendaSelected, max(0, new.agenda.count - 1))
        materialSelected = min(materialSelected, max(0, new.materials.count + new.photos.count - 1))
    }

    /// Rows one page of the current tab's list shows.
    var pageRows: Int {
        switch tab {
        case .hadir: return hadir.showMissing ? Layout.textRows(size) : Layout.hadirListRows(size)
        case .acara: return Layout.agendaRows(size)
        case .materi, .dokumen: return Layout.textRows(size)
        }
    }

    /// Recomputes the Hadir list for the query; keeps the selected seat selected when asked and still shown.
    mutating func refilter(keepSelection: Bool) {
        let previous = keepSelection ? selectedAttendee?.id : nil
        let query = hadir.query.text
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            hadir.visible = Array(session.attendees.indices)
        } else if let seat = CheckInCode.seatIndex(query, in: session) {
            hadir.visible = [seat]
        } else {
            hadir.visible = index.search(query).map(\.index)
        }
        // With no query every seat shows in roster order: the selected seat's place is its position.
        let everySeat = hadir.visible.count == session.attendees.count && query.trimmingCharacters(in: .whitespaces).isEmpty
        if let previous, let position = everySeat ? session.position(of: previous)
            : hadir.visible.firstIndex(where: { session.attendees[$0].id == previous }) {
            hadir.selected = position
        } else if !keepSelection {
            hadir.selected = 0
            hadir.scroll = 0
        }
        hadir.selected = min(hadir.selected, max(0, hadir.visible.count - 1))
        keepSelectionVisible()
    }

    mutating func moveSelection(by delta: Int) {
        func clamp(_ value: Int, _ count: Int) -> Int { min(max(0, value), max(0, count - 1)) }
        if showHelp {
            helpScroll = clamp(helpScroll.addingClamped(delta), HelpView.maxScroll(size, lang: lang) + 1)
            return
        }
        if history != nil { return }  // the history shows its latest lines; the list under it stays where it was
        switch tab {
        case .hadir where hadir.showMissing:
            hadir.missingScroll = clamp(hadir.missingScroll.addingClamped(delta), hadir.missingLines.count - pageRows + 1)
        case .hadir:
            hadir.selected = clamp(hadir.selected.addingClamped(delta), hadir.visible.count)
        case .acara:
            agendaSelected = clamp(agendaSelected.addingClamped(delta), session.agenda.count)
        case .materi:
            materialSelected = clamp(materialSelected.addingClamped(delta), session.materials.count + session.photos.count)
        case .dokumen:
            let lines = documentLines.count
            documentScroll = clamp(documentScroll.addingClamped(delta), lines - pageRows + 1)
        }
        keepSelectionVisible()
    }

    /// Scrolls the Hadir list just enough to show the selection.
    /// After an overlay closes the search is empty, ready for the next person; the seat it was about stays selected.
    mutating func clearSearchKeepingSeat() {
        guard !hadir.query.text.isEmpty else { return }
        let seat = selectedAttendee?.id
        hadir.query = TextField()
        hadir.burst = nil
        if let seat { select(seat) } else { refilter(keepSelection: false) }
    }

    /// The whole roster shown with the seat `id` selected (after a scan: the next key acts on that seat).
    mutating func select(_ id: String) {
        refilter(keepSelection: false)
        // With no query every seat is shown in roster order: the seat's position is its place in the list.
        if hadir.query.text.trimmingCharacters(in: .whitespaces).isEmpty, let position = session.position(of: id) {
            hadir.selected = position
        } else if let position = hadir.visible.firstIndex(where: { session.attendees[$0].id == id }) {
            hadir.selected = position
        }
        keepSelectionVisible()
    }

    mutating func keepSelectionVisible() {
        let rows = Layout.hadirListRows(size)
        if hadir.selected < hadir.scroll { hadir.scroll = hadir.selected }
        if hadir.selected >= hadir.scroll + rows { hadir.scroll = hadir.selected - rows + 1 }
        hadir.scroll = max(0, min(hadir.scroll, max(0, hadir.visible.count - rows)))
    }

    /// "09:14" now, in the session's zone.
    var clockNow: String { ClockText.hoursMinutes(now, session.clock) }
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
