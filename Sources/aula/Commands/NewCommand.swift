import AulaCore
import ArgumentParser
import Foundation

/// `aula new`: creates a session folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Buat sesi baru. / Create a new session.",
        discussion: "Contoh: aula new kim --title \"Sosialisasi KIM\" --date 2020-03-27 --start 09:00 "
            + "--venue \"Aula Kantor Bupati Belu\" --organizer \"Dinas Kominfo Kabupaten Belu\"")

    @Argument(help: "Folder sesi baru (.aula ditambahkan bila tidak ada). / New session folder.")
    var dir: String
    @Option(help: "Judul kegiatan. / Title of the event.")
    var title: String
    @Option(help: "Tanggal, TTTT-BB-HH. / Date, YYYY-MM-DD.")
    var date: SessionDate
    @Option(help: "Tempat. / Venue.")
    var venue: String
    @Option(help: "Penyelenggara (dinas). / Organising office.")
    var organizer: String
    @Option(help: "Jam mulai, JJ:MM. / Start time, HH:MM.")
    var start = ClockTime("09:00")!
    @Option(help: "Zona waktu IANA (bawaan Asia/Makassar = WITA). / IANA time zone.")
    var timezone = ZoneArgument(argument: Session.defaultTimeZone)!
    @Option(help: "Pimpinan rapat. / Who chairs the meeting.")
    var chair: String?
    @Option(help: "Notulis. / Who takes the minutes.")
    var notulis: String?
    @OptionGroup var desk: DeskOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if TextSanitizer.line(title).isEmpty { throw ValidationError("--title: kosong / empty") }
    }

    func run() throws {
        try Console.run(language) { lang in
            var details: ChangeFields<Change.SessionField> = [
                .title: TextSanitizer.line(title), .date: date.text, .start: start.text,
                .venue: TextSanitizer.line(venue), .organizer: TextSanitizer.line(organizer), .timeZone: timezone.identifier,
            ]
            if let chair { details[.chair] = TextSanitizer.line(chair) }
            if let notulis { details[.notulis] = TextSanitizer.line(notulis) }
            let folder = try SessionFolder.create(url: SessionPath.forNew(dir), desk: try desk.resolved(), details: details)
            print(lang.t("Sesi dibuat: \(folder.url.path) (meja \(folder.desk))",
                         "Session created: \(folder.url.path) (desk \(folder.desk))"))
            print(SessionHeading.lines(folder.session, lang: lang).joined(separator: "\n"))
        }
    }
}
