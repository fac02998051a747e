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
                    aula checkin kim sadi --status izin --reason "tugas ke Kupang"
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
    @Option(help: "Alasan izin, sakit atau dinas luar (boleh tidak diisi); tercetak di kolom Ket. / Why excused (izin, sakit, dinas-luar); printed in the Ket. column.")
    var reason: String?
    @OptionGroup var stated: StatedTime

    func validate() throws {
        if reason != nil && !status.isExcused {
            throw ValidationError("--reason hanya untuk --status izin, sakit atau dinas-luar. / --reason goes with --status izin, sakit or dinas-luar.")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let s = folder.session
            let text = query.joined(separator: " ")
            // A check-in code names its seat, as at the door; anything else is a search that must pick one.
            let request = CheckInOperation.Request(status, standIn: by ?? "", standInJabatan: byJabatan ?? "",
                                                   name: name ?? "", at: stated.at?.text ?? "", reason: reason ?? "")
            let seat = try SeatResolver.resolve(text, in: s)
            let outcome: Outcome
            switch try CheckInOperation.checkIn(seat, request, in: s, now: Date(), lang: lang) {
            case .alreadyPresent(_, let message):
                print(message)
                return
            case .record(_, let marked):
                outcome = marked
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
