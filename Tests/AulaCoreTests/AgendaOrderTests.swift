import Foundation
import Testing
@testable import AulaCore

/// Moving and removing agenda items: one event each, the fold's order, and what a removal would hide.
@Suite struct AgendaOrderTests {
    /// Four items added in order, none moved.
    static let added: [Event] = [
        event("1", "a", 1, "08:00:00", .session([.timeZone: "Asia/Makassar", .date: "2020-03-27"])),
        event("2", "a", 2, "08:00:00", .agenda(id: "i1", fields: [.title: "Registrasi"])),
        event("3", "a", 3, "08:00:00", .agenda(id: "i2", fields: [.title: "Pembukaan"])),
        event("4", "a", 4, "08:00:00", .agenda(id: "i3", fields: [.title: "Materi"])),
        event("5", "a", 5, "08:00:00", .agenda(id: "i4", fields: [.title: "Penutup"])),
    ]

    static func titles(_ session: Session) -> [String] { session.agenda.map { "\($0.number). \($0.title)" } }

    /// The session after applying each operation's changes in turn, as the desk would append them.
    static func applying(_ steps: [(Session) throws -> Outcome]) throws -> Session {
        var events = added
        for step in steps {
            for change in try step(Fold.session(from: events)).changes {
                events.append(event(String(events.count + 1), "a", events.count + 1, "09:00:00", change))
            }
        }
        return Fold.session(from: events)
    }

