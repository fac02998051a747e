import Foundation

/// A check-in code read at the door, by a barcode scanner or typed: the seat it names is marked hadir at once and
/// a seat already present (or represented) keeps its first record. A stand-in carrying the invitation is then
/// marked with the diwakili key on the seat the scan selected, as for any seat. The TUI and `aula checkin DIR CODE`
/// both go through here.
public enum ScanCheckIn {
    /// What the door should do with a code.
    public enum Result: Equatable, Sendable {
        /// Mark the seat: the changes to save and the confirmation to show.
        case record(Attendee, Outcome)
        /// Already present: nothing changes; the message says since when and where.
        case alreadyPresent(Attendee, message: String)
    }

    /// What to do with `text`; nil when it is not shaped like a code (it is then a search). A misread code, a code of
    /// another session or of no seat is an error saying which.
    public static func scan(_ text: String, in session: Session, now: Date, lang: Lang) throws(AulaError) -> Result? {
        guard let seat = try CheckInCode.seat(text, in: session) else { return nil }
        if let message = CheckInOperation.alreadyPresent(seat, in: session, lang: lang) {
            return .alreadyPresent(seat, message: message)
        }
        return .record(seat, try CheckInOperation.mark(seat, .init(.hadir), in: session, now: now, lang: lang))
    }
}
