/// Attendance counted: by status, and per kecamatan (in roster order of first appearance).
public struct AttendanceSummary: Equatable, Sendable {
    /// Counts for one group of seats.
    public struct Counts: Equatable, Sendable {
        /// Seats on the roster (invited and walk-ins).
        public var total = 0
        /// Seats that were invited.
        public var invited = 0
        /// Seats by status.
        public var byStatus: [AttendanceStatus: Int] = [:]

        /// Seats with this status.
        public subscript(_ status: AttendanceStatus) -> Int { byStatus[status] ?? 0 }
        /// Izin, sakit and dinas luar together.
        public var excused: Int { self[.izin] + self[.sakit] + self[.dinasLuar] }
        /// Hadir and diwakili together.
        public var present: Int { self[.hadir] + self[.diwakili] }

        mutating func add(_ attendee: Attendee) {
            total += 1
            if attendee.invited { invited += 1 }
            byStatus[attendee.status, default: 0] += 1
        }
    }

    /// The whole roster.
    public var all = Counts()
    /// Per kecamatan, in the order kecamatan first appear on the roster; seats without one are under "".
    public var byKecamatan: [(kecamatan: String, counts: Counts)] = []

    /// Counts the session's roster.
    public init(_ session: Session) {
        var index: [String: Int] = [:]
        for attendee in session.attendees {
            all.add(attendee)
            let key = attendee.kecamatan
            if index[key] == nil {
                index[key] = byKecamatan.count
                byKecamatan.append((key, Counts()))
            }
            byKecamatan[index[key]!].counts.add(attendee)
        }
    }

    public static func == (a: AttendanceSummary, b: AttendanceSummary) -> Bool {
        a.all == b.all && a.byKecamatan.map(\.kecamatan) == b.byKecamatan.map(\.kecamatan)
            && a.byKecamatan.map(\.counts) == b.byKecamatan.map(\.counts)
    }
}
