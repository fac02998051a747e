import Testing
@testable import AulaCore

@Suite struct AttendanceSummaryTests {
    static func seat(_ id: String, _ kecamatan: String, _ status: AttendanceStatus?, invited: Bool = true) -> Attendee {
        Attendee(id: id, row: 0, jabatan: "Kepala Desa", unit: "Desa " + id, kecamatan: kecamatan, name: "", phone: "",
                 kode: "", invited: invited,
                 attendance: status.map { Attendance(status: $0, standIn: "", standInJabatan: "", time: "", desk: "a") })
    }

    @Test func countsByStatusAndByKecamatanInRosterOrder() {
        var session = Session()
        session.attendees = [Self.seat("a", "Raihat", .hadir), Self.seat("b", "Raihat", .diwakili),
                             Self.seat("c", "Tasifeto Timur", .izin), Self.seat("d", "Raihat", nil),
                             Self.seat("e", "", .hadir, invited: false), Self.seat("f", "Tasifeto Timur", .dinasLuar)]
        let summary = AttendanceSummary(session)
        #expect(summary.all.total == 6 && summary.all.invited == 5)
        #expect(summary.all.present == 3 && summary.all.excused == 2 && summary.all[.belumHadir] == 1)
        #expect(summary.byKecamatan.map(\.kecamatan) == ["Raihat", "Tasifeto Timur", ""])
        #expect(summary.byKecamatan.map(\.counts.total) == [3, 2, 1])
        #expect(summary.byKecamatan[0].counts.present == 2 && summary.byKecamatan[0].counts[.belumHadir] == 1)
        // The app's quick count of a whole roster gives the same totals.
        #expect(AttendanceSummary.Counts(of: session.attendees) == summary.all)
    }

    @Test func ordinalsFollowAllCases() {
        #expect(AttendanceStatus.allCases.map(\.ordinal) == Array(0..<AttendanceStatus.allCases.count))
    }
}
