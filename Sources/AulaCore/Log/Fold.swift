/// Turns the merged event stream into the session it describes. Pure: same events, same session.
public enum Fold {
    /// The fold of events in log order, ready to take more events. Undone events are skipped, so the fields they
    /// set fall back to what earlier events said.
    public static func state(from events: [Event]) -> State {
        var events = events
        return state(consuming: &events)
    }

    /// The fold of `events`, each let go (its text and fields) once folded, so that a large log and the session it
    /// makes are not held in memory together; `events` is left holding empty placeholders.
    static func state(consuming events: inout [Event]) -> State {
        let undone = UndoneEvents.ids(in: events)
        var state = State()
        let spent = Event(id: "", desk: "", seq: 0, at: "", stamp: 0, change: .undo(target: ""))
        for k in events.indices {
            if undone.contains(events[k].id) { state.retire(events[k]) } else { state.apply(events[k]) }
            events[k] = spent
        }
        return state
    }

    /// A fold in progress: events applied one by one, so that appending to a session need not fold it all again.
    /// Only events that come after everything applied so far, and no undo, may be applied this way.
    public struct State: Sendable {
        /// Creates an empty fold, its roster words versioned apart from every other fold's.
        public init() { session.rosterWords.fold = UInt64.random(in: 1...UInt64.max) }

        /// The session so far.
        public var current: Session { session }

        /// Applies one more event.
        public mutating func add(_ event: Event) { apply(event) }

        var session = Session()
        /// Where each seat is, kept in the session itself so that it can find a seat at once.
        var attendeeIndex: [String: Int] {
            get { session.seatPositions.byID }
            _modify { yield &session.seatPositions.byID }
            set { session.seatPositions.byID = newValue }
        }
        /// Invited seats so far: they hold rows 1...invitedCount, walk-ins the rows after.
        var invitedCount = 0
        /// Walk-ins whose number their desk fixed: an invited seat added later does not move them.
        var fixedNumbers: Set<String> = []
        /// Every agenda item in the order first seen (removed ones too), and whether each is removed.
        var items: [AgendaItem] = []
        var removed: [Bool] = []
        var agendaIndex: [String: Int] = [:]
        var materialIndex: [String: Int] = [:]
        var photoIndex: [String: Int] = [:]
        var noteIndex: [String: Int] = [:]
        var personIndex: [String: Int] = [:]
        var questionIndex: [String: Int] = [:]
        /// Check-ins read before their seat (another desk's clock ran behind): applied when the seat appears.
        var waiting: [String: [Event]] = [:]

