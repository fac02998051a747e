/// Attendance counted: by status, and per kecamatan (in roster order of first appearance).
public struct AttendanceSummary: Equatable, Sendable {
    /// Counts for one group of seats.
    public struct Counts: Equatable, Sendable {
        /// Seats on the roster (invited and walk-ins).
        public var total = 0
        /// Seats that were invited.
        public var invited = 0
        /// Seats by status, in `AttendanceStatus.allCases` order (counted once per seat, so no hashing).
        private var byStatus = [Int](repeating: 0, count: AttendanceStatus.allCases.count)
        /// Seats present (hadir or represented) whose person has no name yet: the papers and the payments need it.
        public var presentWithoutName = 0

        /// Seats with this status.
        public subscript(_ status: AttendanceStatus) -> Int { byStatus[status.ordinal] }
        /// Izin, sakit and dinas luar together.
        public var excused: Int { self[.izin] + self[.sakit] + self[.dinasLuar] }
        /// Hadir and diwakili together.
        public var present: Int { self[.hadir] + self[.diwakili] }

        /// The totals of a whole roster, each seat read in place rather than copied (the app counts again after
        /// every save; copying 100,000 seats with their strings took most of that time).
        public init(of attendees: Roster) {
            total = attendees.count
            for index in attendees.indices {
                if attendees[index].invited { invited += 1 }
                let status = attendees[index].attendance?.status ?? .belumHadir
                byStatus[status.ordinal] += 1
                if status.isPresent && attendees[index].name.isEmpty { presentWithoutName += 1 }
            }
        }

        init() {}

        mutating func add(_ attendee: Attendee) {
            total += 1
            if attendee.invited { invited += 1 }
            byStatus[attendee.status.ordinal] += 1
            if attendee.status.isPresent && attendee.name.isEmpty { presentWithoutName += 1 }
        }
    }

    /// The whole roster.
    public var all = Counts()
    /// Per kecamatan, in the order kecamatan first appear on the roster; seats without one are under "".
    public var byKecamatan: [(kecamatan: String, counts: Counts)] = []

    /// Counts the session's roster.
    public init(_ session: Session) {
        self.init(seats: session.attendees)
    }

    /// Counts these seats (the rekap counts only the invited ones).
    public init(seats: some Sequence<Attendee>) {
        var index: [String: Int] = [:]
        for attendee in seats {
            all.add(attendee)
            let key = attendee.kecamatan
            // Seats of one kecamatan usually come together: check the last one before hashing.
            if let last = byKecamatan.indices.last, byKecamatan[last].kecamatan == key {
                byKecamatan[last].counts.add(attendee)
            } else if let known = index[key] {
                byKecamatan[known].counts.add(attendee)
            } else {
                index[key] = byKecamatan.count
                byKecamatan.append((key, Counts()))
                byKecamatan[byKecamatan.count - 1].counts.add(attendee)
            }
        }
    }

    public static func == (a: AttendanceSummary, b: AttendanceSummary) -> Bool {
        a.all == b.all && a.byKecamatan.map(\.kecamatan) == b.byKecamatan.map(\.kecamatan)
            && a.byKecamatan.map(\.counts) == b.byKecamatan.map(\.counts)
    }
}
