import AulaCore
import ArgumentParser

/// `aula pay rate DIR KIND (--jabatan TEXT | --seat QUERY | --item N | --person NAME) --amount RUPIAH [--hours H]
/// [--days D] [--times N] [--golongan G]`.
struct PayRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Tetapkan tarif (jumlah 0 menghapusnya). / Set a rate (amount 0 takes it back).",
        discussion: """
            Contoh: aula pay rate kim transport --jabatan "Kepala Desa" --amount 150000
                    aula pay rate kim uang-saku --seat tohe --amount 100000
                    aula pay rate kim honor --item 3 --amount 900000 --hours 2 --golongan IV/b
                    aula pay rate kim honor --item 3 --person "Dominikus Bere" --amount 900000 --hours 2
                    aula pay rate kim moderator --person "Maria Luruk" --amount 700000
                    aula pay rate kim pembawa-acara --person "Yanti Mau" --amount 500000
                    aula pay rate kim panitia --person "Agus Klau" --amount 300000 --days 2
            Tarif yang sama ditetapkan lagi menggantikan yang lama (aula pay list menampilkan keduanya); aula undo membatalkan.
            Setting the same rate again replaces it (aula pay list shows both); aula undo takes it back.
            """)

    @OptionGroup var session: SessionOptions
    @Argument(help: "transport, uang-saku, honor (narasumber per jam), moderator, pembawa-acara (per kali) atau panitia (per hari).")
    var kind: PaymentRate.Kind
    @Option(help: "Untuk semua kursi undangan dengan jabatan ini. / For every invited seat with this jabatan.")
    var jabatan: String?
    @Option(help: "Untuk satu kursi (nama, unit, nomor baris atau kode). / For one seat.")
    var seat: String?
    @Option(help: "Honorarium: nomor acara. / Honorarium: the agenda item's number.")
    var item: Int?
    @Option(help: "Rupiah per orang (per jam untuk honorarium): 150000, 150.000 atau Rp150.000. / Rupiah a person (an hour for an honorarium).")
    var amount: RupiahArgument
    @Option(help: "Honorarium narasumber: jumlah jam (bawaan 1). / A speaker's hours (default 1).")
    var hours: Int?
    @Option(help: "Honorarium panitia: jumlah hari (bawaan 1). / Committee: days (default 1).")
    var days: Int?
    @Option(help: "Honorarium moderator atau pembawa acara: berapa kali (bawaan 1). / Moderator or MC: occasions (default 1).")
    var times: Int?
    @Option(help: "Honorarium: golongan narasumber dari luar daftar (IV/b). / The speaker's golongan when not on the roster.")
    var golongan = ""
    @Option(help: "Untuk narasumber/panitia ini (aula person add): honorarium dengan --item, atau uang transport/uang saku-nya. / For this person (aula person add).")
    var person: String?
    @Option(name: .customLong("kode-rekening"),
            help: "Kode rekening untuk jenis uang ini, bila bukan yang sesi (aula set DIR kode-rekening). / This kind's own account code.")
    var accountCode = ""

    func validate() throws {
        let named = [jabatan != nil, seat != nil, item != nil].filter({ $0 }).count
        switch kind {
        case .moderator, .pembawaAcara, .panitia:
            if person == nil || named != 0 {
                throw ValidationError("Honorarium \(kind.rawValue): --person NAMA saja. / A \(kind.rawValue) honorarium: --person NAME alone.")
            }
        default:
            // Transport and uang saku of one of the session's people: --person alone; otherwise one target.
            if person != nil && kind != .honor ? named != 0 : named != 1 {
                throw ValidationError("Sebutkan satu: --jabatan, --seat, --item (honor, boleh dengan --person) atau --person saja. / "
                                      + "Name one of --jabatan, --seat, --item (honor, with --person or not), or --person alone.")
            }
        }
        // Each count goes with its kind: hours a narasumber, days panitia, occasions a moderator or pembawa acara.
        let counts: [(String, Int?, Bool)] = [("--hours", hours, kind == .honor), ("--days", days, kind == .panitia),
                                              ("--times", times, kind == .moderator || kind == .pembawaAcara)]
        for (option, value, fits) in counts where value != nil && !fits {
            throw ValidationError("\(option) bukan untuk \(kind.rawValue). / \(option) is not for \(kind.rawValue).")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let whom: PaymentOperation.Whom = jabatan.map { .jabatan($0) } ?? seat.map { .seat($0) } ?? item.map { .item($0) } ?? .jabatan("")
            let payee = try person.map { name throws(AulaError) in try PersonOperation.find(name, in: folder.session, lang: lang) }
            let outcome = try PaymentOperation.rate(kind, for: whom, amount: amount.value,
                                                    hours: hours ?? days ?? times ?? 1, golongan: golongan,
                                                    person: payee, accountCode: accountCode, in: folder.session, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}