    @Test func plannedTimesFollowTheOrderUnlessAnItemsTimeWasFixed() throws {
        let timed: [Event] = [
            event("1", "a", 1, "08:00:00", .session([.timeZone: "Asia/Makassar", .date: "2020-03-27", .start: "08:30"])),
            event("2", "a", 2, "08:00:00", .agenda(id: "i1", fields: [.title: "Registrasi", .minutes: "30"])),
            event("3", "a", 3, "08:00:00", .agenda(id: "i2", fields: [.title: "Pembukaan", .minutes: "15"])),
            event("4", "a", 4, "08:00:00", .agenda(id: "i3", fields: [.title: "Materi", .minutes: "45"])),
            event("5", "a", 5, "08:00:00", .agenda(id: "i4", fields: [.title: "Penutup", .minutes: "15"])),
        ]
        let before = Fold.session(from: timed)
        #expect(before.agenda.map(\.plannedStart) == ["08:30", "09:00", "09:15", "10:00"])
        // Penutup moved to second place takes that place's time, and the ones after it move on.
        var events = timed
        for change in try AgendaOperations.move(number: 4, to: 2, in: before, lang: .id).changes {
            events.append(event(String(events.count + 1), "a", events.count + 1, "09:00:00", change))
        }
        let moved = Fold.session(from: events)
        #expect(moved.agenda.map { "\($0.plannedStart) \($0.title)" } == ["08:30 Registrasi", "09:00 Penutup", "09:15 Pembukaan",
                                                                        "09:30 Materi"])
        // A time fixed for an item (--at) stays with it wherever it goes, and the items after it follow from it.
        events.append(event("90", "a", 90, "09:01:00", .agenda(id: "i2", fields: [.plannedStart: "10:00"])))
        #expect(Fold.session(from: events).agenda.map(\.plannedStart) == ["08:30", "09:00", "10:00", "10:15"])
    }

    @Test func aMoveIsOneEventBetweenItsNewNeighbours() throws {
        let session = Fold.session(from: Self.added)
        #expect(try AgendaOperations.move(number: 4, to: 2, in: session, lang: .id)
                == Outcome([.agenda(id: "i4", fields: [.position: "1.5"])], message: "Acara dipindah ke urutan 2: Penutup"))
        #expect(try AgendaOperations.move(number: 1, to: 4, in: session, lang: .en)
                == Outcome([.agenda(id: "i1", fields: [.position: "5.0"])], message: "Item moved to place 4: Registrasi"))
        #expect(try AgendaOperations.move(number: 2, to: 1, in: session, lang: .id).changes
                == [.agenda(id: "i2", fields: [.position: "0.0"])])
        let moved = try Self.applying([{ try AgendaOperations.move(number: 4, to: 2, in: $0, lang: .id) },
                                       { try AgendaOperations.move(number: 1, to: 3, in: $0, lang: .id) }])
        #expect(Self.titles(moved) == ["1. Penutup", "2. Pembukaan", "3. Registrasi", "4. Materi"])
        #expect(throws: AulaError(id: "Urutan 5 tidak ada: pilih 1–4.", en: "There is no place 5: choose 1–4.")) {
            try AgendaOperations.move(number: 1, to: 5, in: session, lang: .id)
        }
        #expect(throws: AulaError(id: "Acara 2 sudah di urutan 2.", en: "Item 2 is already at place 2.")) {
            try AgendaOperations.move(number: 2, to: 2, in: session, lang: .id)
        }
    }

    @Test func whenNoValueFitsBetweenTwoNeighboursEveryItemIsNumberedAgain() throws {
        // Moving the last item between the first two, again and again, halves the gap until no double fits;
        // each move still puts the item second.
        var events = Self.added
        var renumbered = 0
        for _ in 0..<60 {
            let before = Fold.session(from: events)
            let outcome = try AgendaOperations.move(number: 4, to: 2, in: before, lang: .id)
            if outcome.changes.count > 1 { renumbered += 1 }
            for change in outcome.changes { events.append(event(String(events.count + 1), "a", events.count + 1, "09:00:00", change)) }
            let after = Fold.session(from: events)
            #expect(after.agenda[1].id == before.agenda[3].id)
        }
        #expect(renumbered >= 1)
    }

    @Test func removingSaysWhatWouldGoWithTheItem() throws {
        var events = Self.added
        events.append(event("6", "a", 6, "09:00:00", .agenda(id: "i2", fields: [.start: "2020-03-27T09:02:00+08:00"])))
        events.append(event("7", "a", 7, "09:05:00", .note(id: "n1", item: "i3", text: "Dana desa")))
        events.append(event("8", "a", 8, "09:06:00", .question(id: "q1", item: "i3", askerId: "", asker: "Warga", text: "Kapan?", answer: "")))
        let session = Fold.session(from: events)
        #expect(try AgendaOperations.remove(number: 1, force: false, in: session, lang: .id)
                == Outcome([.agenda(id: "i1", fields: [.removed: "1"])],
                           message: "Acara dihapus: 1. Registrasi", remedy: .undo))
        // The core says what is wrong; the command line adds "--force", the app never asks for it.
        #expect(throws: AulaError(id: "Acara 2 tidak dihapus: sudah dimulai 09:02.", en: "Item 2 not removed: started at 09:02.",
                                  remedy: .forceRemoval)) {
            try AgendaOperations.remove(number: 2, force: false, in: session, lang: .id)
        }
        #expect(AgendaOperations.removalLosses(session.agenda[2], in: session, lang: .en) == ["1 note", "1 question"])
        #expect(try AgendaOperations.remove(number: 3, force: true, in: session, lang: .id).changes
                == [.agenda(id: "i3", fields: [.removed: "1"])])
    }

    @Test func aRemovedItemIsKeptAsideAndAnUndoPutsItBack() throws {
        var events = Self.added
        events.append(event("6", "a", 6, "09:00:00", .agenda(id: "i2", fields: [.removed: "1"])))
        let removed = Fold.session(from: events)
        #expect(Self.titles(removed) == ["1. Registrasi", "2. Materi", "3. Penutup"])
        #expect(removed.removedAgenda.map(\.title) == ["Pembukaan"])
        #expect(ChangeDescription.describe(events[5].change, in: removed, lang: .id) == "acara dihapus: Pembukaan")
        events.append(event("7", "a", 7, "09:01:00", .undo(target: "6")))
        let back = Fold.session(from: events)
        #expect(Self.titles(back) == ["1. Registrasi", "2. Pembukaan", "3. Materi", "4. Penutup"])
        #expect(back.removedAgenda.isEmpty)
    }

    @Test func correctingTheActualTimesAfterwards() throws {
        let session = Fold.session(from: Self.added)
        #expect(try AgendaOperations.edit(number: 2, started: "09:05", ended: "09:20", in: session, lang: .id).changes
                == [.agenda(id: "i2", fields: [.start: "2020-03-27T09:05:00+08:00", .end: "2020-03-27T09:20:00+08:00"])])
        #expect(throws: AulaError(id: "Acara 2 dimulai 09:05; tidak bisa selesai 09:00.",
                                  en: "Item 2 started at 09:05; it cannot end at 09:00.")) {
            try AgendaOperations.edit(number: 2, started: "09:05", ended: "09:00", in: session, lang: .id)
        }
        #expect(throws: AulaError(id: "Acara 2 belum dimulai: isi jam mulai dulu.", en: "Item 2 has not started: give its start first.")) {
            try AgendaOperations.edit(number: 2, ended: "09:20", in: session, lang: .id)
        }
    }
}
