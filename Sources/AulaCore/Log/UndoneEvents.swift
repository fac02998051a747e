/// Which events an undo took back, and which one a desk's next undo takes: the one place that reads undo lines.
public enum UndoneEvents {
    /// The ids of the events taken back by the undo events among `events`.
    public static func ids(in events: some Sequence<Event>) -> Set<String> {
        var undone = Set<String>()
        for event in events {
            if case .undo(let target) = event.change { undone.insert(target) }
        }
        return undone
    }

    /// A desk's latest change that is not an undo and has not been undone, given that desk's own events in order.
    /// A desk's join line and the details that created the session (the line after a creating join, or the first
    /// line of a session older than joins) are never taken back.
    public static func lastUndoable(in ownEvents: [Event]) -> Event? {
        let undone = ids(in: ownEvents)
        var created = false
        if case .join(_, _, _, true)? = ownEvents.first?.change { created = true }
        return ownEvents.last { event in
            switch event.change {
            case .undo, .join: return false
            case .session where event.seq == 1 || (created && event.seq == 2): return false
            default: return !undone.contains(event.id)
            }
        }
    }
}
