import Foundation
import Testing
@testable import AulaCore

/// The project's copy of the Kemendagri region lists (`Resources/wilayah`).
func wilayahData(_ name: String) throws -> [UInt8] {
    var dir = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { dir.deleteLastPathComponent() }
    let url = dir.appendingPathComponent("Resources/wilayah/\(name)")
    guard let data = FileManager.default.contents(atPath: url.path) else {
        throw AulaError(id: "", en: "missing \(url.path)")
    }
    return [UInt8](data)
}

@Suite struct WilayahTests {
    let fixture = """
        kode,nama,tingkat,kode_induk
        53.04,Kabupaten Belu,kabupaten,53
        53.04.03,Raihat,kecamatan,53.04
        53.04.03.2002,Tohe,desa,53.04.03
        53.04.03.2006,Tohe Leten,desa,53.04.03
        53.04.12,Kota Atambua,kecamatan,53.04
        53.04.12.1001,Kota Atambua,kelurahan,53.04.12
        53.05,Kabupaten Lain,kabupaten,53
        53.05.01,Lain,kecamatan,53.05
        530401,Dari Kode Polos,kecamatan,53.04
        """

    @Test func seatsFollowTheCode() throws {
        let seats = try Wilayah(bytes: Array(fixture.utf8), file: "w.csv").seats(under: "53.04")
        // In code order, whatever the list's order (530401 comes last in the file).
        #expect(seats.map { $0.fields[.kode]! } == ["53.04.01", "53.04.03", "53.04.03.2002", "53.04.03.2006", "53.04.12",
                                                     "53.04.12.1001"])
        #expect(seats.map { $0.fields[.jabatan]! } == ["Camat", "Camat", "Kepala Desa", "Kepala Desa", "Camat", "Lurah"])
        #expect(seats[2].fields == [.jabatan: "Kepala Desa", .unit: "Desa Tohe", .kecamatan: "Raihat", .kode: "53.04.03.2002"])
        #expect(seats[5].fields == [.jabatan: "Lurah", .unit: "Kelurahan Kota Atambua", .kecamatan: "Kota Atambua",
                                    .kode: "53.04.12.1001"])
    }

    @Test func aDesaListedBeforeItsKecamatanStillGetsIt() throws {
        let list = "kode,nama\n53.04.03.2002,Tohe\n53.04.03,Raihat\n"
        let seats = try Wilayah(bytes: Array(list.utf8), file: "w.csv").seats(under: "53.04")
        #expect(seats.map { $0.fields[.kecamatan] } == ["Raihat", "Raihat"])
        #expect(seats.map { $0.fields[.kode] } == ["53.04.03", "53.04.03.2002"])
    }

    @Test func aCodeListedTwiceIsRefused() {
        #expect(throws: AulaError(id: "w.csv baris 3: kode 53.04.03 sudah ada di baris 2.",
                                  en: "w.csv line 3: code 53.04.03 is already on line 2.")) {
            try Wilayah(bytes: Array("kode,nama\n53.04.03,Raihat\n530403,Lain\n".utf8), file: "w.csv")
        }
    }

    @Test func oneKecamatanOnly() throws {
        let seats = try Wilayah(bytes: Array(fixture.utf8), file: "w.csv").seats(under: "5304.03".replacingOccurrences(of: "5304", with: "53.04"))
        #expect(seats.count == 3)
    }

    @Test func badCodesAreRefused() throws {
        let w = try Wilayah(bytes: Array(fixture.utf8), file: "w.csv")
        #expect(throws: AulaError.self) { try w.seats(under: "53.99") }
        #expect(throws: AulaError.self) { try w.seats(under: "53.04.03.2002") }
        #expect(throws: AulaError.self) { try Wilayah(bytes: Array("kode,nama\n53.4,X\n".utf8), file: "w.csv") }
        #expect(throws: AulaError.self) { try Wilayah(bytes: Array("a,b\n53,X\n".utf8), file: "w.csv") }
    }

    @Test func dottedForm() {
        #expect(Wilayah.dotted("5304032002") == "53.04.03.2002")
        #expect(Wilayah.dotted("53.04") == "53.04")
        #expect(Wilayah.dotted("53.4") == nil)
        #expect(Wilayah.dotted("53040") == nil)
    }

    @Test func kabupatenBeluGivesNinetyThreeSeats() throws {
        let seats = try Wilayah(bytes: try wilayahData("wilayah-belu.csv"), file: "wilayah-belu.csv").seats(under: "53.04")
        let count = { (j: String) in seats.filter { $0.fields[.jabatan] == j }.count }
        #expect(seats.count == 93)
        #expect((count("Camat"), count("Kepala Desa"), count("Lurah")) == (12, 69, 12))
        #expect(Set(seats.map(\.id)).count == 93)
    }

    @Test func allOfNTTReads() throws {
        let ntt = try Wilayah(bytes: try wilayahData("wilayah-ntt.csv"), file: "wilayah-ntt.csv")
        #expect(ntt.regions.count == 3779)
        #expect(try ntt.seats(under: "53").count == 315 + 3442)
    }

    @Test func theBundledNTTListHoldsBeluAsTheBeluListDoes() throws {
        let ntt = try Wilayah(bytes: try wilayahData("wilayah-ntt.csv"), file: "wilayah-ntt.csv")
        #expect(ntt.regions.count == 3_779)  // every NTT code under the province (SOURCE.md counts the province row too)
        let belu = try Wilayah(bytes: try wilayahData("wilayah-belu.csv"), file: "wilayah-belu.csv")
        #expect(try ntt.seats(under: "53.04") == belu.seats(under: "53.04"))
        #expect(try ntt.seats(under: "53.04").count == 93)
    }
}
