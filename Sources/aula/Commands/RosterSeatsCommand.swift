import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula roster seats DIR --wilayah FILE --kode 53.04`.
struct RosterSeatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seats",
        abstract: "Buat kursi undangan dari daftar kode wilayah Kemendagri. / Build seats from a Kemendagri region list.",
        discussion: """
            Satu kursi Camat per kecamatan, satu Kepala Desa per desa dan satu Lurah per kelurahan di bawah --kode.
            One Camat seat per kecamatan, one Kepala Desa per desa and one Lurah per kelurahan under --kode.
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "CSV wilayah (kolom kode,nama); bawaan: daftar NTT yang dibawa aula. / Region list; default: bundled NTT.")
    var wilayah: String?
    @Option(help: "Kode kabupaten/kota (53.04) atau kecamatan (53.04.01). / Kabupaten or kecamatan code.")
    var kode: String

    func validate() throws {
        if Wilayah.dotted(kode) == nil { throw ValidationError("--kode: contoh / for example 53.04") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let file = wilayah ?? AulaResources.wilayahNTT.path
            let seats = try Wilayah(bytes: try readFile(file), file: file).seats(under: kode)
            let folder = try session.open(writable: true, lang: lang)
            let plan = RosterImport.plan(seats, into: folder.session)
            try folder.append(plan.changes)
            var byJabatan: [String: Int] = [:]
            for seat in seats { byJabatan[seat.fields[.jabatan] ?? "", default: 0] += 1 }
            let breakdown = ["Camat", "Kepala Desa", "Lurah"].compactMap { j in byJabatan[j].map { "\($0) \(j)" } }
            print(lang.t("\(seats.count) kursi: ", "\(seats.count) seats: ") + breakdown.joined(separator: ", "))
            print(ImportReport.text(plan, lang: lang))
        }
    }
}
