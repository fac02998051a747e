/// Picks the one seat a query means, as `checkin` and `question --from` need: the only match, or the only
/// match that the query names completely (`tohe` → Desa Tohe, not Desa Tohe Leten). Anything else is an
/// error that lists the candidates.
public enum SeatResolver {
    /// The seat `query` means in the session's roster (a check-in code names its seat).
    public static func resolve(_ query: String, in session: Session) throws -> Attendee {
        if let seat = try CheckInCode.seat(query, in: session) { return seat }
        let matches = SearchIndex(session.attendees).search(query)
        if matches.count == 1 { return session.attendees[matches[0].index] }
        let exact = matches.filter(\.isExact)
        if exact.count == 1 { return session.attendees[exact[0].index] }
        let q = TextSanitizer.excerpt(query)
        guard !matches.isEmpty else {
            throw AulaError(id: "Tidak ada peserta yang cocok dengan '\(q)'. Cek ejaan, atau tambahkan sebagai peserta baru.",
                            en: "No attendee matches '\(q)'. Check the spelling, or add them as a walk-in.")
        }
        let list = matches.prefix(10).map { match in
            let a = session.attendees[match.index]
            return "  \(a.row). \(a.displayName) — \(a.seatName)" + (a.kecamatan.isEmpty ? "" : ", \(a.kecamatan)")
        }.joined(separator: "\n")
        let more = matches.count > 10 ? "\n  … (+\(matches.count - 10))" : ""
        throw AulaError(
            id: "'\(q)' cocok dengan \(matches.count) peserta; tambahkan kata lain atau pakai nomor barisnya:\n" + list + more,
            en: "'\(q)' matches \(matches.count) attendees; add another word or use the row number:\n" + list + more)
    }
}
