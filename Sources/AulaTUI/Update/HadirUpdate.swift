import AulaCore

/// Hadir: the search line, statuses, walk-ins and edits.
func updateHadir(_ state: inout AppState, _ action: Action) -> [Effect] {
    let lang = state.lang
    switch action {
    case .searchType(let c):
        state.hadir.showMissing = false
        state.hadir.query.insert(c)
        state.refilter(keepSelection: false)
    case .searchBackspace:
        state.hadir.query.backspace()
        state.refilter(keepSelection: false)
    case .toggleMissing:
        state.hadir.showMissing.toggle()
        state.hadir.missingScroll = 0
    case .checkIn:
        guard let seat = state.selectedAttendee else { return [] }
        if seat.name.isEmpty { state.form = Forms.personName(seat, lang: lang) }
        return record(&state, seat, .hadir)
    case .mark(let status):
        guard let seat = state.selectedAttendee else { return [] }
        return record(&state, seat, status)
    case .clearStatus:
        guard let seat = state.selectedAttendee, seat.status != .belumHadir else { return [] }
        return record(&state, seat, .belumHadir)
    case .askStandIn:
        guard let seat = state.selectedAttendee else { return [] }
        state.form = Forms.standIn(seat, lang: lang)
    case .addWalkIn:
        state.form = Forms.walkIn(lang: lang, query: state.hadir.query.text)
    case .editAttendee:
        guard let seat = state.selectedAttendee else { return [] }
        state.form = Forms.edit(seat, lang: lang)
    case .showHistory:
        guard let seat = state.selectedAttendee else { return [] }
        return [.loadHistory(attendee: seat.id)]
    default:
        break
    }
    return []
}

/// Records a status for a seat and clears the search, ready for the next arrival.
func record(_ state: inout AppState, _ seat: Attendee, _ status: AttendanceStatus,
            standIn: String = "", standInJabatan: String = "", extra: [Change] = []) -> [Effect] {
    let now = state.now, lang = state.lang
    let effects = perform(&state) { session in
        var outcome = try CheckInOperation.mark(seat, .init(status, standIn: standIn, standInJabatan: standInJabatan),
                                                in: session, now: now, lang: lang)
        outcome.changes = extra + outcome.changes
        return outcome
    }
    if !effects.isEmpty && !state.hadir.query.text.isEmpty {
        state.hadir.query = TextField()
        state.refilter(keepSelection: true)
    }
    return effects
}
