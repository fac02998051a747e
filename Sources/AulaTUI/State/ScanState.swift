import AulaCore
import Foundation

/// How the keys of the Hadir search arrived: a USB barcode scanner types a whole code in a few milliseconds, a
/// person types a key every tenth of a second at best. Only a burst at scanner speed is taken as a scan.
public struct KeyBurst: Equatable, Sendable {
    /// When the first and the latest key came.
    public var first: Date
    public var last: Date
    /// Keys in the burst.
    public var count = 1
    /// The longest wait between two of its keys.
    public var slowestGap: TimeInterval = 0
    /// How many characters of the search were typed before the burst began (by hand, before a scan came in).
    public var start = 0

    /// A scanner types 10 to 20 characters within about 50 ms; a gap this long is a person's.
    static let scannerGap: TimeInterval = 0.035
    /// A code from a scanner set to send no Enter is taken once no key has come for this long.
    static let quietAfterScan: TimeInterval = 0.15

    /// A burst started by a key at `now`.
    public init(at now: Date) {
        first = now
        last = now
    }

    /// The burst with one more key at `now`.
    mutating func add(at now: Date) {
        slowestGap = max(slowestGap, now.timeIntervalSince(last))
        last = now
        count += 1
    }

    /// Whether the keys so far came as fast as a scanner types (one key may be the first of a scan).
    var mayBeScanner: Bool { slowestGap <= Self.scannerGap }

    /// The fewest characters a check-in code has.
    static let shortestCode = 11

    /// Whether the keys came as a scanner types them (a code is at least 11 characters).
    public var isScanner: Bool { count >= Self.shortestCode && slowestGap <= Self.scannerGap }
}

extension Action {
    /// Whether this action goes on with a scan in progress without needing the list searched: the next key of the
    /// burst, a tick while it lasts, or the Enter that ends it as a scan.
    func continuesAScan(_ state: AppState) -> Bool {
        switch self {
        case .searchType: return true
        case .tick(let date):
            guard let burst = state.hadir.burst, burst.mayBeScanner else { return false }
            return date.timeIntervalSince(burst.last) <= KeyBurst.scannerGap || scanIsComplete(state, at: date)
        case .checkIn: return state.hadir.burst?.isScanner == true && CheckInCode.read(state.hadir.burstText) != .notACode
        default: return false
        }
    }
}

extension AppState.Hadir {
    /// The search's characters that came in the latest burst (a scan after letters typed by hand is its end).
    var burstText: String { String(query.text.dropFirst(burst?.start ?? 0)) }
}

extension AppState {
    /// A burst that may be a scanner's is in the search: the shell then looks every few milliseconds whether it has
    /// ended (to search the list for a person's keys, or to take the code of a scanner that sends no Enter).
    public var awaitsScanEnd: Bool {
        hadir.filterStale || (hadir.burst?.isScanner == true && !hadir.query.text.isEmpty)
    }
}

/// The large line the Hadir tab shows after a scan: who was marked and when, or why nothing was.
public struct ScanBanner: Equatable, Sendable {
    /// What happened.
    public enum Kind: Equatable, Sendable { case marked, alreadyPresent, refused }

    public var kind: Kind
    /// One to three lines: "✓ HADIR 08:41", the name, jabatan and unit; or the reason.
    public var lines: [String]
    /// The seat marked, whose banner follows what holds for it now (a stand-in set with F2 after the scan).
    public var seat: String? = nil

    /// The banner of a seat marked at the door as the session has it now; nil when the seat is gone or no longer
    /// present.
    static func current(_ id: String, in session: Session, lang: Lang) -> ScanBanner? {
        guard let seat = session.attendee(id: id), let attendance = seat.attendance, attendance.status.isPresent else {
            return nil
        }
        return marked(seat, attendance, clock: session.clock, lang: lang)
    }

    /// The banner of `seat` marked `attendance`: its status and time, who is there (the stand-in when diwakili), the
    /// seat.
    static func marked(_ seat: Attendee, _ attendance: Attendance, clock: SessionClock, lang: Lang) -> ScanBanner {
        let time = clock.clockTime(ofISO: attendance.time) ?? ""
        let key = KeyMap.keyName(for: .editAttendee, in: .hadir) ?? ""
        let who = attendance.status == .diwakili && !attendance.standIn.isEmpty
            ? attendance.standIn + lang.t(" (mewakili \(seat.displayName))", " (for \(seat.displayName))")
            : seat.name.isEmpty ? lang.t("Nama belum diisi: \(key) untuk mengisinya", "No name yet: \(key) to fill it in")
            : seat.name
        return ScanBanner(kind: .marked, lines: [
            "✓ " + attendance.status.label(lang).uppercased() + "  " + time,
            who,
            [seat.jabatan, seat.unit].filter { !$0.isEmpty }.joined(separator: " — "),
        ].map(TextSanitizer.line), seat: seat.id)
    }
}
