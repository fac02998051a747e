import AulaCore
import ArgumentParser
import Foundation

/// `aula new`: creates a session folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Buat sesi baru. / Create a new session.",
        discussion: "Contoh: aula new kim --title \"Sosialisasi KIM\" --date 2020-03-27 --start 09:00 "
            + "--venue \"Aula Kantor Bupati Belu\" --organizer \"Dinas Kominfo Kabupaten Belu\"\n"
            + "        aula new kim2 --from kim --title \"Sosialisasi KIM Tahap II\" --date 2020-06-12 --venue ... --organizer ...\n"
            + "Kop, alamat, logo dan penandatangan diambil dari folder kantor (aula office set); --from membawa kursi undangan "
            + "(tanpa kehadiran), kerangka acara, narasumber/panitia dan tarif. / The kop, logo and signatories come from the "
            + "office folder; --from brings the seats (not the attendance), the agenda's skeleton, the people and the rates.")

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
    @Option(help: "Sesi lama yang dijadikan dasar. / The earlier session to start from.")
    var from: String?
    @OptionGroup var office: OfficeOptions
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
            let desk = try self.desk.resolved()
            let earlier = try from.map { try SessionFolder(url: SessionPath.resolve($0), desk: desk, writable: false) }
            let folder = try SessionCreation.create(SessionPath.forNew(dir), details: details, from: earlier, office: office,
                                                    desk: desk, lang: lang)
            if let earlier {
                let s = folder.session
                print(lang.t("Dari \(earlier.session.title): \(s.attendees.count) kursi, \(s.agenda.count) acara, \(s.people.count) narasumber/panitia, "
                             + "\(PaymentRules.effective(s).count) tarif.",
                             "From \(earlier.session.title): \(s.attendees.count) seats, \(s.agenda.count) items, \(s.people.count) people, "
                             + "\(PaymentRules.effective(s).count) rates."))
            }
            print(lang.t("Sesi dibuat: \(folder.url.path) (meja \(folder.desk))",
                         "Session created: \(folder.url.path) (desk \(folder.desk))"))
            print(SessionHeading.lines(folder.session, lang: lang).joined(separator: "\n"))
        }
    }
}
