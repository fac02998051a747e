import Foundation

/// A check-in code read at the door, by a barcode scanner or typed: the seat it names is marked hadir at once and
/// a seat already present (or represented) keeps its first record. A stand-in carrying the invitation is then
/// marked with the diwakili key on the seat the scan selected, as for any seat. The TUI and `aula checkin DIR CODE`
/// both go through here.
public enum ScanCheckIn {
    /// What to do with `text` (see `CheckInOperation.checkIn`); nil when it is not shaped like a code (it is then a
    /// search). A misread code, a code of another session or of no seat is an error saying which.
    public static func scan(_ text: String, in session: Session, now: Date,
                            lang: Lang) throws(AulaError) -> CheckInOperation.Decision? {
        guard let seat = try CheckInCode.seat(text, in: session) else { return nil }
        return try CheckInOperation.checkIn(seat, .init(.hadir), in: session, now: now, lang: lang)
    }
}
