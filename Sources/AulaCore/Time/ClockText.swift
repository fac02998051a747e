import Foundation

/// Every clock time and duration as text, in one place: `09:05` (hours and minutes) and `12:04` (minutes and
/// seconds of a timer).
public enum ClockText {
    /// "09:05".
    public static func hoursMinutes(_ hour: Int, _ minute: Int) -> String {
        twoDigits(hour) + ":" + twoDigits(minute)
    }

    /// `date` as "09:05" in the session's zone.
    public static func hoursMinutes(_ date: Date, _ clock: SessionClock) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + clock.zone.secondsFromGMT(for: date)
        let minuteOfDay = (local % 86_400 + 86_400) % 86_400 / 60
        return hoursMinutes(minuteOfDay / 60, minuteOfDay % 60)
    }

    /// "09.05": a clock time as Tata Naskah Dinas writes it on letters and papers (screens keep "09:05").
    public static func onPaper(_ time: String) -> String {
        time.replacingOccurrences(of: ":", with: ".")
    }

    /// "09:05" from a paper's "09.05" (anything else as it is).
    public static func fromPaper(_ time: String) -> String {
        time.count == 5 && time.dropFirst(2).first == "." ? time.replacingOccurrences(of: ".", with: ":") : time
    }

    /// A duration in seconds as "12:04" (minutes past 99 keep all their digits).
    public static func minutesSeconds(_ seconds: Int) -> String {
        twoDigits(seconds / 60) + ":" + twoDigits(seconds % 60)
    }

    private static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0" + String(n) : String(n)
    }
}

/// The running item's timer, as the Acara tab and the projector show it: elapsed and remaining seconds, and the
/// phase that colours it (marked when two minutes remain, and when the item runs over).
public struct AgendaTimer: Equatable, Sendable {
    /// How the timer stands.
    public enum Phase: Equatable, Sendable {
        /// The item has no planned length: only the elapsed time counts.
        case open
        /// More than two minutes remain.
        case running
        /// Two minutes or less remain.
        case ending
        /// Past the planned length.
        case over
    }

    /// Seconds remaining at which the timer is marked.
    public static let warningSeconds = 120

    /// Seconds since the item started.
    public let elapsed: Int
    /// Seconds left of the planned length (negative when over; 0 for an open item).
    public let remaining: Int
    /// The phase.
    public let phase: Phase

    /// The timer of `item` at `now`; nil when it is not running.
    public init?(_ item: AgendaItem, now: Date) {
        guard item.isRunning, let start = SessionClock.epochSeconds(ofISO: item.actualStart) else { return nil }
        elapsed = max(0, Int(now.timeIntervalSince1970 - start))
        remaining = item.minutes > 0 ? item.minutes * 60 - elapsed : 0
        phase = item.minutes == 0 ? .open : remaining < 0 ? .over : remaining <= Self.warningSeconds ? .ending : .running
    }
}
