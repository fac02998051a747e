import Foundation

/// A walk-in's number, fixed by the desk that adds it and never given again: a name tag's code printed at one desk
/// keeps naming that person after every sync, whatever other desks added meanwhile and whatever is imported later.
/// Numbers start at 300,001, above every roster row (a roster has at most 200,000); each desk takes them from its
/// own block of a thousand, chosen by its name, so two laptops adding walk-ins apart take different numbers.
public enum WalkInNumber {
    /// The lowest number a walk-in can have, less one.
    static let base = 300_000
    /// How many blocks of a thousand there are (numbers up to 999,999).
    static let blocks = 700

    /// The block a desk's walk-ins are numbered in (from the desk's name: the same on every laptop, with no talk
    /// between them).
    public static func block(of desk: String) -> Int {
        let digest = SHA256Hex.of(Data(desk.utf8))
        return Int(digest.prefix(8), radix: 16)! % blocks
    }

    /// The number for the next walk-in `desk` adds to `session`: the first in the desk's block after every number
    /// given in it, undone ones included; the next block when the desk's is full.
    public static func next(desk: String, in session: Session) -> Int {
        let taken = Set(session.attendees.lazy.filter { !$0.invited }.map(\.row)).union(session.retiredNumbers)
        var block = block(of: desk)
        while true {
            let start = base + block * 1000
            let used = taken.filter { $0 > start && $0 < start + 1000 }.max() ?? start
            if used < start + 999 { return used + 1 }
            block = (block + 1) % blocks
        }
    }
}
