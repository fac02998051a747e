import Testing
@testable import AulaCore

/// Events written by hand: desk, seq and time say where they fall in the merged log.
func event(_ id: String, _ desk: String, _ seq: Int, _ at: String, _ change: Change) -> Event {
    Event(id: id, desk: desk, seq: seq, at: "2020-03-27T\(at)+08:00", change: change)
}

func seat(_ id: String, unit: String, name: String = "") -> Change {
    .attendee(id: id, fields: [.jabatan: "Kepala Desa", .unit: unit, .kecamatan: "Raihat", .name: name], invited: true)
}

func checkIn(_ id: String, _ status: AttendanceStatus = .hadir, by: String = "") -> Change {
    .checkIn(attendee: id, status: status, standIn: by, standInJabatan: "", time: "")
}

@Suite struct FoldTests {
    @Test func mergesDesksByTimeThenDeskId() {
        let a = [event("a1", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe")),
                 event("a2", "a", 2, "09:05:00", checkIn("s1", .izin))]
        let b = [event("b1", "b", 1, "09:05:00", checkIn("s1", .hadir)),
                 event("b2", "b", 2, "09:01:00", seat("s2", unit: "Desa Aitoun"))]
        let merged = EventOrder.merge([b, a]).map(\.id)
        // a1 (09:00) first; then b's head is 09:05 vs a2 09:05: tie goes to desk "a"; b keeps its own order.
        #expect(merged == ["a1", "a2", "b1", "b2"])
        let session = Fold.session(desks: [b, a])
        #expect(session.attendees.map(\.id) == ["s1", "s2"])
        #expect(session.attendees[0].status == .hadir)
        #expect(session.attendees[0].attendance?.desk == "b")
    }

    @Test func walkInsKeepTheNumberTheirDeskGaveWhateverTheirTime() throws {
        // Desk b's clock is hours behind: its walk-in sorts before the roster, and keeps the number b gave it.
        let added = try WalkIn.add(id: "w1", WalkIn.Details(name: "Antonius Mau", jabatan: "Tokoh Masyarakat"), desk: "b",
                                   in: Session())
        let number = 300_000 + WalkInNumber.block(of: "b") * 1000 + 1
        #expect(added.seat.row == number && added.change == .attendee(id: "w1", fields: [
            .number: String(number), .name: "Antonius Mau", .jabatan: "Tokoh Masyarakat"], invited: false))
        let b = [event("b1", "b", 1, "05:00:00", added.change), event("b2", "b", 2, "05:00:01", checkIn("w1")),
                 event("b3", "b", 3, "10:00:00", checkIn("w1", .izin))]
        let a = [event("a1", "a", 1, "08:00:00", seat("s1", unit: "Desa Tohe")),
                 event("a2", "a", 2, "08:00:00", seat("s2", unit: "Desa Sadi")),
                 event("a3", "a", 3, "09:30:00", seat("s3", unit: "Desa Silawan")),
                 event("a4", "a", 4, "10:01:00", checkIn("s3"))]
        let session = Fold.session(desks: [a, b])
        #expect(session.attendees.map(\.id) == ["s1", "s2", "s3", "w1"])
        #expect(session.attendees.map(\.row) == [1, 2, 3, number])
        #expect(session.attendees.map(\.status) == [.belumHadir, .belumHadir, .hadir, .izin])
        #expect(session.attendees[3].name == "Antonius Mau")
        // Applied one by one (the way a running desk takes them in), the rows and the lookup by id are the same.
        var state = Fold.State()
        for event in EventOrder.merge([a, b]) { state.add(event) }
        #expect(state.current == session)
        #expect(state.current.attendee(id: "w1")?.row == number)
        #expect(throws: AulaError.self) {
            try WalkIn.add(id: "w2", WalkIn.Details(name: " ", jabatan: "\u{1B}[2J"), desk: "b", in: Session())
        }
    }

    @Test func walkInsOfTwoLaptopsKeepTheirNumbersAndCodesThroughSyncAndImport() throws {
        let roster = [event("a1", "a", 1, "08:00:00", seat("s1", unit: "Desa Tohe")),
                      event("a2", "a", 2, "08:00:01", seat("s2", unit: "Desa Sadi"))]
        let start = Fold.session(desks: [roster])
        // Each laptop adds a walk-in before they sync; b's clock is five hours slow.
        let atA = try WalkIn.add(id: "wa", WalkIn.Details(name: "Maria", jabatan: "Guru"), desk: "meja-a", in: start)
        let atB = try WalkIn.add(id: "wb", WalkIn.Details(name: "Yosef", jabatan: "Petani"), desk: "meja-b", in: start)
        #expect(atA.seat.row != atB.seat.row)
        let codeA = CheckInCode(session: start, row: atA.seat.row).text, codeB = CheckInCode(session: start, row: atB.seat.row).text
        let a = roster + [event("a3", "a", 3, "09:00:00", atA.change)]
        let b = [event("b1", "b", 1, "04:00:00", atB.change)]
        // An invited seat imported after both.
        let later = [event("a4", "a", 4, "09:30:00", seat("s3", unit: "Desa Silawan"))]
        let merged = Fold.session(desks: [a + later, b])
        #expect(merged.attendee(id: "wa")?.row == atA.seat.row && merged.attendee(id: "wb")?.row == atB.seat.row)
        #expect(merged.attendee(id: "s3")?.row == 3)
        #expect(try CheckInCode.seat(codeA, in: merged)?.id == "wa")
        #expect(try CheckInCode.seat(codeB, in: merged)?.id == "wb")
        // The next walk-in at a takes the number after its own, not one of b's.
        let next = try WalkIn.add(id: "wc", WalkIn.Details(name: "Paulus", jabatan: "Guru"), desk: "meja-a", in: merged)
        #expect(next.seat.row == atA.seat.row + 1)
    }

    @Test func aNumberTwoDesksBothGaveNamesNobodyByCode() throws {
        // Two walk-ins with one number (desks whose blocks met, adding walk-ins before they ever synced).
        let a = try WalkIn.add(id: "wa", WalkIn.Details(name: "Maria", jabatan: "Guru"), desk: "meja-a", in: Session())
        guard case .attendee(_, var fields, let invited) = a.change else { return }
        fields[.name] = "Yosef"
        let b = Change.attendee(id: "wb", fields: fields, invited: invited)
        let session = Fold.session(desks: [[event("a1", "a", 1, "09:00:00", a.change)], [event("b1", "b", 1, "09:00:01", b)]])
        let code = CheckInCode(session: session, row: a.seat.row).text
        #expect(throws: AulaError.self) { try CheckInCode.seat(code, in: session) }
    }

    @Test func anUndoneWalkInsNumberIsNeverGivenAgain() throws {
        let first = try WalkIn.add(id: "w1", WalkIn.Details(name: "Maria", jabatan: "Guru"), desk: "a", in: Session())
        let events = [event("a1", "a", 1, "09:00:00", first.change), event("a2", "a", 2, "09:01:00", .undo(target: "a1"))]
        let session = Fold.session(desks: [events])
        #expect(session.attendees.isEmpty && session.retiredNumbers == [first.seat.row])
        let second = try WalkIn.add(id: "w2", WalkIn.Details(name: "Yosef", jabatan: "Petani"), desk: "a", in: session)
        #expect(second.seat.row == first.seat.row + 1)
        // The printed code of the undone walk-in names nobody now.
        let code = CheckInCode(session: session, row: first.seat.row).text
        #expect(throws: AulaError.self) { try CheckInCode.seat(code, in: Fold.session(desks: [events + [event("a3", "a", 3, "09:02:00", second.change)]])) }
    }

    @Test func offsetsAreComparedAsInstants() {
        // 09:30 WITA is 08:30 WIB: a WIB desk's 08:40 comes after it although its text sorts first.
        let wita = [Event(id: "x", desk: "a", seq: 1, at: "2020-03-27T09:30:00+08:00", change: checkIn("s1", .izin))]
        let wib = [Event(id: "y", desk: "b", seq: 1, at: "2020-03-27T08:40:00+07:00", change: checkIn("s1", .hadir))]
        #expect(EventOrder.merge([wita, wib]).map(\.id) == ["x", "y"])
        let wibEarlier = [Event(id: "y", desk: "b", seq: 1, at: "2020-03-27T08:10:00+07:00", change: checkIn("s1", .hadir))]
        #expect(EventOrder.merge([wita, wibEarlier]).map(\.id) == ["y", "x"])
    }

    @Test func sameEventIdCountsOnce() {
        let e = event("dup", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe"))
        let copy = Event(id: "dup", desk: "c", seq: 1, at: e.at, change: e.change)
        let session = Fold.session(desks: [[e], [copy], [e]])
        #expect(session.attendees.count == 1)
        #expect(EventOrder.merge([[e], [copy]]).count == 1)
    }

    @Test func theSameCheckInAtTwoDesksCountsOnceAtTheEarlierTime() {
        let seatEvent = event("s", "a", 1, "08:00:00", seat("s1", unit: "Desa Tohe"))
        let atA = event("a2", "a", 2, "09:00:00", checkIn("s1"))
        let atB = event("b1", "b", 1, "09:00:30", checkIn("s1"))
        let s = Fold.session(desks: [[seatEvent, atA], [atB]])
        #expect(s.attendees[0].attendance?.time == "2020-03-27T09:00:00+08:00")
        #expect(s.attendees[0].attendance?.desk == "a")
        #expect(EventOrder.merge([[seatEvent, atA], [atB]]).count == 3)  // both events stay in the log
        // A later clear at desk b follows the later event.
        let clearAtB = event("b2", "b", 2, "09:05:00", checkIn("s1", .belumHadir))
        #expect(Fold.session(desks: [[seatEvent, atA], [atB, clearAtB]]).attendees[0].status == .belumHadir)
        // A later hadir after that clear counts again, at its own time.
        let againAtA = event("a3", "a", 3, "09:10:00", checkIn("s1"))
        #expect(Fold.session(desks: [[seatEvent, atA, againAtA], [atB, clearAtB]]).attendees[0].attendance?.time
                == "2020-03-27T09:10:00+08:00")
    }

    @Test func laterEventWinsEachField() {
        let events = [
            event("1", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe", name: "Yohanes")),
            event("2", "a", 2, "09:01:00", .attendee(id: "s1", fields: [.phone: "0812"], invited: nil)),
            event("3", "a", 3, "09:02:00", .attendee(id: "s1", fields: [.name: "Yohanes Bau"], invited: false)),
            event("4", "a", 4, "09:03:00", .session([.title: "A", .venue: "Aula"])),
            event("5", "a", 5, "09:04:00", .session([.title: "B"])),
        ]
        let s = Fold.session(from: events)
        #expect(s.attendees[0] == Attendee(id: "s1", row: 1, jabatan: "Kepala Desa", unit: "Desa Tohe", kecamatan: "Raihat",
                                           name: "Yohanes Bau", phone: "0812", kode: "", invited: true, attendance: nil))
        #expect(s.title == "B")
        #expect(s.venue == "Aula")
    }

    @Test func undoRestoresWhatCameBefore() {
        let events = [
            event("1", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe")),
            event("2", "a", 2, "09:01:00", checkIn("s1", .izin)),
            event("3", "a", 3, "09:02:00", checkIn("s1", .diwakili, by: "Sekdes")),
            event("4", "a", 4, "09:03:00", .undo(target: "3")),
        ]
        let s = Fold.session(from: events)
        #expect(s.attendees[0].attendance == Attendance(status: .izin, standIn: "", standInJabatan: "",
                                                        time: "2020-03-27T09:01:00+08:00", desk: "a"))
    }

    @Test func clearingAStatusEmptiesTheSeat() {
        let s = Fold.session(from: [
            event("1", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe")),
            event("2", "a", 2, "09:01:00", checkIn("s1")),
            event("3", "a", 3, "09:02:00", checkIn("s1", .belumHadir)),
        ])
        #expect(s.attendees[0].attendance == nil)
        #expect(s.attendees[0].status == .belumHadir)
    }

    @Test func statedTimeIsKeptApartFromRecordingTime() {
        let s = Fold.session(from: [
            event("1", "a", 1, "09:00:00", seat("s1", unit: "Desa Tohe")),
            event("2", "a", 2, "11:00:00", .checkIn(attendee: "s1", status: .hadir, standIn: "", standInJabatan: "",
                                                    time: "2020-03-27T08:55:00+08:00")),
        ])
        #expect(s.attendees[0].attendance?.time == "2020-03-27T08:55:00+08:00")
    }

    @Test func aCheckInReadBeforeItsSeatWaitsForIt() {
        // Desk "a" sorts before "panitia": in the same second its check-in comes first in log order.
        let seatAtPanitia = event("p1", "panitia", 1, "09:00:00", seat("s1", unit: "Desa Tohe"))
        let checkInAtA = event("a1", "a", 1, "09:00:00", checkIn("s1"))
        #expect(EventOrder.merge([[seatAtPanitia], [checkInAtA]]).map(\.id) == ["a1", "p1"])
        #expect(Fold.session(desks: [[seatAtPanitia], [checkInAtA]]).attendees[0].status == .hadir)
    }

    @Test func checkInOfUnknownSeatIsIgnored() {
        let s = Fold.session(from: [event("1", "a", 1, "09:00:00", checkIn("nobody"))])
        #expect(s.attendees.isEmpty)
    }

    @Test func agendaStartAndEnd() {
        let s = Fold.session(from: [
            event("1", "a", 1, "08:00:00", .agenda(id: "i1", fields: [.title: "Pembukaan", .minutes: "15", .plannedStart: "09:00"])),
            event("2", "a", 2, "09:02:00", .agenda(id: "i1", fields: [.start: "2020-03-27T09:02:00+08:00"])),
        ])
        #expect(s.runningItem?.id == "i1")
        #expect(s.agenda[0].minutes == 15)
        let ended = Fold.session(from: [
            event("1", "a", 1, "08:00:00", .agenda(id: "i1", fields: [.title: "Pembukaan"])),
            event("2", "a", 2, "09:02:00", .agenda(id: "i1", fields: [.start: "2020-03-27T09:02:00+08:00"])),
            event("3", "a", 3, "09:20:00", .agenda(id: "i1", fields: [.end: "2020-03-27T09:20:00+08:00"])),
        ])
        #expect(ended.runningItem == nil)
        #expect(ended.agenda[0].actualEnd == "2020-03-27T09:20:00+08:00")
    }

    @Test func eventLinesRoundTrip() throws {
        let changes: [Change] = [
            .session([.title: "KIM", .timeZone: "Asia/Makassar"]),
            seat("s1", unit: "Desa Fatuba'a"),
            .checkIn(attendee: "s1", status: .dinasLuar, standIn: "", standInJabatan: "", time: "2020-03-27T08:55:00+08:00"),
            .agenda(id: "i1", fields: [.title: "Tanya jawab", .minutes: "45"]),
            .material(Material(sha256: "ab", item: "i1", title: "Paparan", fileName: "kim.pdf", storedPath: "materials/ab.pdf", size: 10)),
            .note(id: "n1", item: "i1", text: "baris 1\nbaris 2"),
            .question(id: "q1", item: "i1", askerId: "s1", asker: "Kepala Desa", text: "Anggaran?", answer: "Dana Desa"),
            .undo(target: "x"),
        ]
        for (i, change) in changes.enumerated() {
            let e = Event(id: "id\(i)", desk: "meja-1", seq: i + 1, at: "2020-03-27T09:00:00+08:00", change: change)
            #expect(try Event(fields: FlatJSON.parse(e.line)) == e)
        }
    }

    @Test func eventHeaderIsChecked() {
        #expect(throws: EventFormatError("log version 2 is newer than this aula understands (1); update aula")) {
            try Event(fields: FlatJSON.parse(#"{"v":2,"id":"x","desk":"a","seq":1,"at":"2020-03-27T09:00:00+08:00","type":"undo","target":"y"}"#))
        }
        #expect(throws: EventFormatError("checkIn event without \"attendee\"")) {
            try Event(fields: FlatJSON.parse(#"{"v":1,"id":"x","desk":"a","seq":1,"at":"2020-03-27T09:00:00+08:00","type":"checkIn","status":"hadir"}"#))
        }
        #expect(throws: EventFormatError("missing or bad \"at\" (ISO 8601 time with offset)")) {
            try Event(fields: FlatJSON.parse(#"{"v":1,"id":"x","desk":"a","seq":1,"at":"kemarin","type":"undo","target":"y"}"#))
        }
    }
}
