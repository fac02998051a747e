import AulaCore
import AulaResources
import ArgumentParser
import Foundation

/// `aula roster`: the invitation roster.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Daftar undangan: impor, kursi dari kode wilayah, tampilkan. / The roster: import, seats, list.",
        subcommands: [RosterImportCommand.self, RosterExportCommand.self, RosterSeatsCommand.self, RosterAddCommand.self,
                      RosterListCommand.self])
}

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
            let id = "walkin-\(folder.desk)-" + UUID().uuidString.lowercased()
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

/// `aula roster import DIR FILE.csv|FILE.xlsx|FILE.ods [--sheet NAME]`.
struct RosterImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor peserta dari Excel (.xlsx), LibreOffice (.ods) atau CSV. / Import attendees from an Excel or LibreOffice workbook or a CSV file.",
        discussion: """
            Judul kolom dikenali: No, Nama, Jabatan, Instansi/Unit/Desa/Kelurahan, Kecamatan, No HP/Telepon, Kode, NIP, \
            Pangkat/Golongan, NPWP, ID Aula. Baris judul di atasnya (DAFTAR UNDANGAN ...) dilewati. Mengimpor berkas yang \
            sama dua kali tidak menggandakan peserta; baris bernama yang jabatan dan unitnya sama dengan tepat satu kursi \
            kosong (Kepala Desa, Desa Silawan) mengisi kursi itu.
            Headers recognised: No, Name, Position, Unit, District, Phone, Code, NIP, Rank/Golongan, NPWP, ID Aula (or \
            the Indonesian names); title rows above them are skipped. Importing the same file twice adds nobody twice; a \
            named row whose jabatan and unit match exactly one empty seat fills that seat.
            """)

    @OptionGroup var session: SessionOptions
    @Argument(help: "Berkas .xlsx, .ods atau .csv. / The .xlsx, .ods or .csv file.")
    var file: String
    @Option(help: "Lembar kerja .xlsx atau .ods (bawaan: lembar pertama yang tampak). / The workbook's sheet (default: the first visible one).")
    var sheet: String?

    func run() throws {
        try Console.run(session.language) { lang in
            let table = try RosterTable(file: try readFile(file), named: file, sheet: sheet)
            let folder = try session.open(writable: true, lang: lang)
            let plan = RosterImport.plan(RosterImport.entries(from: table), into: folder.session)
            try folder.append(plan.changes)
            let origin: String
            switch table.origin {
            case .csv(let encoding, let delimiter):
                origin = lang.t(" (\(encoding.rawValue), pemisah '\(delimiter)')", " (\(encoding.rawValue), delimiter '\(delimiter)')")
            case .workbook(let sheet):
                origin = lang.t(" (lembar \(sheet))", " (sheet \(sheet))")
            }
            print(ImportReport.text(plan, lang: lang) + origin)
            for warning in table.warnings { print(lang.t("Perhatian: ", "Warning: ") + warning.message(lang)) }
            for duplicate in plan.possibleDuplicates {
                print(lang.t("Mungkin ganda: ", "Possible duplicate: ") + duplicate)
            }
        }
    }
}

/// `aula roster export DIR --format xlsx|csv [--output FILE]`.
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Kirim daftar undangan ke Excel atau CSV untuk diperbaiki kantor. / The roster as Excel or CSV, to correct.",
        discussion: """
            Kolom ID Aula membawa baris yang diperbaiki kembali ke kursinya: impor lagi dengan aula roster import, tidak \
            ada yang tergandakan. Nomor HP ditulis utuh. Tanpa --output: xlsx ke DIR/exports/daftar-undangan.xlsx, csv ke \
            layar.
            The ID Aula column brings each corrected row back to its seat when imported again. Phones are written \
            whole. Without --output: xlsx into DIR/exports/daftar-undangan.xlsx, csv to standard output.
            """)

    /// The two forms a roster goes out in.
    enum Format: String, CaseIterable, ExpressibleByArgument { case xlsx, csv }

    @OptionGroup var session: SessionOptions
    @Option(help: "xlsx atau csv. / xlsx or csv.")
    var format = Format.xlsx
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @Option(help: "Pemisah CSV: , atau ; (bawaan: ; untuk id, , untuk en). / CSV delimiter (default ; in id, , in en).")
    var delimiter: CSVDelimiter?

    func run() throws {
        try Console.run(session.language) { lang in
            let opened = try session.open(writable: false, lang: lang)
            let bytes = format == .xlsx ? try RosterExport.xlsx(opened.session, lang: lang)
                : RosterExport.csv(opened.session, lang: lang, delimiter: CSVDelimiter.resolved(delimiter, lang))
            if output == nil && format == .xlsx {
                print(try Exports.write(bytes, named: "daftar-undangan.xlsx", in: opened.url).path)
            } else {
                try Console.deliver(bytes, to: output, lang: lang)
            }
        }
    }
}

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

/// `aula roster list DIR`.
struct RosterListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Tampilkan daftar peserta dan statusnya. / List the roster with each seat's status.")

    @OptionGroup var session: SessionOptions
    @Option(help: "Hanya kecamatan ini. / Only this kecamatan.")
    var kecamatan: String?
    @Flag(help: "Hanya yang belum hadir. / Only seats not yet attended.")
    var missing = false

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            let wanted = kecamatan.map(SearchText.normalize)
            let rows = s.attendees.filter { a in
                (wanted == nil || SearchText.normalize(a.kecamatan) == wanted) && (!missing || a.status == .belumHadir)
            }
            print(RosterTableText.render(rows, session: s, lang: lang))
        }
    }
}

/// How an import went, in one line.
enum ImportReport {
    static func text(_ plan: RosterImport.Plan, lang: Lang) -> String {
        lang.t("\(plan.added) ditambahkan, \(plan.updated) diperbarui, \(plan.unchanged) sudah ada",
               "\(plan.added) added, \(plan.updated) updated, \(plan.unchanged) already there")
    }
}

/// Reads a file the user named, with an error that says which.
func readFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw AulaError(id: "Tidak bisa membaca \(path): berkas tidak ada atau tidak boleh dibaca.",
                        en: "Cannot read \(path): the file does not exist or cannot be read.")
    }
    return [UInt8](data)
}
