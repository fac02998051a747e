/// The latest event stamp of each desk in a kept fold. New events can be applied to the fold as it is only when each
/// is later than every folded event of the other desks: log order then puts it after all of them (its own desk's
/// earlier events come first anyway). A clock that runs back can make a desk's latest event any of its events, so
/// the latest is over all of them, not just the last.
struct FoldTimes {
    /// Each desk's latest stamp.
    private(set) var latest: [String: Int64] = [:]

    /// The times a snapshot kept.
    init(latest: [String: Int64]) { self.latest = latest }

    /// The times of events already folded, each list one desk's events (a desk file's, or this desk's own).
    init(_ desks: [ArraySlice<Event>]) {
        for events in desks {
            guard let desk = events.first?.desk, let time = events.lazy.map(\.stamp).max() else { continue }
            latest[desk] = max(latest[desk] ?? time, time)
        }
    }

    /// Takes in one more folded event.
    mutating func note(_ event: Event) {
        latest[event.desk] = max(latest[event.desk] ?? event.stamp, event.stamp)
    }

    /// True when `event` comes after every folded event of the other desks in log order (a tie goes by desk name
    /// in the merge, so a tie is not enough).
    func comesLast(_ event: Event) -> Bool {
        latest.allSatisfy { $0.key == event.desk || $0.value < event.stamp }
    }
}
