import Testing
@testable import AulaCore

@Suite struct SeatNameTests {
    func seat(_ jabatan: String, _ unit: String) -> String {
        Attendee(id: "x", row: 1, jabatan: jabatan, unit: unit, kecamatan: "", name: "", phone: "", kode: "", invited: true,
                 attendance: nil).seatName
    }

    @Test func theUnitsKindIsSaidOnce() {
        #expect(seat("Kepala Desa", "Desa Tohe") == "Kepala Desa Tohe")
        #expect(seat("Kepala Dinas", "Dinas Komunikasi dan Informatika") == "Kepala Dinas Komunikasi dan Informatika")
        #expect(seat("Ketua TP PKK Desa", "TP PKK Desa Kewar") == "Ketua TP PKK Desa Kewar")
        #expect(seat("Camat", "Kecamatan Raihat") == "Camat Raihat")
        #expect(seat("Sekretaris", "Dinas Kominfo") == "Sekretaris Dinas Kominfo")
        #expect(seat("Kepala Dinas", "Dinas") == "Kepala Dinas Dinas")  // a unit of one word stays whole
        #expect(seat("Wartawan", "") == "Wartawan")
    }
}
