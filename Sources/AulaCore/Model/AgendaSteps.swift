/// Stepping through the acara, shared by the command line, the app and the projector.
extension Session {
    /// The item after the last one started: what "start the next item" starts, and what the projector shows next.
    public var nextItemToStart: AgendaItem? {
        let last = agenda.lastIndex { !$0.actualStart.isEmpty } ?? -1
        return last + 1 < agenda.count ? agenda[last + 1] : nil
    }

    /// The changes that start `item` at `time` (ISO), ending whichever other item is running.
    public func changesToStart(_ item: AgendaItem, at time: String) -> [Change] {
        agenda.filter { $0.isRunning && $0.id != item.id }.map { .agenda(id: $0.id, fields: [.end: time]) }
            + [.agenda(id: item.id, fields: [.start: time, .end: ""])]
    }
}
