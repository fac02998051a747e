import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The secretariat sets the money from the Dokumen tab: `r` opens a form that writes what `aula pay rate` writes.
@Suite struct RateFormTests {
    func clear(_ fixture: Fixture, _ state: inout AppState, _ count: Int) {
        fixture.type(&state, Array(repeating: .backspace, count: count))
    }

    @Test func aRateForAJabatanAndAnHonorariumFromTheDokumenTab() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.dokumen))
        fixture.type(&state, [.char("r")])
        #expect(state.form?.purpose == .rate && state.form?.focus == 1)
        #expect(state.form?.note == "Jenis: transport, uang-saku, honor, moderator, pembawa-acara, panitia. Untuk: jabatan atau peserta; "
                + "honor: no. acara lalu nama; moderator, pembawa-acara, panitia: nama.")
        fixture.type(&state, "kepala desa")
        fixture.type(&state, [.down])
        fixture.type(&state, "Rp150.000")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        #expect(fixture.events.last?.change == .rate(PaymentRate(kind: .transport, target: .jabatan("kepala desa"), amount: 150_000)))
        #expect(state.message == "Tarif transport untuk jabatan kepala desa: Rp150.000 per orang (4 kursi)")
        #expect(state.money?.lines == ["Uang: transport Rp0 (0)"])

        // An honorarium: for item 2, two hours, golongan IV/b; a wrong amount is refused in the form first.
        fixture.type(&state, [.char("r"), .up])
        clear(fixture, &state, 9)
        fixture.type(&state, "honor")
        fixture.type(&state, [.down])
        fixture.type(&state, "2")
        fixture.type(&state, [.down])
        fixture.type(&state, "sembilan ratus")
        fixture.type(&state, [.enter])
        #expect(state.form?.error == "Jumlah: rupiah utuh, misalnya 150.000.")
        clear(fixture, &state, 14)
        fixture.type(&state, "900.000")
        fixture.type(&state, [.down])
        clear(fixture, &state, 1)
        fixture.type(&state, "2")
        fixture.type(&state, [.down])
        fixture.type(&state, "IV/b")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        #expect(fixture.events.last?.change == .rate(PaymentRate(kind: .honor, target: .item("i2"), amount: 900_000, hours: 2,
                                                                 golongan: "IV/b")))
        #expect(state.money?.lines == ["Uang: transport Rp0 (0) · honor Rp1.530.000 (1)"])
    }

    @Test func aModeratorAddedAndPaidFromTheDokumenTab() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.dokumen))
        // o: one of the session's people, with the data the SPJ needs.
        fixture.type(&state, [.char("o")])
        #expect(state.form?.purpose == .person && state.form?.focus == 1 && state.form?.fields[0].text == "narasumber")
        fixture.type(&state, [.up])
        clear(fixture, &state, 10)
        fixture.type(&state, "moderator")
        fixture.type(&state, [.down])
        fixture.type(&state, "Maria Luruk, S.Sos.")
        fixture.type(&state, [.down])
        fixture.type(&state, "non-pns")
        for _ in 0..<5 { fixture.type(&state, [.down]) }
        fixture.type(&state, "12.345.678.9-012.00")  // one digit short
        fixture.type(&state, [.enter])
        #expect(state.form?.error == "NPWP terdiri atas 15 atau 16 angka (boleh dengan titik dan tanda hubung); '12.345.678.9-012.00' bukan.")
        fixture.type(&state, "0")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        let maria = try? #require(state.session.people.first)
        #expect(maria?.role == .moderator && maria?.status == .nonPNS && maria?.npwp == "12.345.678.9-012.000")
        #expect(state.message == "Ditambahkan: moderator Maria Luruk, S.Sos.")

        // r: her honorarium per occasion, by her name.
        fixture.type(&state, [.char("r"), .up])
        clear(fixture, &state, 9)
        fixture.type(&state, "moderator")
        fixture.type(&state, [.down])
        fixture.type(&state, "luruk")
        fixture.type(&state, [.down])
        fixture.type(&state, "700.000")
        fixture.type(&state, [.enter])
        #expect(state.form == nil)
        #expect(fixture.events.last?.change == .rate(PaymentRate(kind: .moderator, target: .person(maria?.id ?? ""), amount: 700_000)))
        #expect(state.message == "Tarif moderator untuk Maria Luruk, S.Sos.: Rp700.000 per kali x 1 kali")
        #expect(state.money?.lines == ["Uang: moderator Rp682.500 (1)"])
    }

    @Test func whomATypedRateIsFor() {
        let session = Fixture().session
        #expect(PaymentOperation.Whom.typed("Camat", for: .transport, in: session) == .jabatan("Camat"))
        #expect(PaymentOperation.Whom.typed("tohe", for: .uangSaku, in: session) == .seat("tohe"))
        #expect(PaymentOperation.Whom.typed("3", for: .honor, in: session) == .item(3))
        #expect(PaymentOperation.Whom.typed("Materi", for: .honor, in: session) == nil)
        #expect(PaymentOperation.Whom.typed("  ", for: .transport, in: session) == nil)
    }

    @Test func aWordWhereANumberGoesIsRefusedByTheOperationsOwnWords() {
        let fixture = Fixture()
        var state = fixture.state()
        fixture.send(&state, .selectTab(.dokumen))
        fixture.type(&state, [.char("r")])
        fixture.type(&state, "Camat")
        fixture.type(&state, [.down])
        fixture.type(&state, "100.000")
        fixture.type(&state, [.down, .backspace])
        fixture.type(&state, "dua")
        fixture.type(&state, [.enter])
        #expect(state.form?.error == "Jam: 1 sampai 100.")
        fixture.send(&state, .cancel)
        fixture.send(&state, .selectTab(.acara))
        fixture.type(&state, [.char("a")])
        fixture.type(&state, "Penutup")
        fixture.type(&state, [.down, .down, .down])
        fixture.type(&state, "lama")
        fixture.type(&state, [.enter])
        #expect(state.form?.error == "Menit: angka 1–1440.")
    }
}
