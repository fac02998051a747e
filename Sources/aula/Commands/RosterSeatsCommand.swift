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

    @OptionGroup var office: OfficeOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let file = wilayah ?? AulaResources.wilayahNTT.path
            let seats = try Wilayah(bytes: try readFile(file), file: file).seats(under: kode)
            let folder = try session.open(writable: true, lang: lang)
            let plan = RosterImport.plan(seats, into: folder.session)
            try folder.append(plan.changes)
            try offerHolders(folder, lang: lang)
            var byJabatan: [String: Int] = [:]
            for seat in seats { byJabatan[seat.fields[.jabatan] ?? "", default: 0] += 1 }
            let breakdown = ["Camat", "Kepala Desa", "Lurah"].compactMap { j in byJabatan[j].map { "\($0) \(j)" } }
            print(lang.t("\(seats.count) kursi: ", "\(seats.count) seats: ") + breakdown.joined(separator: ", "))
            print(ImportReport.text(plan, lang: lang))
        }
    }

    /// Each empty seat is offered its holder as the office's directory last confirmed them, with that date; one not
    /// seen for a year is said to be possibly replaced.
    func offerHolders(_ folder: SessionFolder, lang: Lang) throws {
        guard let directory = office.openIfThere(desk: folder.desk, lang: lang)?.session else { return }
        var changes: [Change] = [], lines: [String] = []
        for seat in folder.session.attendees where seat.invited && seat.name.isEmpty {
            guard let holder = OfficeDirectory.holder(of: seat.seatName, in: directory) else { continue }
            var fields: ChangeFields<Change.AttendeeField> = [.name: holder.name]
            for (field, value) in [(Change.AttendeeField.phone, holder.phone), (.nip, holder.nip), (.golongan, holder.golongan), (.npwp, holder.npwp)]
            where !value.isEmpty { fields[field] = value }
            changes.append(.attendee(id: seat.id, fields: fields, invited: nil))
            let stale = OfficeDirectory.mayBeReplaced(holder, today: String(folder.session.date))
            lines.append("  \(seat.seatName): \(holder.name) (" + lang.t("terakhir ", "last ") + holder.seenOn
                         + (stale ? lang.t(", mungkin sudah diganti", ", may have been replaced") : "") + ")")
        }
        guard !changes.isEmpty else { return }
        try folder.append(changes)
        print(lang.t("\(changes.count) kursi diisi pemegangnya dari direktori kantor; periksa di pintu:",
                     "\(changes.count) seats given their holders from the office's directory; check them at the door:"))
        print(lines.prefix(20).joined(separator: "\n") + (lines.count > 20 ? "\n  …" : ""))
    }
}
