import AulaCore
import Foundation

/// Hadir: the search line, statuses, walk-ins and edits.
func updateHadir(_ state: inout AppState, _ action: Action) -> [Effect] {
    let lang = state.lang
    switch action {
    case .searchType(let c):
        state.hadir.showMissing = false
        state.hadir.scanBanner = nil
        if let burst = state.hadir.burst, !state.hadir.query.text.isEmpty,
           state.now.timeIntervalSince(burst.last) <= KeyBurst.scannerGap {
            state.hadir.burst?.add(at: state.now)
        } else {
            // A key after a pause begins a new burst: a scanner's code may follow letters a person typed.
            var burst = KeyBurst(at: state.now)
            burst.start = state.hadir.query.text.count
            state.hadir.burst = burst
        }
        state.hadir.query.insert(c)
        // The search waits while a burst may be a code: from its second key, or its first in an empty search.
        if let burst = state.hadir.burst, burst.mayBeScanner, burst.count > 1 || burst.start == 0,
           CheckInCode.mayBegin(state.hadir.burstText) {
            state.hadir.filterStale = true
        } else {
            state.refilter(keepSelection: false)
        }
    case .searchBackspace:
        state.hadir.burst = nil
        state.hadir.query.backspace()
        state.refilter(keepSelection: false)
    case .checkIn where state.hadir.burst?.isScanner == true && CheckInCode.read(state.hadir.burstText) != .notACode:
        return scanBurst(&state)
    case _ where actsOnASeat(action) && state.selectedAttendee == nil:
        // A key that acts on a seat, with none selected, says why instead of doing nothing.
        let query = TextSanitizer.excerpt(state.hadir.query.text)
        state.message = query.isEmpty
            ? lang.t("Tidak ada peserta terpilih.", "No attendee is selected.")
            : lang.t("Tidak ada peserta terpilih: pencarian '\(query)' tidak cocok. Esc menghapusnya; ^N menambah peserta baru.",
                     "No attendee is selected: the search '\(query)' matches nobody. Esc clears it; ^N adds a walk-in.")
    case .toggleMissing:
        state.hadir.showMissing.toggle()
        state.hadir.missingScroll = 0
    case .checkIn:
        guard let seat = state.selectedAttendee else { return [] }
        if case .alreadyPresent(_, let present)? = try? CheckInOperation.checkIn(seat, .init(.hadir), in: state.session,
                                                                                  now: state.now, lang: lang) {
            // Enter again is no change of status: the first record stays (F2, F3... change it on purpose).
            state.message = present
            state.hadir.query = TextField()
            state.select(seat.id)
            return []
        }
        if seat.name.isEmpty {
            state.form = Forms.personName(seat, directory: state.directory, today: state.session.date, lang: lang)
        }
        let effects = record(&state, seat, .hadir)
        // The same large line as a scan: who was marked and when, following what holds once saved.
        if !effects.isEmpty {
            let clock = state.session.clock
            state.hadir.scanBanner = ScanBanner.marked(seat, Attendance(status: .hadir, standIn: "", standInJabatan: "",
                                                                        time: clock.iso(state.now), desk: state.desk),
                                                       clock: clock, lang: lang)
        }
        return effects
    case .mark(let status):
        guard let seat = state.selectedAttendee else { return [] }
        // Izin, sakit, dinas luar: the reason first (Enter with none records it as it is).
        if status.isExcused {
            state.form = Forms.reason(seat, status, lang: lang)
            return []
        }
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

/// Whether the action is done to the selected seat.
private func actsOnASeat(_ action: Action) -> Bool {
    switch action {
    case .checkIn, .mark, .clearStatus, .askStandIn, .editAttendee, .showHistory: return true
    default: return false
    }
}

/// Records a status for a seat and clears the search, ready for the next arrival.
func record(_ state: inout AppState, _ seat: Attendee, _ status: AttendanceStatus,
            standIn: String = "", standInJabatan: String = "", reason: String = "", extra: [Change] = []) -> [Effect] {
    let now = state.now, lang = state.lang
    let effects = perform(&state) { session in
        var outcome = try CheckInOperation.mark(seat, .init(status, standIn: standIn, standInJabatan: standInJabatan, reason: reason),
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

/// Whether the search holds a whole code that came at scanner speed and no key for a while: a scanner set to send
/// no Enter has finished.
func scanIsComplete(_ state: AppState, at now: Date? = nil) -> Bool {
    guard state.tab == .hadir, state.form == nil, state.editor == nil, let burst = state.hadir.burst, burst.isScanner,
          (now ?? state.now).timeIntervalSince(burst.last) >= KeyBurst.quietAfterScan else { return false }
    return CheckInCode.read(state.hadir.burstText) != .notACode
}

/// Takes the burst at the end of the search as a scan; letters typed by hand before it are dropped, and said so (the
/// person at the desk was searching when the scan came in).
func scanBurst(_ state: inout AppState) -> [Effect] {
    let typed = TextSanitizer.excerpt(String(state.hadir.query.text.prefix(state.hadir.burst?.start ?? 0)), width: 30)
    let effects = scan(&state, code: state.hadir.burstText)
    guard !typed.isEmpty else { return effects }
    let note = state.lang.t("Kode dipindai; ketikan '\(typed)' sebelumnya dihapus.",
                            "Code scanned; the search '\(typed)' typed before it was cleared.")
    state.message = note
    // Said again once saved, after the check-in's own words.
    return effects.map { effect in
        guard case .append(let changes, let message) = effect else { return effect }
        return .append(changes, message: message + " — " + note)
    }
}

/// Takes `code` (else the code in the search) as a scan: marks its seat hadir at once, or says it is already present,
/// or why the code is refused (with the bell); the search is cleared for the next person either way.
func scan(_ state: inout AppState, code: String? = nil) -> [Effect] {
    let text = code ?? state.hadir.query.text, lang = state.lang, now = state.now
    state.hadir.query = TextField()
    state.hadir.burst = nil
    state.hadir.filterStale = false
    var effects: [Effect] = []
    do {
        switch try ScanCheckIn.scan(text, in: state.session, now: now, lang: lang) {
        case .record(let seat, let outcome)?:
            state.saveState = .pending
            effects = [.append(outcome.changes, message: outcome.message)]
            // Shown at once as it will hold; the saved session keeps it current.
            let clock = state.session.clock
            state.hadir.scanBanner = ScanBanner.marked(seat, Attendance(status: .hadir, standIn: "", standInJabatan: "",
                                                                        time: clock.iso(now), desk: state.desk),
                                                       clock: clock, lang: lang)
            state.select(seat.id)
        case .alreadyPresent(let seat, let message)?:
            state.hadir.scanBanner = ScanBanner(kind: .alreadyPresent, lines: [message])
            state.select(seat.id)
        case nil:
            break
        }
    } catch {
        state.hadir.scanBanner = ScanBanner(kind: .refused, lines: [error.message(lang)])
        state.bells += 1
        state.refilter(keepSelection: false)
    }
    return effects
}
