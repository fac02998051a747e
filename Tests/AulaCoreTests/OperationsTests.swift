import Foundation
import Testing
@testable import AulaCore

/// The one home of each intent: exact changes and words for every step, and the refusal that says why.
@Suite struct OperationsTests {
    /// 09:14:03 WITA on 27 March 2020.
    static let now = Date(timeIntervalSince1970: 1_585_271_643)

    /// Two agenda items, the first running since 09:00 WITA.
    static var session: Session {
        Fold.session(from: [
            event("1", "a", 1, "08:00:00", .session([.timeZone: "Asia/Makassar", .date: "2020-03-27"])),
            event("2", "a", 2, "08:00:00", .agenda(id: "i1", fields: [.title: "Pembukaan", .minutes: "15"])),
            event("3", "a", 3, "08:00:00", .agenda(id: "i2", fields: [.title: "Materi KIM", .minutes: "45"])),
            event("4", "a", 4, "09:00:00", .agenda(id: "i1", fields: [.start: "2020-03-27T09:00:00+08:00"])),
            event("5", "a", 5, "09:01:00", seat("s1", unit: "Desa Tohe", name: "Yohanes Bau")),
        ])
    }

    @Test func startingTheNextItemEndsTheRunningOne() throws {
        let outcome = try AgendaOperations.startNext(in: Self.session, at: Self.now, lang: .id)
        #expect(outcome == Outcome([.agenda(id: "i1", fields: [.end: "2020-03-27T09:14:03+08:00"]),
                                    .agenda(id: "i2", fields: [.start: "2020-03-27T09:14:03+08:00", .end: ""])],
                                   message: "Dimulai: 2. Materi KIM 09:14 WITA"))
        #expect(try AgendaOperations.start(number: 2, in: Self.session, at: Self.now, lang: .id) == outcome)
    }

    @Test func endingBackAndRefusals() throws {
        #expect(try AgendaOperations.endRunning(in: Self.session, at: Self.now, lang: .en)
                == Outcome([.agenda(id: "i1", fields: [.end: "2020-03-27T09:14:03+08:00"])], message: "Ended: 1. Pembukaan 09:14 WITA"))
        #expect(throws: AulaError(id: "Acara 2 tidak sedang berjalan.", en: "Item 2 is not running.")) {
            try AgendaOperations.end(number: 2, in: Self.session, at: Self.now, lang: .id)
        }
        #expect(throws: AulaError(id: "Tidak ada acara sebelumnya.", en: "There is no earlier item.")) {
            try AgendaOperations.back(in: Self.session, lang: .id)
        }
        #expect(throws: AulaError.self) { try AgendaOperations.start(number: 3, in: Self.session, at: Self.now, lang: .id) }
        var later = Self.session
        later.agenda[1].actualStart = "2020-03-27T09:15:00+08:00"
        #expect(try AgendaOperations.back(in: later, lang: .id)
                == Outcome([.agenda(id: "i2", fields: [.start: "", .end: ""]), .agenda(id: "i1", fields: [.end: ""])],
                           message: "Kembali ke: 1. Pembukaan"))
        #expect(throws: AulaError(id: "Semua acara sudah dimulai.", en: "Every agenda item has already started.")) {
            try AgendaOperations.startNext(in: later, at: Self.now, lang: .id)
        }
    }

    @Test func addingAnItemCleansAndChecksWhatWasTyped() throws {
        #expect(try AgendaOperations.add(id: "i3", title: " Penutup\u{1B}[2J ", plannedStart: "11.30", minutes: 15,
                                         in: Self.session, lang: .id)
                == Outcome([.agenda(id: "i3", fields: [.title: "Penutup", .plannedStart: "11:30", .minutes: "15"])],
                           message: "Acara ditambahkan: 3. Penutup"))
        #expect(throws: AulaError.self) { try AgendaOperations.add(id: "x", title: "  ", in: Self.session, lang: .id) }
        #expect(throws: AulaError.self) { try AgendaOperations.add(id: "x", title: "A", plannedStart: "25:00", in: Self.session, lang: .id) }
        #expect(throws: AulaError.self) { try AgendaOperations.add(id: "x", title: "A", minutes: 0, in: Self.session, lang: .id) }
    }

    @Test func undoNamesWhatItTakesBack() throws {
        let last = Event(id: "e9", desk: "meja1", seq: 9, at: "2020-03-27T09:10:00+08:00", change: checkIn("s1", .izin))
        #expect(try UndoOperation.undo(last, desk: "meja1", in: Self.session, lang: .id)
                == Outcome([.undo(target: "e9")], message: "Dibatalkan: izin: Kepala Desa Tohe"))
        #expect(throws: AulaError(id: "Tidak ada perubahan dari meja meja1 yang bisa dibatalkan.",
                                  en: "Desk meja1 has no change left to undo.")) {
            try UndoOperation.undo(nil, desk: "meja1", in: Self.session, lang: .id)
        }
    }

    @Test func aQuestionNamesWhoAskedByNameAndSeat() throws {
        let asker = Self.session.attendees[0]
        #expect(try QuestionOperation.ask(id: "q1", item: "i1", asker: .seat(asker), text: "Dana Desa?\r\n", answer: "Boleh", lang: .id)
                == Outcome([.question(id: "q1", item: "i1", askerId: "s1", asker: "Yohanes Bau (Kepala Desa Tohe)",
                                      text: "Dana Desa?", answer: "Boleh")],
                           message: "Pertanyaan dari Yohanes Bau (Kepala Desa Tohe) dicatat."))
        #expect(throws: AulaError.self) { try QuestionOperation.ask(id: "q", item: "i1", asker: .seat(asker), text: " ", answer: "", lang: .id) }
    }

    @Test func aQuestionFromAStandInOrFromAnyoneIsTheirs() throws {
        var seat = Self.session.attendees[0]
        seat.attendance = Attendance(status: .diwakili, standIn: "Antonius Mau", standInJabatan: "Sekdes",
                                     time: "2020-03-27T08:41:00+08:00", desk: "meja1")
        let fromStandIn = try QuestionOperation.ask(id: "q2", item: "i1", asker: .seat(seat), text: "Kapan?", answer: "", lang: .id)
        #expect(fromStandIn.message == "Pertanyaan dari Antonius Mau (mewakili Kepala Desa Tohe) dicatat.")
        let fromAnyone = try QuestionOperation.ask(id: "q3", item: "i1", asker: .named("Maria Bete, warga Desa Tohe"), text: "Siapa?",
                                                   answer: "", lang: .id)
        #expect(fromAnyone.changes == [.question(id: "q3", item: "i1", askerId: "", asker: "Maria Bete, warga Desa Tohe",
                                                 text: "Siapa?", answer: "")])
        #expect(throws: AulaError.self) { try QuestionOperation.ask(id: "q", item: "i1", asker: .named(" "), text: "x", answer: "", lang: .id) }
    }

    @Test func clockTextAndTheTimer() {
        #expect(ClockText.hoursMinutes(9, 5) == "09:05")
        #expect(ClockTime("9.5") == nil && ClockTime("9.05")?.text == "09:05" && ClockTime("24:00") == nil)
        #expect(ClockText.minutesSeconds(125) == "02:05" && ClockText.minutesSeconds(6000) == "100:00")
        #expect(ClockText.hoursMinutes(Self.now, Self.session.clock) == "09:14")
        let item = Self.session.agenda[0]
        let seconds: [Double] = [0, 779, 780, 900, 901]  // since 09:00: 12:59, 13:00, 15:00, 15:01
        let phases: [AgendaTimer.Phase?] = seconds.map { AgendaTimer(item, now: Date(timeIntervalSince1970: 1_585_270_800 + $0))?.phase }
        #expect(phases == [.running, .running, .ending, .ending, .over])
        #expect(AgendaTimer(Self.session.agenda[1], now: Self.now) == nil)
    }
}

