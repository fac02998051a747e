/// The order in which desks' events are read: each desk in its own `seq` order, desks interleaved by their hybrid
/// logical clock `stamp` (ties by desk id), each event id once. A change made after seeing another comes after it.
public enum EventOrder {
    /// Merges per-desk event lists (each already in seq order) into one log order.
    /// A desk whose clock jumped back keeps its own order; it only interleaves differently with the others.
    public static func merge(_ desks: [[Event]]) -> [Event] {
        let streams = desks.filter { !$0.isEmpty }.sorted { $0[0].desk < $1[0].desk }
        if streams.count == 1 { return dedupe(streams[0]) }
        let times = streams.map { $0.map(\.stamp) }
        var heads = Array(repeating: 0, count: streams.count)
        var out: [Event] = []
        out.reserveCapacity(streams.reduce(0) { $0 + $1.count })
        while true {
            var best = -1
            for s in streams.indices where heads[s] < streams[s].count {
                if best < 0 || times[s][heads[s]] < times[best][heads[best]] { best = s }
            }
            if best < 0 { break }
            out.append(streams[best][heads[best]])
            heads[best] += 1
        }
        return dedupe(out)
    }

    private static func dedupe(_ events: [Event]) -> [Event] {
        var seen = Set<String>(minimumCapacity: events.count)
        // Nearly always nothing repeats: then the list is returned as it is, not copied.
        guard let first = events.firstIndex(where: { !seen.insert($0.id).inserted }) else { return events }
        var out = Array(events[..<first])
        for event in events[(first + 1)...] where seen.insert(event.id).inserted { out.append(event) }
        return out
    }
}
