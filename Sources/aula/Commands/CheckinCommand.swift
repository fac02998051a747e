import AulaCore
import Foundation
import ArgumentParser

/// `aula checkin DIR QUERY`.
struct CheckinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Catat kehadiran satu peserta. / Record one attendee's attendance.",
        discussion: """
            QUERY harus menunjuk tepat satu peserta (atau satu yang namanya tertulis lengkap: 'tohe' memilih Desa Tohe, \
            bukan Tohe Leten); bila tidak, calon-calonnya ditampilkan dan tidak ada yang dicatat.
            QUERY must pick exactly one attendee (or one named in full); otherwise the candidates are listed and nothing is recorded.
            Contoh: aula checkin kim tohe --name "Yohanes Bau" --at 08:55
                    aula checkin kim lamaknen camat --status diwakili --by "Maria Luruk" --by-jabatan Sekcam
            """)

    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama, jabatan, unit, kecamatan, nomor baris atau kode QR (K7Q2-0042-X). / Name, position, unit, district, row number or check-in code.")
    var query: [String]
    @Option(help: "Status; belum menghapus status. / Status; belum clears it.")
    var status = AttendanceStatus.hadir
    @Option(help: "Nama yang mewakili (wajib untuk diwakili). / The stand-in's name (required for diwakili).")
    var by: String?
    @Option(name: .customLong("by-jabatan"), help: "Jabatan yang mewakili. / The stand-in's position.")
    var byJabatan: String?
    @Option(help: "Isi nama orang pada kursi ini. / Fill in the person's name for this seat.")
    var name: String?
    @OptionGroup var stated: StatedTime

    func validate() throws {
        if status == .diwakili && TextSanitizer.line(by ?? "").isEmpty {
            throw ValidationError("--status diwakili memerlukan / requires --by NAMA")
        }
        if status != .diwakili && (by != nil || byJabatan != nil) {
            throw ValidationError("--by hanya untuk / only with --status diwakili")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let s = folder.session
            let text = query.joined(separator: " ")
            let seat: Attendee, outcome: Outcome
            // A check-in code, as the door's scanner reads it: a seat already present keeps its first record.
            if status == .hadir, name == nil, stated.at == nil, let scan = try ScanCheckIn.scan(text, in: s, now: Date(), lang: lang) {
                switch scan {
                case .alreadyPresent(_, let message):
                    print(message)
                    return
                case .record(let scanned, let marked):
                    (seat, outcome) = (scanned, marked)
                }
            } else {
                seat = try SeatResolver.resolve(text, in: s)
                if status == .hadir, name == nil, stated.at == nil, let present = CheckInOperation.alreadyPresent(seat, in: s, lang: lang) {
                    print(present)
                    return
                }
                outcome = try CheckInOperation.mark(seat, .init(status, standIn: by ?? "", standInJabatan: byJabatan ?? "",
                                                                name: name ?? "", at: stated.at?.text ?? ""),
                                                    in: s, now: Date(), lang: lang)
            }
            try folder.append(outcome.changes)
            // What holds now, other desks' latest changes included, not what was asked.
            try folder.refresh()
            let report = CheckInReport(seatID: seat.id, asked: status, askedStandIn: TextSanitizer.line(by ?? ""),
                                       desk: folder.desk, in: folder.session, lang: lang)
            print(report.line)
            if let overridden = report.overriddenBy { Console.warn(overridden, lang: lang) }
        }
    }
}
