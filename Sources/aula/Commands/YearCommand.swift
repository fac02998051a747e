import AulaCore
import AulaResources
import ArgumentParser
import Foundation
import PaperPDF

/// `aula year [YEAR]`: the office's year, from its sessions' own logs.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "Rekap kegiatan kantor setahun. / The office's year.",
        discussion: """
            Dari log setiap sesi yang tercatat di folder kantor (aula new mencatatnya; aula people learn DIR untuk sesi lama): \
            kegiatan, kehadiran per kecamatan, yang tidak pernah hadir, uang per jenis dan kode rekening, PPh 21 per masa.
            From each session listed in the office folder: sessions, attendance per kecamatan, who never came, money per \
            kind and account code, PPh 21 per tax month.
            Contoh: aula year 2025 --format pdf --output rekap-2025.pdf
            """)

    @Argument(help: "Tahun (bawaan: tahun ini). / Year (default: this year).")
    var year: Int?
    @Option(help: "text, pdf atau xlsx.")
    var format = PaperRequest.Format.text
    @Option(help: "Tulis ke berkas ini (0600). / Write to this file (0600).")
    var output: String?
    @OptionGroup var office: OfficeOptions
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard [.text, .pdf, .xlsx].contains(format) else { throw ValidationError("--format: text, pdf atau xlsx. / text, pdf or xlsx.") }
        guard format == .text || output != nil else { throw ValidationError("--format \(format.rawValue) perlu --output FILE. / needs --output FILE.") }
        if let year, !(2000...2100).contains(year) { throw ValidationError("Tahun: 2000–2100. / Year: 2000–2100.") }
    }

    func run() throws {
        try Console.run(language) { lang in
            let desk = try self.desk.resolved()
            let folder = try office.open(writable: false, desk: desk, lang: lang)
            let thisYear = String(ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate]).prefix(4))
            let report = YearReport.make(year: year.map(String.init) ?? thisYear, office: folder.session, lang: lang) { listed in
                do {
                    return try SessionFolder(url: URL(fileURLWithPath: listed.path), desk: desk, writable: false).session
                } catch {
                    Console.warn(lang.t("\(listed.title) (\(listed.path)) tidak terbaca: ", "\(listed.title) (\(listed.path)) cannot be read: ")
                                 + ((error as? AulaError)?.message(lang) ?? String(describing: error)), lang: lang)
                    return nil
                }
            }
            let builder = PaperBuilder(session: folder.session, lang: lang, format: format, machineLetterhead: Console.machineLetterhead(lang))
            let pdf = SessionPDF(folder: folder.url, session: folder.session, lang: lang)
            defer { for problem in pdf.problems { Console.warn(problem, lang: lang) } }
            let bytes = try PaperRequest.render([builder.yearPaper(report)], format: format, lang: lang, pdf: pdf, size: folder.session.papers.sheet)
            if let output {
                try OutputFile.write(bytes, to: output)
                print(lang.t("Ditulis: ", "Written: ") + output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
