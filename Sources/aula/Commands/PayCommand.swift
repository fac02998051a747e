import AulaCore
import ArgumentParser

/// `aula pay`: the money of the SPJ.
struct PayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Uang transport, uang saku, honorarium dan PPh 21 untuk daftar penerimaan. / Rates and tax for the payment lists.",
        discussion: """
            Jumlah dalam rupiah utuh. Daftar penerimaan: aula summary DIR --document penerimaan --kind transport --format pdf
            Amounts in whole rupiah. The lists: aula summary DIR --document penerimaan --kind transport --format pdf
            """,
        subcommands: [PayRateCommand.self, PayTaxCommand.self, PayListCommand.self])
}

extension PaymentRate.Kind: ExpressibleByArgument {}

/// `aula pay rate DIR KIND (--jabatan TEXT | --seat QUERY | --item N) --amount RUPIAH [--hours H] [--golongan G]`.
struct PayRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Tetapkan tarif (jumlah 0 menghapusnya). / Set a rate (amount 0 takes it back).",
        discussion: """
            Contoh: aula pay rate kim transport --jabatan "Kepala Desa" --amount 150000
                    aula pay rate kim uang-saku --seat tohe --amount 100000
                    aula pay rate kim honor --item 3 --amount 900000 --hours 2 --golongan IV/b
            Tarif yang sama ditetapkan lagi menggantikan yang lama (aula pay list menampilkan keduanya); aula undo membatalkan.
            Setting the same rate again replaces it (aula pay list shows both); aula undo takes it back.
            """)

    @OptionGroup var session: SessionOptions
    @Argument(help: "transport, uang-saku atau honor.")
    var kind: PaymentRate.Kind
    @Option(help: "Untuk semua kursi undangan dengan jabatan ini. / For every invited seat with this jabatan.")
    var jabatan: String?
    @Option(help: "Untuk satu kursi (nama, unit, nomor baris atau kode). / For one seat.")
    var seat: String?
    @Option(help: "Honorarium: nomor acara. / Honorarium: the agenda item's number.")
    var item: Int?
    @Option(help: "Rupiah per orang (per jam untuk honorarium). / Rupiah a person (an hour for an honorarium).")
    var amount: Int
    @Option(help: "Honorarium: jumlah jam (bawaan 1). / Honorarium: hours (default 1).")
    var hours = 1
    @Option(help: "Honorarium: golongan narasumber dari luar daftar (IV/b). / The speaker's golongan when not on the roster.")
    var golongan = ""

    func validate() throws {
        if [jabatan != nil, seat != nil, item != nil].filter({ $0 }).count != 1 {
            throw ValidationError("Sebutkan satu: --jabatan, --seat atau --item. / Name one of --jabatan, --seat, --item.")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let whom: PaymentOperation.Whom = jabatan.map { .jabatan($0) } ?? seat.map { .seat($0) } ?? .item(item ?? 0)
            let outcome = try PaymentOperation.rate(kind, for: whom, amount: amount, hours: hours, golongan: golongan,
                                                    in: folder.session, lang: lang)
            try folder.record(outcome)
        }
    }
}

/// `aula pay tax DIR (--golongan G | --non-pns) --percent P`.
struct PayTaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tax",
        abstract: "Ubah tarif PPh 21 atas honorarium untuk kegiatan ini. / Change a PPh 21 rate for this session.",
        discussion: "Bawaan: PP 80/2010 (gol. I dan II 0%, III 5%, IV 15%), bukan PNS 2,5% (PMK 168/2023).")

    @OptionGroup var session: SessionOptions
    @Option(help: "Golongan I, II, III atau IV.")
    var golongan: String?
    @Flag(name: .customLong("non-pns"), help: "Untuk narasumber bukan PNS. / For speakers who are not civil servants.")
    var nonPNS = false
    @Option(help: "Persen, misalnya 15 atau 2,5. / Percent, e.g. 15 or 2.5.")
    var percent: String

    func validate() throws {
        if (golongan == nil) == !nonPNS { throw ValidationError("Sebutkan --golongan G atau --non-pns. / Name --golongan G or --non-pns.") }
        if let golongan, Golongan(text: golongan) == nil {
            throw ValidationError("--golongan: I, II, III atau IV (bukan '\(TextSanitizer.line(golongan))')")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let group: TaxRules.Group = golongan.flatMap(Golongan.init(text:)).map { .golongan($0) } ?? .nonPNS
            let outcome = try PaymentOperation.tax(group, percent: percent, lang: lang)
            try folder.record(outcome)
        }
    }
}

/// `aula pay list DIR`.
struct PayListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Semua tarif (dengan meja dan jam), aturan PPh 21 dan jumlahnya. / Every rate, the tax rule and the totals.")

    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let s = try session.open(writable: false, lang: lang).session
            for line in PaymentOperation.list(s, lang: lang) { print(line) }
        }
    }
}
