import AulaCore
import AulaResources
import ArgumentParser
import Foundation

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
            let progress = ProgressLine()
            progress.show(lang.t("Membaca \(file)…", "Reading \(file)…"), force: true)
            let table = try RosterTable(file: try readFile(file), named: file, sheet: sheet)
            let folder = try session.open(writable: true, lang: lang)
            let entries = RosterImport.entries(from: table)
            let plan = RosterImport.plan(entries, into: folder.session) { done in
                progress.show(lang.t("Mencocokkan baris: ", "Matching rows: ") + ProgressLine.count(done, of: entries.count, lang: lang))
            }
            progress.show(lang.t("Menyimpan \(plan.changes.count) perubahan…", "Saving \(plan.changes.count) changes…"), force: true)
            try folder.append(plan.changes)
            progress.finish()
            let origin: String
            switch table.origin {
            case .csv(let encoding, let delimiter):
                origin = lang.t(" (\(encoding.rawValue), pemisah '\(delimiter)')", " (\(encoding.rawValue), delimiter '\(delimiter)')")
            case .workbook(let sheet):
                origin = lang.t(" (lembar \(sheet))", " (sheet \(sheet))")
            }
            print(ImportReport.text(plan, lang: lang) + origin)
            // Many warnings or possible duplicates are summed up: the first ten, how many, and where the whole list is.
            try Self.summed(table.warnings.map { lang.t("Perhatian: ", "Warning: ") + $0.message(lang) },
                            what: lang.t("peringatan", "warnings"), file: "peringatan-impor.txt", in: folder.url, lang: lang)
            try Self.summed(plan.possibleDuplicates.map { lang.t("Mungkin ganda: ", "Possible duplicate: ") + $0 },
                            what: lang.t("baris mungkin ganda", "possible duplicates"), file: "mungkin-ganda.txt", in: folder.url, lang: lang)
        }
    }
}

extension RosterImportCommand {
    /// Prints `lines`; past ten, the first ten, how many, and the whole list written to `exports/file`.
    static func summed(_ lines: [String], what: String, file: String, in session: URL, lang: Lang) throws {
        for line in lines.prefix(10) { print(line) }
        guard lines.count > 10 else { return }
        let written = try ExportsFolder.write(Array(lines.map { $0 + "\n" }.joined().utf8), named: file, in: session)
        print(lang.t("… dan \(lines.count - 10) lagi: \(lines.count) \(what); daftar lengkapnya di \(written.path)",
                     "… and \(lines.count - 10) more: \(lines.count) \(what); the whole list is in \(written.path)"))
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
