import Foundation
import AulaTestSupport
import Testing
@testable import AulaCore

@Suite struct MoneyTests {
    /// An independent reading of numbers in Indonesian, written differently (groups of three from the right, the
    /// "se-" forms patched afterwards), to check `Terbilang` against.
    static func reference(_ n: Int) -> String {
        if n == 0 { return "nol" }
        let ones = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
        func three(_ x: Int) -> [String] {
            var w: [String] = []
            if x >= 100 { w += [ones[x / 100], "ratus"] }
            let t = x % 100
            if t >= 20 { w += [ones[t / 10], "puluh"]; if t % 10 > 0 { w.append(ones[t % 10]) } }
            else if t >= 10 { w += t == 10 ? ["satu", "puluh"] : [ones[t - 10], "belas"] }
            else if t > 0 { w.append(ones[t]) }
            return w
        }
        let names = ["", "ribu", "juta", "miliar", "triliun"]
        var groups: [Int] = []
        var rest = n
        while rest > 0 { groups.append(rest % 1000); rest /= 1000 }
        var words: [String] = []
        for (i, g) in groups.enumerated().reversed() where g > 0 {
            words += three(g)
            if !names[i].isEmpty { words.append(names[i]) }
        }
        var text = words.joined(separator: " ")
        for (from, to) in [("satu ratus", "seratus"), ("satu puluh", "sepuluh"), ("satu belas", "sebelas")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        // "satu ribu" is seribu only where the thousands group is exactly one.
        if groups.count >= 2 && groups[1] == 1 {
            if let range = text.range(of: "satu ribu", options: .backwards) { text.replaceSubrange(range, with: "seribu") }
        }
        return text
    }

    @Test func terbilangSpotValues() {
        let spots: [(Int, String)] = [
            (0, "nol"), (11, "sebelas"), (100, "seratus"), (1_000, "seribu"), (1_001, "seribu satu"),
            (115_000, "seratus lima belas ribu"), (1_250_000, "satu juta dua ratus lima puluh ribu"),
            (2_000_000_000, "dua miliar"), (21_000, "dua puluh satu ribu"), (1_000_000, "satu juta"),
            (999_999_999_999, "sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                + "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
        ]
        for (n, words) in spots { #expect(Terbilang.words(n) == words, "\(n)") }
        #expect(Rupiah.words(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah")
        #expect(Rupiah.format(1_250_000) == "Rp1.250.000" && Rupiah.format(0) == "Rp0" && Rupiah.format(999) == "Rp999")
        #expect(Rupiah.parse("Rp1.250.000") == 1_250_000 && Rupiah.parse("12a") == nil)
    }

    @Test func terbilangAgreesWithAnIndependentReadingUpToATrillion() {
        var rng = SeededGenerator(seed: 17)
        var values = Array(0...2_100) + [10_000, 11_000, 100_000, 101_000, 1_000_000, 1_001_000, 1_000_001]
        for digits in 1...12 {
            let top = Int(pow(10.0, Double(digits))) - 1
            values += (0..<8_000).map { _ in Int.random(in: 0...top, using: &rng) }
        }
        for n in values { #expect(Terbilang.words(n) == Self.reference(n), "\(n)") }
    }

    @Test func golonganAndTaxRoundDown() {
        #expect(Golongan(text: "IV/b") == .iv)
        #expect(Golongan(text: "Penata Muda Tingkat I (III/b)") == .iii)
        #expect(Golongan(text: "gol. II") == .ii)
        #expect(Golongan(text: "V/a") == nil && Golongan(text: "") == nil)
        #expect(Golongan(text: "IV/z") == nil && Golongan(text: "III/e") == nil && Golongan(text: "IV/ab") == nil)
        #expect(Golongan(text: "IV/e") == .iv && Golongan(text: "ii/d") == .ii)
        #expect(Golongan.grade(in: "Pembina Utama Muda (IV/c)") == "IV/c" && Golongan.grade(in: "gol. III") == "III")
        #expect(Golongan.grade(in: "iii/C") == "III/c")
        let rules = TaxRules(date: "2020-03-27")
        #expect(rules.tax(1_800_001, .golongan(.iv)) == 270_000)      // 270,000.15 → 270,000
        #expect(rules.tax(999, .golongan(.iii)) == 49)                // 49.95 → 49
        #expect(rules.tax(700_000, .nonPNS) == 17_500)
        #expect(rules.tax(700_000, .nonPNS, hasNPWP: false) == 21_000)
        #expect(rules.tax(5_000_000, .golongan(.ii)) == 0)
        #expect(TaxRules.percent(250) == "2,5%" && TaxRules.percent(1500) == "15%" && TaxRules.percent(1) == "0,01%")
    }

    func session(_ extra: [Change] = [], desk: String = "a") -> Session {
        let base: [Change] = [
            .session([.title: "Sosialisasi KIM", .date: "2020-03-27", .start: "09:00", .timeZone: "Asia/Makassar"]),
            .attendee(id: "c1", fields: [.jabatan: "Camat", .unit: "Kecamatan Raihat", .name: "Yosefina Dahu"], invited: true),
            .attendee(id: "d1", fields: [.jabatan: "Kepala Desa", .unit: "Desa Tohe", .name: "Yohanes Bau"], invited: true),
            .attendee(id: "d2", fields: [.jabatan: "Kepala Desa", .unit: "Desa Sadi", .name: "Agnes Dau"], invited: true),
            .attendee(id: "d3", fields: [.jabatan: "Kepala Desa", .unit: "Desa Kewar", .name: "Wilhelmus Bau"], invited: true),
            .attendee(id: "d4", fields: [.jabatan: "Kepala Desa", .unit: "Desa Dirun"], invited: true),
            .attendee(id: "k1", fields: [.jabatan: "Kepala Dinas", .unit: "Dinas Kominfo", .name: "Drs. Johanes Prihatin",
                                         .golongan: "Pembina Utama Muda (IV/c)", .npwp: "12.345.678.9-012.000"], invited: true),
            .attendee(id: "w1", fields: [.jabatan: "Kepala Desa", .unit: "Desa Lain", .name: "Paulus Walk"], invited: false),
            .checkIn(attendee: "c1", status: .hadir, standIn: "", standInJabatan: "", time: ""),
            .checkIn(attendee: "d1", status: .diwakili, standIn: "Antonius Mau", standInJabatan: "Sekdes", time: ""),
            .checkIn(attendee: "d2", status: .izin, standIn: "", standInJabatan: "", time: ""),
            .checkIn(attendee: "d3", status: .hadir, standIn: "", standInJabatan: "", time: ""),
            .checkIn(attendee: "w1", status: .hadir, standIn: "", standInJabatan: "", time: ""),
            .agenda(id: "i1", fields: [.title: "Pembukaan", .speaker: "Johanes Prihatin, S.Sos"]),
            .agenda(id: "i2", fields: [.title: "Materi KIM", .speaker: "Dr. Maria Luruk"]),
        ]
        return Fold.session(from: (base + extra).enumerated().map { index, change in
            Event(id: "e\(index)", desk: desk, seq: index + 1, at: String(format: "2020-03-27T08:%02d:00+08:00", index), change: change)
        })
    }

    @Test func whoIsPaidForTransport() throws {
        let rates: [Change] = [
            .rate(PaymentRate(kind: .transport, target: .jabatan("kepala desa"), amount: 150_000)),
            .rate(PaymentRate(kind: .transport, target: .jabatan("Camat"), amount: 250_000)),
        ]
        let payments = PaymentRules.payments(.transport, in: session(rates), lang: .id)
        // Hadir paid, the stand-in a.n. the seat, izin and not-yet-arrived not, the walk-in not (no rate of its own).
        #expect(payments.map(\.payee) == ["Yosefina Dahu", "Antonius Mau", "Wilhelmus Bau"])
        #expect(payments.map(\.onBehalf) == [false, true, false])
        #expect(payments.map(\.seat) == ["Camat Raihat", "Kepala Desa Tohe", "Kepala Desa Kewar"])
        #expect(payments.map(\.bruto) == [250_000, 150_000, 150_000] && payments.allSatisfy { $0.tax == 0 })
        // A rate of its own pays the walk-in.
        let withWalkIn = PaymentRules.payments(.transport, in: session(rates + [.rate(PaymentRate(kind: .transport, target: .seat("w1"), amount: 100_000))]), lang: .id)
        #expect(withWalkIn.map(\.payee) == ["Yosefina Dahu", "Antonius Mau", "Wilhelmus Bau", "Paulus Walk"])
    }

    @Test func honorariaTaxedByGolongan() throws {
        let rates: [Change] = [
            .rate(PaymentRate(kind: .honor, target: .item("i1"), amount: 900_001, hours: 2)),
            .rate(PaymentRate(kind: .honor, target: .item("i2"), amount: 700_000)),
        ]
        let payments = PaymentRules.payments(.honor, in: session(rates), lang: .id)
        // The speaker found on the roster without gelar: IV/c, 15%; the outside speaker: bukan PNS, 2.5%.
        #expect(payments.map(\.golongan) == ["IV/c", "bukan PNS"])
        #expect(payments.map(\.bruto) == [1_800_002, 700_000])
        // The outside speaker has no NPWP: 20% more (2.5% x 1.2).
        #expect(payments.map(\.tax) == [270_000, 21_000])
        #expect(payments.map(\.netto) == [1_530_002, 679_000])
        #expect(payments[0].npwp == "12.345.678.9-012.000")
        // Each row says the rule its tax was taken by.
        #expect(payments.map(\.rule) == ["final 15%", "50% x 5%, tanpa NPWP +20%: 3%"])
        let rules = TaxRules(date: "2021-03-18")
        #expect(rules.applied(2_000_000, .nonPNS, hasNPWP: true, .id) == "50% x 5%: 2,5%")
        #expect(rules.applied(150_000_000, .nonPNS, hasNPWP: true, .id) == "50% x tarif Pasal 17")
        let override = session(rates + [.tax(group: "IV", basisPoints: 1000)])
        #expect(PaymentRules.payments(.honor, in: override, lang: .id).map(\.tax) == [180_000, 21_000])
    }

    @Test func theTaxRuleIsTheOneInForceOnTheSessionsDate() {
        let old = TaxRules(date: "2021-03-18"), new = TaxRules(date: "2025-05-20")
        // A PNS narasumber, IV/a, two hours at Rp900.000: final 15% in both years.
        for rules in [old, new] { #expect(rules.tax(1_800_000, .golongan(.iv)) == 270_000) }
        // A bukan pegawai: Pasal 17 on half the gross; 20% more without an NPWP.
        for rules in [old, new] {
            #expect(rules.tax(2_000_000, .nonPNS) == 50_000)
            #expect(rules.tax(2_000_000, .nonPNS, hasNPWP: false) == 60_000)
        }
        // Past the first bracket: Rp50.000.000 up to 2021 (UU 36/2008), Rp60.000.000 from 2022 (UU HPP).
        #expect(old.tax(150_000_000, .nonPNS) == 50_000_000 * 5 / 100 + 25_000_000 * 15 / 100)
        #expect(new.tax(150_000_000, .nonPNS) == 60_000_000 * 5 / 100 + 15_000_000 * 15 / 100)
        // An absurd amount reaches the top bracket without overflowing.
        #expect(new.tax(20_000_000_000, .nonPNS) > 0)
        // From 1 July 2024 a NIK serves as the NPWP.
        #expect(!old.countsAsNPWP(npwp: "", nik: "5304012345678901") && new.countsAsNPWP(npwp: "", nik: "5304012345678901"))
        #expect(!TaxRules(date: "2024-06-30").countsAsNPWP(npwp: "", nik: "5304012345678901"))
        // Each paper cites the rules of its own date.
        let cited2021 = old.description(.id), cited2025 = new.description(.id)
        #expect(cited2021.contains("PP 80/2010 jo. PMK 262/2010") && cited2025.contains("PP 80/2010 jo. PMK 262/2010"))
        #expect(cited2021.contains("PMK 252/2008 jo. PER-16/PJ/2016") && !cited2021.contains("PMK 168/2023"))
        #expect(cited2021.contains("5% s.d. Rp50.000.000; UU 36/2008 Pasal 17"))
        #expect(cited2025.contains("PP 58/2023 jo. PMK 168/2023") && !cited2025.contains("PMK 252/2008"))
        #expect(cited2025.contains("5% s.d. Rp60.000.000; UU 7/2021 (HPP) Pasal 17"))
        #expect(cited2025.contains("tanpa NPWP (NIK berlaku sebagai NPWP) 20% lebih tinggi (UU PPh Pasal 21 ayat (5a))"))
        #expect(!cited2021.contains("NIK"))
    }

    @Test func aSeatPaidWithoutANameIsRefusedUntilNamedOrWrittenByHand() throws {
        let s = session([.checkIn(attendee: "d4", status: .hadir, standIn: "", standInJabatan: "", time: ""),
                         .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Desa"), amount: 150_000))])
        var builder = PaperBuilder(session: s, lang: .id, format: .text)
        #expect(PaymentRules.payments(.transport, in: s, lang: .id).map(\.named) == [true, true, false])
        // Refused in every form, naming the seat and the two ways on.
        for format in [PaperRequest.Format.text, .csv, .json] {
            let refused = #expect(throws: AulaError.self) {
                try PaperRequest.render(PaperRequest.papers(.penerimaan, builder: builder), format: format, lang: .id)
            }
            #expect(refused?.id.contains("1 kursi dibayar tanpa nama penerima (Kepala Desa Dirun)") == true)
            #expect(refused?.id.contains("aula checkin DIR KURSI --name") == true && refused?.id.contains("--names-by-hand") == true)
        }
        // The berkas, which holds the list, too.
        #expect(throws: AulaError.self) { try PaperRequest.render(PaperRequest.papers(.berkas, builder: builder), format: .text, lang: .id) }
        // Asked for by hand: a line to write the name on, the seat beside it.
        builder.namesByHand = true
        let text = String(decoding: try PaperRequest.render(PaperRequest.papers(.penerimaan, builder: builder), format: .text, lang: .id),
                          as: UTF8.self)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| 3|") })
        #expect(row.contains("|......................|Kepala Desa"), "\(row)")
    }

    @Test func anHonorariumIsPaidToAPersonByTheirDataAndTheRuleOfTheDay() throws {
        func people(_ date: String) -> Session {
            var s = session([
                .person(id: "p1", fields: [.role: "narasumber", .name: "Dr. Dominikus Bere, S.Sos., M.Si.", .status: "pns", .golongan: "IV/a",
                                           .jabatan: "Kepala Bidang PMD", .instansi: "DPMD Belu", .npwp: "12.345.678.9-012.000"]),
                .person(id: "p2", fields: [.role: "narasumber", .name: "Yohana Seran", .status: "non-pns", .npwp: "98.765.432.1-012.000"]),
                .person(id: "p3", fields: [.role: "moderator", .name: "Maria Luruk", .status: "pppk", .golongan: "IX", .nik: "5304012345678901"]),
                .rate(PaymentRate(kind: .honor, target: .item("i2"), amount: 900_000, hours: 2, person: "p1")),
                .rate(PaymentRate(kind: .honor, target: .item("i2"), amount: 900_000, hours: 2, person: "p2")),
                .rate(PaymentRate(kind: .honor, target: .item("i1"), amount: 500_000, person: "p3")),
            ])
            s.date = date
            return s
        }
        for (date, nikCounts) in [("2021-03-18", false), ("2025-05-20", true)] {
            let payments = PaymentRules.payments(.honor, in: people(date), lang: .id)
            // Agenda order: the moderator on item 1, then both narasumber of item 2; none of them is an invitee.
            #expect(payments.map(\.payee) == ["Maria Luruk", "Dr. Dominikus Bere, S.Sos., M.Si.", "Yohana Seran"])
            #expect(payments.map(\.golongan) == ["PPPK", "IV/a", "bukan PNS"])
            #expect(payments[1].seat == "Kepala Bidang PMD, DPMD Belu; acara 2, 2 jam")
            #expect(payments.map(\.npwp) == ["NIK 5304012345678901", "12.345.678.9-012.000", "98.765.432.1-012.000"])
            // The PPPK is taxed as a bukan pegawai: 2.5%, 20% more in 2021 when a NIK did not yet serve as NPWP.
            #expect(payments.map(\.tax) == [nikCounts ? 12_500 : 15_000, 270_000, 45_000])
            #expect(payments.map(\.bruto) == [500_000, 1_800_000, 1_800_000])
            #expect(payments[1].rule == "final 15%" && payments[2].rule == "50% x 5%: 2,5%")
        }
        #expect(session([.person(id: "p1", fields: [.name: "X"])]).attendees.count == session().attendees.count)
    }

    @Test func aPersonsDataIsChecked() throws {
        let s = session()
        func refusal(_ fields: ChangeFields<Change.PersonField>) -> String? {
            do { _ = try PersonOperation.add(id: "p", fields, in: s, lang: .id); return nil } catch { return error.id }
        }
        #expect(refusal([.name: "A", .nip: "1975"])?.contains("NIP terdiri atas 18 angka") == true)
        #expect(refusal([.name: "A", .nik: "123"])?.contains("NIK terdiri atas 16 angka") == true)
        // A NIK's province, birth day (+40 for a woman) and month must be possible.
        #expect(refusal([.name: "A", .nik: "0904014101800001"])?.contains("tidak mungkin") == true)  // province 09
        #expect(refusal([.name: "A", .nik: "5304013201800001"])?.contains("tidak mungkin") == true)  // day 32
        #expect(refusal([.name: "A", .nik: "5304017213800001"])?.contains("tidak mungkin") == true)  // day 72
        #expect(refusal([.name: "A", .nik: "5304014113800001"])?.contains("tidak mungkin") == true)  // month 13
        #expect(refusal([.name: "A", .nik: "5304 0171 1280 0001"]) == nil)  // a woman born on the 31st of December
        #expect(refusal([.name: "A", .npwp: "12.345"])?.contains("NPWP terdiri atas 15 atau 16 angka") == true)
        #expect(refusal([.name: "A", .role: "penyanyi"])?.contains("Peran: narasumber, moderator, pembawa-acara atau panitia") == true)
        #expect(refusal([.name: "A", .status: "pns"])?.contains("PNS perlu golongan") == true)
        #expect(refusal([.role: "panitia"]) == "Nama wajib diisi.")
        let added = try PersonOperation.add(id: "p", [.name: "A", .golongan: "III/c"], in: s, lang: .id)
        #expect(added.changes == [.person(id: "p", fields: [.name: "A", .golongan: "III/c", .role: "narasumber", .status: "pns"])])
    }

    @Test func aPesertasMoneyIsTaxedOnlyWhereTheOfficeSaysSo() throws {
        let rates: [Change] = [.rate(PaymentRate(kind: .uangSaku, target: .jabatan("Kepala Desa"), amount: 2_000_000)),
                               .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Desa"), amount: 150_000))]
        #expect(PaymentRules.payments(.uangSaku, in: session(rates), lang: .id).allSatisfy { $0.tax == 0 })
        let taxed = session(rates + [.session([.taxPocketMoney: "ya"])])
        // Pasal 17 on the whole gross, 5%; 20% more without an NPWP (none of these seats has one): 120,000.
        #expect(PaymentRules.payments(.uangSaku, in: taxed, lang: .id).map(\.tax) == [120_000, 120_000])
        #expect(PaymentRules.payments(.transport, in: taxed, lang: .id).allSatisfy { $0.tax == 0 })
        // One of the session's people with a transport rate of their own: listed after the seats, not taxed as peserta.
        let withPerson = session(rates + [.session([.taxTransport: "ya"]),
                                          .person(id: "p1", fields: [.role: "narasumber", .name: "Dr. Maria Luruk", .instansi: "Undana"]),
                                          .rate(PaymentRate(kind: .transport, target: .person("p1"), amount: 300_000))])
        let transport = PaymentRules.payments(.transport, in: withPerson, lang: .id)
        #expect(transport.last?.payee == "Dr. Maria Luruk" && transport.last?.seat == "narasumber, Undana" && transport.last?.tax == 0)
        #expect(transport.dropLast().allSatisfy { $0.tax == 9_000 })  // 150,000 x 5% x 1.2
        let paper = String(decoding: try PaperRequest.render([PaperBuilder(session: taxed, lang: .id).penerimaan(.uangSaku)], format: .text, lang: .id),
                           as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(paper.contains("PPh 21 atas uang saku peserta kegiatan: 100% x tarif Pasal 17 (5% s.d. Rp50.000.000; UU 36/2008 Pasal 17)"))
        let untaxed = String(decoding: try PaperRequest.render([PaperBuilder(session: taxed, lang: .id).penerimaan(.transport)], format: .text, lang: .id),
                             as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(untaxed.contains("Uang transport peserta tidak dipotong PPh 21 (ketentuan pemerintah daerah; aula set DIR pph-transport ya"))
    }

    @Test func theLaterRateWinsAndBothAreListed() {
        let s = session([
            .rate(PaymentRate(kind: .transport, target: .jabatan("Kepala Desa"), amount: 150_000)),
            .rate(PaymentRate(kind: .transport, target: .jabatan("kepala desa"), amount: 175_000)),
        ])
        #expect(PaymentRules.effective(s).map(\.amount) == [175_000])
        let list = PaymentOperation.list(s, lang: .id)
        #expect(list[0] == "  (diganti) transport  jabatan Kepala Desa: Rp150.000  [a 08:15]")
        #expect(list[1] == "  transport  jabatan kepala desa: Rp175.000  [a 08:16]")
    }

    @Test func badAmountsJabatanGolonganAndPercentAreRefused() {
        let s = session()
        func refusal(_ body: () throws -> Outcome) -> String {
            do { _ = try body(); return "accepted" } catch let error as AulaError { return error.id } catch { return "\(error)" }
        }
        #expect(refusal { try PaymentOperation.rate(.transport, for: .jabatan("Camat"), amount: -5, in: s, lang: .id) }
                == "Jumlah -Rp5 tidak masuk akal: dari Rp0 sampai Rp1.000.000.000 per orang.")
        #expect(refusal { try PaymentOperation.rate(.transport, for: .jabatan("Camat"), amount: 1_000_000_001, in: s, lang: .id) }
                .hasPrefix("Jumlah Rp1.000.000.001 tidak masuk akal"))
        #expect(refusal { try PaymentOperation.rate(.transport, for: .jabatan("Bupati"), amount: 5, in: s, lang: .id) }
                == "Tidak ada kursi undangan dengan jabatan 'Bupati'. Jabatan yang ada: Camat, Kepala Desa, Kepala Dinas.")
        #expect(refusal { try PaymentOperation.rate(.honor, for: .item(1), amount: 5, golongan: "V/a", in: s, lang: .id) }
                == "Golongan 'V/a' tidak dikenal: I sampai IV, misalnya III/b.")
        #expect(refusal { try PaymentOperation.rate(.honor, for: .item(9), amount: 5, in: s, lang: .id) } == "Tidak ada acara nomor 9 (ada 2).")
        // A percentage is a typed value: parsed once, with one message.
        #expect(Percent("2,55")?.basisPoints == 255 && Percent("2.5")?.basisPoints == 250 && Percent("100")?.basisPoints == 10_000)
        #expect(PaymentOperation.tax(.nonPNS, percent: Percent("2,5")!, lang: .id).message == "PPh 21 bukan PNS: 2,5%")
        // A sign, a negative fraction, more than 100 or a number too long to multiply are not percentages.
        for typed in ["101", "dua", "+5", "5.-1", "-0", "92233720368547759", "1e2", "5,", ",5", " "] {
            #expect(Percent(typed) == nil, "\(typed)")
        }
        #expect(throws: Percent.invalid) { try Percent.parsed("101") }
        #expect(throws: AulaError.self) { try Change.SessionField.treasurerNip.validated("19850330201001100") }
        #expect((try? Change.SessionField.treasurerNip.validated("198503302010011002")) == "198503302010011002")
    }

    @Test func kodeObjekPajakFollowsTheListInForceOnTheDate() {
        let payees: [TaxObjectCodes.Payee] = [.pns(.ii), .pns(.iii), .pns(.iv), .speaker, .masterOfCeremonies, .committee, .participant]
        #expect(payees.map { TaxObjectCodes.code($0, on: "2021-03-18") }
                == ["21-402-01", "21-402-01", "21-402-01", "21-100-09", "21-100-09", "21-100-13", "21-100-13"])
        #expect(payees.map { TaxObjectCodes.code($0, on: "2024-12-31") } == payees.map { TaxObjectCodes.code($0, on: "2023-12-31") })
        #expect(payees.map { TaxObjectCodes.code($0, on: "2025-01-01") }
                == ["21-402-04", "21-402-02", "21-402-03", "21-100-18", "21-100-33", "21-100-15", "21-100-14"])
        #expect(TaxObjectCodes.table(on: "2024-06-01").rule.basis == "PER-2/PJ/2024 (e-Bupot 21/26)")
        #expect(TaxObjectCodes.table(on: "2008-01-01").rule.basis == "PER-14/PJ/2013 jo. PER-16/PJ/2016")
    }

    @Test func panitiaWhoAreNotCivilServantsAreTaxedAsPeserta() {
        let rules = TaxRules(date: "2025-03-18")
        // 100% x 5% of Rp600.000, not half of it; without an NPWP 20% more.
        #expect(rules.tax(600_000, .peserta) == 30_000 && rules.tax(600_000, .peserta, hasNPWP: false) == 36_000)
        #expect(rules.tax(600_000, .nonPNS) == 15_000)
        #expect(rules.applied(600_000, .peserta, hasNPWP: false, .id) == "100% x 5%, tanpa NPWP +20%: 6%")
        #expect(rules.applied(600_000, .nonPNS, hasNPWP: true, .id) == "50% x 5%: 2,5%")
        #expect(TaxRules.Group(key: "peserta") == .peserta)
    }
}
