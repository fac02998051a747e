import Crypto
import Foundation

/// A seat's check-in code, as printed in its QR code and typed by a barcode scanner: the session's tag, the seat's
/// row number and a check character, `K7Q2-0042-X`. Upper-case letters, digits and dashes only (every scanner and
/// keyboard layout types them alike), at most 16 characters. The tag is the same on every desk (made from the
/// session's id), the row never changes once printed, and the check character (Luhn mod 32 over Crockford's
/// base 32) catches any one mistyped character and any two swapped neighbours.
public struct CheckInCode: Equatable, Sendable {
    /// The session's four-character tag.
    public var tag: String
    /// The seat's row on the daftar hadir.
    public var row: Int

    /// Crockford's base 32: no I, L, O or U, which read as 1, 1, 0 and V.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The code of the seat at `row` in `session`.
    public init(session: Session, row: Int) {
        self.tag = Self.tag(session)
        self.row = row
    }

    init(tag: String, row: Int) {
        self.tag = tag
        self.row = row
    }

    /// "K7Q2-0042-X".
    public var text: String {
        let number = String(row)
        let digits = String(repeating: "0", count: max(0, 4 - number.count)) + number
        return tag + "-" + digits + "-" + String(Self.check(tag + digits))
    }

    /// The session's tag: four characters of base 32 from a hash of its id (of its title and date for sessions
    /// made before ids existed).
    public static func tag(_ session: Session) -> String {
        let seed = session.id.isEmpty ? "judul|" + session.title + "|" + session.date : session.id
        let hash = Array(SHA256.hash(data: Data(seed.utf8)))
        let bits = UInt32(hash[0]) << 16 | UInt32(hash[1]) << 8 | UInt32(hash[2])
        return String((0..<4).map { alphabet[Int((bits >> (5 * UInt32(3 - $0))) & 31)] })
    }

    /// The check character for `payload` (tag and digits, no dashes): Luhn mod 32.
    static func check(_ payload: String) -> Character {
        var sum = 0
        var double = true
        for character in payload.reversed() {
            var value = alphabet.firstIndex(of: character) ?? 0
            if double {
                value *= 2
                value = value / 32 + value % 32
            }
            sum += value
            double.toggle()
        }
        return alphabet[(32 - sum % 32) % 32]
    }

    /// What a typed or scanned text is, read as a code.
    public enum Reading: Equatable, Sendable {
        /// A whole code with a right check character.
        case valid(CheckInCode)
        /// The shape of a code, but its check character does not match: a misread or mistyped code.
        case badCheck
        /// Not shaped like a code (a name, a row number, a word).
        case notACode
    }

    /// Reads `text` as a code: any case, spaces around, Crockford's look-alikes (O for 0, I and L for 1) forgiven.
    public static func read(_ text: String) -> Reading {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard upper.count <= 16, parts.count == 3, parts[0].count == 4, (4...9).contains(parts[1].count),
              parts[2].count == 1 else { return .notACode }
        func normal(_ character: Character) -> Character? {
            switch character {
            case "O": return "0"
            case "I", "L": return "1"
            default: return alphabet.contains(character) ? character : nil
            }
        }
        let tag = parts[0].compactMap(normal), check = parts[2].compactMap(normal)
        guard tag.count == 4, check.count == 1, parts[1].allSatisfy(\.isASCIIDigit), let row = Int(parts[1]) else {
            return .notACode
        }
        let code = CheckInCode(tag: String(tag), row: row)
        return Self.check(String(tag) + String(parts[1])) == check[0] ? .valid(code) : .badCheck
    }

    /// Whether `text` could be the start of a code as a scanner types it (upper case): `K7Q`, `K7Q2-00`.
    public static func mayBegin(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count <= 16, parts.count <= 3, parts[0].count <= 4,
              parts[0].allSatisfy({ alphabet.contains($0) || $0 == "O" || $0 == "I" || $0 == "L" }) else { return false }
        if parts.count >= 2 && (parts[0].count != 4 || parts[1].count > 9 || !parts[1].allSatisfy(\.isASCIIDigit)) { return false }
        return parts.count < 3 || parts[2].count <= 1
    }

    /// The seat a text names as a code in `session`, nil when the text is not shaped like a code; a code with a
    /// wrong check character, of another session or of no seat is an error saying which.
    public static func seat(_ text: String, in session: Session) throws(AulaError) -> Attendee? {
        let shown = TextSanitizer.line(text)
        switch read(text) {
        case .notACode:
            return nil
        case .badCheck:
            throw AulaError(id: "Kode \(shown) salah baca atau salah ketik (karakter periksa tidak cocok). Pindai lagi.",
                            en: "Code \(shown) was misread or mistyped (its check character does not match). Scan again.")
        case .valid(let code):
            guard code.tag == tag(session) else {
                throw AulaError(id: "Kode \(shown) milik kegiatan lain, bukan kegiatan ini.",
                                en: "Code \(shown) belongs to another session, not this one.")
            }
            guard let index = seatIndex(code, in: session) else {
                throw AulaError(id: "Kode \(shown): tidak ada peserta nomor \(code.row).",
                                en: "Code \(shown): there is no attendee number \(code.row).")
            }
            // Two walk-ins given one number by desks that had never synced (their blocks met): never the wrong one.
            let seat = session.attendees[index]
            if !seat.invited, let other = session.attendees[(index + 1)...].first(where: { $0.row == code.row }) {
                throw AulaError(
                    id: "Kode \(shown) menunjuk dua peserta tanpa undangan: \(seat.displayName) dan \(other.displayName). "
                        + "Cari namanya.",
                    en: "Code \(shown) names two walk-ins: \(seat.displayName) and \(other.displayName). Search by name.")
            }
            return seat
        }
    }

    /// Where in the roster the seat of a valid code of this session is; nil for anything else. The search uses
    /// it: a code typed or scanned into the search shows its one seat.
    public static func seatIndex(_ text: String, in session: Session) -> Int? {
        guard case .valid(let code) = read(text), code.tag == tag(session) else { return nil }
        return seatIndex(code, in: session)
    }

    static func seatIndex(_ code: CheckInCode, in session: Session) -> Int? {
        let attendees = session.attendees
        if attendees.indices.contains(code.row - 1) && attendees[code.row - 1].row == code.row { return code.row - 1 }
        return attendees.firstIndex { $0.row == code.row }
    }
}

extension Attendee {
    /// This seat's check-in code in `session`.
    public func code(in session: Session) -> String { code(tag: CheckInCode.tag(session)) }

    /// This seat's check-in code with the session's tag made once (`CheckInCode.tag`) for a whole roster.
    public func code(tag: String) -> String { CheckInCode(tag: tag, row: row).text }
}
