import Testing
@testable import AulaCore

/// An office's named list imported onto seats built from the Kemendagri codes.
@Suite struct RosterFillTests {
    let seats = [
        RosterImport.Entry([.jabatan: "Kepala Desa", .unit: "Desa Silawan", .kecamatan: "Tasifeto Timur", .kode: "53.04.02.2001"]),
        RosterImport.Entry([.jabatan: "Kepala Desa", .unit: "Desa Tohe", .kecamatan: "Raihat", .kode: "53.04.03.2002"]),
    ]

    func session(_ entries: [RosterImport.Entry]) -> Session {
        fold(RosterImport.plan(entries, into: Session()).changes)
    }

    func fold(_ changes: [Change]) -> Session {
        Fold.session(from: changes.enumerated().map { index, change in
            Event(id: "e\(index)", desk: "a", seq: index + 1, at: "2020-03-27T08:41:00+08:00", change: change)
        })
    }

    @Test func aNamedRowFillsTheOneEmptySeatOfItsOfficeKeepingTheSeatsSpelling() {
        let row = RosterImport.Entry([.name: "Simon Petrus Bere", .jabatan: "kepala desa", .unit: "Ds. Silawan", .phone: "081234567890"])
        let plan = RosterImport.plan([row], into: session(seats))
        #expect(plan.changes == [.attendee(id: seats[0].id, fields: [.name: "Simon Petrus Bere", .phone: "081234567890"], invited: nil)])
        #expect((plan.added, plan.updated, plan.unchanged) == (0, 1, 0))
        #expect(plan.possibleDuplicates.isEmpty)
    }

    @Test func twentyThousandRowsSharingOneJabatanWithNoUnitAreEachAddedOnce() {
        // Each row is matched against its office's seats by index, not by looking through every seat of the office
        // (which took nine minutes at this size).
        let rows = (1...20_000).map { RosterImport.Entry([.name: "Peserta \($0)", .jabatan: "Kepala Desa"]) }
        let plan = RosterImport.plan(rows, into: Session())
        #expect((plan.added, plan.updated, plan.unchanged) == (20_000, 0, 0))
        // Each after the first sits beside a seat of the same office held by someone else.
        #expect(plan.possibleDuplicates.count == 19_999)
        #expect(plan.possibleDuplicates.last == "Kepala Desa: Peserta 20000 — 0. Peserta 1")
        // The same rows again fill nothing twice.
        let again = RosterImport.plan(rows, into: session(rows))
        #expect((again.added, again.updated, again.unchanged) == (0, 0, 20_000))
    }

    @Test func theSameListAgainChangesNothing() {
        let row = RosterImport.Entry([.name: "Simon Petrus Bere", .jabatan: "Kepala Desa", .unit: "Silawan"])
        var events = RosterImport.plan(seats, into: Session()).changes
        events += RosterImport.plan([row], into: session(seats)).changes
        let filled = fold(events)
        let again = RosterImport.plan([row], into: filled)
        #expect(again.changes.isEmpty)
        #expect(again.unchanged == 1)
        #expect(filled.attendees.count == 2)
    }

    @Test func aSeatHeldBySomeoneElseIsNotOverwrittenAndTheRowIsNamed() {
        let yosef = RosterImport.Entry([.name: "Yosef Mau", .jabatan: "Kepala Desa", .unit: "Desa Silawan", .kode: "53.04.02.2001"])
        let held = fold(RosterImport.plan(seats, into: Session()).changes + RosterImport.plan([yosef], into: session(seats)).changes)
        let row = RosterImport.Entry([.name: "Simon Petrus Bere", .jabatan: "Kepala Desa", .unit: "Desa Silawan"])
        let plan = RosterImport.plan([row], into: held)
        #expect(plan.changes == [.attendee(id: row.id, fields: row.fields, invited: true)])
        #expect(plan.added == 1)
        #expect(plan.possibleDuplicates == ["Kepala Desa Silawan: Simon Petrus Bere — 1. Yosef Mau"])
    }

    @Test func twoEmptySeatsOfTheSameOfficeAreNotGuessedBetween() {
        let twins = [RosterImport.Entry([.jabatan: "Staf", .unit: "Dinas Kominfo", .kode: "x1"]),
                     RosterImport.Entry([.jabatan: "Staf", .unit: "Dinas Kominfo", .kode: "x2"])]
        let row = RosterImport.Entry([.name: "Agnes Dau", .jabatan: "Staf", .unit: "Dinas Kominfo"])
        let plan = RosterImport.plan([row], into: session(twins))
        #expect(plan.added == 1)
        #expect(plan.updated == 0)
    }

    @Test func checkInsMadeOnTheSeatStayWithIt() {
        let before = session(seats)
        let row = RosterImport.Entry([.name: "Simon Petrus Bere", .jabatan: "Kepala Desa", .unit: "Desa Silawan"])
        var events = RosterImport.plan(seats, into: Session()).changes
        events.append(.checkIn(attendee: seats[0].id, status: .hadir, standIn: "", standInJabatan: "", time: ""))
        events += RosterImport.plan([row], into: before).changes
        let after = fold(events)
        #expect(after.attendees.count == 2)
        #expect(after.attendees[0].name == "Simon Petrus Bere")
        #expect(after.attendees[0].status == .hadir)
    }

    @Test func anExportedSeatIdBringsACorrectedRowBackToItsSeat() {
        let filled = session(seats)
        let corrected = RosterImport.Entry([.name: "Simon P. Bere", .jabatan: "Kepala Desa", .unit: "Desa Silawan", .nip: "198503302010011002"],
                                           seat: seats[0].id)
        let plan = RosterImport.plan([corrected], into: filled)
        #expect(plan.changes == [.attendee(id: seats[0].id, fields: [.name: "Simon P. Bere", .nip: "198503302010011002"], invited: nil)])
    }

    @Test func rowIdsDoNotDependOnTheMoneyColumns() {
        // Ids of content rows were made before NIP, golongan and NPWP existed: they must stay the same.
        let row = RosterImport.Entry([.name: "Agnes Dau", .jabatan: "Staf"])
        let withNIP = RosterImport.Entry([.name: "Agnes Dau", .jabatan: "Staf", .nip: "198503302010011002"])
        #expect(row.id == withNIP.id)
        #expect(row.id == "rfce2078228b4a967")  // sha256("staf|||agnes dau||"), as before those columns
    }
}
