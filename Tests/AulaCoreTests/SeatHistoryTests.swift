import Testing
@testable import AulaCore

/// One seat's history, worded in one place for the command line and the app.
@Suite struct SeatHistoryTests {
    @Test func aChangeOnAnotherDayShowsItsDateAndAnUndoneOneSaysSo() {
        let imported = Event(id: "e1", desk: "kantor", seq: 1, at: "2020-03-09T09:00:00+08:00", change: seat("s1", unit: "Desa Tohe"))
        let events = [
            Event(id: "e0", desk: "kantor", seq: 0, at: "2020-03-09T08:59:00+08:00",
                  change: .session([.date: "2020-03-27", .timeZone: "Asia/Makassar"])),
            imported,
            event("e2", "meja1", 1, "08:41:00", checkIn("s1")),
            event("e3", "meja1", 2, "08:42:00", .undo(target: "e2")),
        ]
        let session = Fold.session(from: events)
        let entries = SeatHistory.entries(for: "s1", events: events, session: session, lang: .id)
        #expect(entries.map { $0.when(in: session) } == ["2020-03-09 09:00 WITA", "08:41 WITA"])
        #expect(entries.map { $0.line(in: session, lang: .id) } == [
            "2020-03-09 09:00 WITA  kantor  " + entries[0].description(.id),
            "08:41 WITA  meja1  hadir: Kepala Desa Tohe [dibatalkan]",
        ])
    }

    @Test func aFieldChangeIsNamedInTheUsersLanguage() {
        let events = [event("e1", "a", 1, "08:00:00", seat("s1", unit: "Desa Tohe")),
                      event("e2", "a", 2, "08:41:00", .attendee(id: "s1", fields: [.name: "Yohanes Bau", .phone: "0812"], invited: nil))]
        let session = Fold.session(from: events)
        let id = SeatHistory.entries(for: "s1", events: events, session: session, lang: .id).map { $0.description(.id) }
        #expect(id.last == "ubah peserta: Kepala Desa Tohe (nama, no HP)")
        let en = SeatHistory.entries(for: "s1", events: events, session: session, lang: .en).map { $0.description(.en) }
        #expect(en.last == "edited attendee: Kepala Desa Tohe (name, phone)")
    }
}