        mutating func apply(_ event: Event) {
            session.lastEventAt[event.desk] = event.at
            switch event.change {
            case .session(let values):
                for (key, value) in values { session[keyPath: key.keyPath] = value }
            case .attendee(let id, let values, let invited):
                let index: Int
                if let known = attendeeIndex[id] {
                    index = known
                } else {
                    index = addSeat(id: id, invited: invited ?? true)
                    for early in waiting.removeValue(forKey: id) ?? [] { apply(early) }
                }
                for (key, value) in values { session.attendees[index][keyPath: key.keyPath] = value }
                session.rosterWords.changes += 1
                if values[.number] != nil, invited == false { fixedNumbers.insert(id) }
            case .checkIn(let attendee, let status, let standIn, let standInJabatan, let time, let reason):
                guard let index = attendeeIndex[attendee] else {
                    waiting[attendee, default: []].append(event)
                    return
                }
                let when = time.isEmpty ? event.at : time
                // The same seat marked the same way at two desks counts once, at the earlier time.
                if let current = session.attendees[index].attendance, current.status == status, status.isPresent,
                   current.standIn == standIn, current.desk != event.desk,
                   let earlier = SessionClock.epochSeconds(ofISO: current.time),
                   let later = SessionClock.epochSeconds(ofISO: when), earlier <= later {
                    return
                }
                // A stand-in's name is searched for: naming one (or another) changes the roster's words.
                if (session.attendees[index].attendance?.standIn ?? "") != (status == .belumHadir ? "" : standIn) {
                    session.rosterWords.changes += 1
                }
                session.attendees[index].attendance = status == .belumHadir ? nil : Attendance(
                    status: status, standIn: standIn, standInJabatan: standInJabatan, time: when, desk: event.desk, reason: reason)
            case .agenda(let id, let values):
                let index: Int
                if let known = agendaIndex[id] {
                    index = known
                } else {
                    index = items.count
                    agendaIndex[id] = index
                    // Where it was added, until it is moved.
                    items.append(AgendaItem(id: id, number: index + 1, title: "", speaker: "", plannedStart: "",
                                            minutes: 0, actualStart: "", actualEnd: "", order: Double(index + 1)))
                    removed.append(false)
                }
                for (key, value) in values {
                    switch key {
                    case .title: items[index].title = value
                    case .speaker: items[index].speaker = value
                    case .plannedStart: items[index].plannedStart = value
                    case .minutes: items[index].minutes = Int(value) ?? 0
                    case .start: items[index].actualStart = value
                    case .end: items[index].actualEnd = value
                    case .position: if let order = Double(value), order.isFinite { items[index].order = order }
                    case .removed: removed[index] = value == "1"
                    }
                }
                arrangeAgenda()
            case .material(let material):
                upsert(material, id: material.sha256 + "/" + material.item, into: &session.materials, index: &materialIndex)
            case .photo(let photo):
                upsert(photo, id: photo.sha256, into: &session.photos, index: &photoIndex)
            case .rate(var rate):
                rate.desk = event.desk
                rate.at = event.at
                session.rates.append(rate)
            case .tax(let group, let basisPoints):
                session.taxOverrides[group] = basisPoints
            case .note(let id, let item, let text):
                upsert(Note(id: id, item: item, text: text, at: event.at), id: id, into: &session.notes, index: &noteIndex)
            case .question(let id, let item, let askerId, let asker, let text, let answer):
                let question = Question(id: id, item: item, askerId: askerId, asker: asker, text: text, answer: answer,
                                        at: event.at)
                upsert(question, id: id, into: &session.questions, index: &questionIndex)
            case .person(let id, let values):
                guard !session.forgotten.contains(id) else { return }
                let index: Int
                if let known = personIndex[id] {
                    index = known
                } else {
                    index = session.people.count
                    personIndex[id] = index
                    session.people.append(Person(id: id))
                }
                session.people[index].set(values)
            case .join(let id, _, _, _):
                if session.id.isEmpty { session.id = id }
            case .forget(let id):
                session.forgotten.insert(id)
                guard let index = personIndex[id] else { return }
                session.people.remove(at: index)
                personIndex = [:]
                for (at, person) in session.people.enumerated() { personIndex[person.id] = at }
            case .indexed(let id, let path, let title, let date):
                let entry = IndexedSession(id: id, path: path, title: title, date: date)
                if let at = session.index.firstIndex(where: { $0.id == id }) { session.index[at] = entry } else { session.index.append(entry) }
            case .undo:
                break
            }
        }

        /// The acara as it now stands: items not removed, by stated position (an item never moved stands where it
        /// was added), numbered 1...n; removed items kept aside. An item's planned time is its own when one was set
        /// for it (`--at`); else it follows the order: the end of the item before (its time and minutes), the first
        /// from the session's start. So a moved item takes the time of its new place.
        mutating func arrangeAgenda() {
            let order = items.indices.sorted { a, b in
                items[a].order != items[b].order ? items[a].order < items[b].order : a < b
            }
            var next = ClockTime(session.start)
            session.agenda = order.filter { !removed[$0] }.enumerated().map { number, index in
                var item = items[index]
                item.number = number + 1
                if item.plannedStart.isEmpty, let start = next { item.plannedStart = start.text }
                next = ClockTime(item.plannedStart).map { $0.adding(minutes: item.minutes) }
                return item
            }
            session.removedAgenda = order.filter { removed[$0] }.map { items[$0] }
        }

        /// Notes what an undone event had given out that must not be given again: a walk-in's number.
        mutating func retire(_ event: Event) {
            session.lastEventAt[event.desk] = event.at
            if case .attendee(_, let values, .some(false)) = event.change, let number = values[.number].flatMap(Int.init) {
                session.retiredNumbers.insert(number)
            }
        }

        /// Adds an empty seat and returns its index. Invited seats come first and walk-ins after them, each in the
        /// order added, so a walk-in (from any desk, whatever its clock) never takes a printed row number: an invited
        /// seat added while walk-ins exist goes in before them. A walk-in whose desk fixed its number keeps it; one
        /// from an older log without a number moves down one.
        mutating func addSeat(id: String, invited: Bool) -> Int {
            let index = invited ? invitedCount : session.attendees.count
            if invited {
                invitedCount += 1
                for later in index..<session.attendees.count {
                    if !fixedNumbers.contains(session.attendees[later].id) { session.attendees[later].row += 1 }
                    attendeeIndex[session.attendees[later].id] = later + 1
                }
            }
            attendeeIndex[id] = index
            session.attendees.insert(Attendee(id: id, row: index + 1, jabatan: "", unit: "", kecamatan: "", name: "",
                                              phone: "", kode: "", invited: invited, attendance: nil), at: index)
            return index
        }

        func upsert<T>(_ value: T, id: String, into list: inout [T], index: inout [String: Int]) {
            if let known = index[id] {
                list[known] = value
            } else {
                index[id] = list.count
                list.append(value)
            }
        }
    }
}
