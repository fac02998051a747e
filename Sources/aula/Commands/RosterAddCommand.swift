import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula roster add DIR --name TEXT --jabatan TEXT`: a walk-in, as the app's Ctrl-N form adds one.
struct RosterAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Tambah peserta tanpa undangan (walk-in). / Add a walk-in attendee.",
        discussion: """
            Peserta baru diberi nomor sesudah semua kursi undangan, jadi nomor pada daftar yang sudah dicetak tidak berubah. \
            Catat kehadirannya dengan: aula checkin DIR NOMOR
            A walk-in is numbered after every invited seat, so printed row numbers never change.
            """)

    @OptionGroup var session: SessionOptions
    @Option(help: "Nama. / Name.")
    var name = ""
    @Option(help: "Jabatan. / Position.")
    var jabatan = ""
    @Option(help: "Unit atau instansi (Desa Tohe, Dinas ...). / Unit or office.")
    var unit = ""
    @Option(help: "Kecamatan. / District.")
    var kecamatan = ""
    @Option(help: "Nomor HP. / Phone number.")
    var phone = ""
    @Flag(name: .customLong("new-kecamatan"), help: "Kecamatan yang belum ada di kegiatan ini, sengaja. / A kecamatan new to this session, on purpose.")
    var newKecamatan = false

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let id = RecordID.make(.walkIn, desk: folder.desk)
            var spelled = kecamatan
            let choice = WalkIn.kecamatan(kecamatan, in: folder.session)
            if case .known(let name) = choice { spelled = name }
            if case .new = choice, newKecamatan {
                // A new kecamatan on purpose.
            } else if let refusal = WalkIn.refusal(choice, meaning: ("Tambahkan --new-kecamatan bila memang baru.",
                                                                     "Add --new-kecamatan if it is new on purpose.")) {
                throw refusal
            }
            let details = WalkIn.Details(name: name, jabatan: jabatan, unit: unit, kecamatan: spelled, phone: phone)
            try folder.append([try WalkIn.add(id: id, details, desk: folder.desk, in: folder.session).change])
            let seat = folder.session.attendee(id: id)!
            print(seat.heading + ": " + lang.t("ditambahkan (tanpa undangan)", "added (walk-in)"))
        }
    }
}
