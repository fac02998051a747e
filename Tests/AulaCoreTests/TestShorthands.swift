import AulaCore

extension Fold {
    /// The session that events already in log order describe.
    static func session(from events: [Event]) -> Session { state(from: events).current }

    /// The session that several desks' events describe, merged as a folder merges them.
    static func session(desks: [[Event]]) -> Session { session(from: EventOrder.merge(desks)) }
}

extension FlatObject {
    /// The fields as a dictionary, to compare regardless of order.
    var dictionary: [String: FlatValue] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) })
    }
}
