import Foundation

/// A laptop whose clock is behind the others': another desk wrote an event later than this laptop's now. Check-in
/// times are evidence, so the app says so in its header. (A clock that runs ahead cannot be told from a desk that
/// has been idle, so only being behind is reported.)
public struct ClockSkew: Equatable, Sendable {
    /// The desk whose latest event is furthest ahead of this laptop's clock.
    public var desk: String
    /// By how many whole minutes.
    public var minutes: Int

    /// More than this is a clock to check; less is two laptops set by hand.
    public static let tolerance: TimeInterval = 5 * 60

    /// How far `now` is behind the latest event of another desk than `desk`, when more than the tolerance.
    public init?(_ session: Session, desk: String, now: Date) {
        var worst: (desk: String, seconds: Double)?
        for (other, at) in session.lastEventAt where other != desk {
            guard let seconds = SessionClock.epochSeconds(ofISO: at).map({ $0 - now.timeIntervalSince1970 }),
                  seconds > Self.tolerance, seconds > worst?.seconds ?? 0 else { continue }
            worst = (other, seconds)
        }
        guard let worst else { return nil }
        self.desk = worst.desk
        minutes = Int(worst.seconds / 60)
    }

    /// "⚠ jam laptop ini 12 menit di belakang meja kiri".
    public func text(_ lang: Lang) -> String {
        lang.t("⚠ jam laptop ini \(minutes) menit di belakang meja \(desk)", "⚠ this laptop's clock is \(minutes) min behind desk \(desk)")
    }
}