/// Marking a seat at the door, the same from the command line and the app.
@Suite struct CheckInOperationTests {
    @Test func aStandInAStatedTimeAndANameToFillIn() throws {
        let session = OperationsTests.session
        var seat = session.attendees[0]
        seat.name = ""
        let outcome = try CheckInOperation.mark(seat, .init(.diwakili, standIn: "Maria\u{202E} Bete", standInJabatan: "Sekdes",
                                                            name: "Yohanes Bau", at: "08:52"),
                                                in: session, now: OperationsTests.now, lang: .id)
        #expect(outcome == Outcome([.attendee(id: "s1", fields: [.name: "Yohanes Bau"], invited: nil),
                                    .checkIn(attendee: "s1", status: .diwakili, standIn: "Maria Bete", standInJabatan: "Sekdes",
                                             time: "2020-03-27T08:52:00+08:00")],
                                   message: "1. Yohanes Bau — Kepala Desa Tohe: diwakili oleh Maria Bete 08:52 WITA"))
        let cleared = try CheckInOperation.mark(session.attendees[0], .init(.belumHadir), in: session, now: OperationsTests.now,
                                                lang: .en)
        #expect(cleared.message == "1. Yohanes Bau — Kepala Desa Tohe: not yet")
        #expect(throws: AulaError.self) {
            try CheckInOperation.mark(seat, .init(.diwakili), in: session, now: OperationsTests.now, lang: .id)
        }
        #expect(throws: AulaError.self) {
            try CheckInOperation.mark(seat, .init(.hadir, standIn: "X"), in: session, now: OperationsTests.now, lang: .id)
        }
    }
}

/// Editing a seat and filling in its name: what changes, what is refused.
@Suite struct SeatOperationTests {
    let seat = Attendee(id: "d1", row: 3, jabatan: "Kepala Desa", unit: "Desa Tohe", kecamatan: "Raihat", name: "",
                        phone: "", kode: "", invited: true, attendance: nil)

    @Test func onlyWhatDiffersIsWrittenAndANIPIsChecked() throws {
        let outcome = try SeatOperation.edit(seat, to: [.name: "Yohanes Bau", .jabatan: "Kepala Desa", .nip: "198503302010011002"],
                                             lang: .id)
        #expect(outcome == Outcome([.attendee(id: "d1", fields: [.name: "Yohanes Bau", .nip: "198503302010011002"], invited: nil)],
                                   message: "Baris 3 diubah."))
        #expect(try SeatOperation.edit(seat, to: [.jabatan: "Kepala Desa"], lang: .id) == nil)
        #expect(throws: AulaError.self) { try SeatOperation.edit(seat, to: [.nip: "1985"], lang: .id) }
        #expect(throws: AulaError(id: "Isi nama atau jabatan.", en: "Fill in a name or a position.")) {
            try SeatOperation.edit(seat, to: [.jabatan: ""], lang: .id)
        }
    }

    @Test func aNameIsFilledInCleaned() {
        #expect(SeatOperation.name(seat, " Yohanes\u{1B}[2J Bau ", lang: .id)
                == Outcome([.attendee(id: "d1", fields: [.name: "Yohanes Bau"], invited: nil)],
                           message: "Nama dicatat: Kepala Desa Tohe — Yohanes Bau"))
        #expect(SeatOperation.name(seat, "  ", lang: .id) == nil)
    }
}
