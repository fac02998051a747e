import Testing
@testable import AulaCore

@Suite struct ChangeFieldsTests {
    @Test func comparesLikeADictionary() {
        let a: ChangeFields<Change.AttendeeField> = [.name: "Agnes", .jabatan: "Camat"]
        let b: ChangeFields<Change.AttendeeField> = [.jabatan: "Camat", .name: "Agnes"]
        #expect(a == b)
        #expect(a != [.name: "Agnes"])
        #expect(a != [.name: "Agnes", .jabatan: "Lurah"])
    }

    @Test func setsReplacesAndRemoves() {
        var fields: ChangeFields<Change.AgendaField> = [.title: "Pembukaan"]
        fields[.minutes] = "10"
        fields[.title] = "Sambutan"
        #expect(fields.keys == [.title, .minutes])
        #expect(fields[.title] == "Sambutan")
        fields[.title] = nil
        #expect(fields.keys == [.minutes])
        #expect(fields.filter { $0.value != "10" }.isEmpty)
        #expect(Array(fields).map(\.value) == ["10"])
    }

    @Test func sessionFieldsAreNamedInIndonesianOrEnglish() {
        #expect(Change.SessionField(argument: "kertas") == .paperSize)
        #expect(Change.SessionField(argument: "Paper") == .paperSize)
        #expect(Change.SessionField(argument: "paperSize") == .paperSize)
        #expect(Change.SessionField(argument: "tindak-lanjut") == .followUp)
        #expect(Change.SessionField(argument: "follow-up") == .followUp)
        #expect(Change.SessionField(argument: "chair-nip") == .chairNip)
        #expect(Change.SessionField(argument: "zone") == .timeZone)
        #expect(Change.SessionField(argument: "kertass") == nil)
    }
}
