import AulaCore
import ArgumentParser

/// `aula pay tax DIR (--golongan G | --non-pns) --percent P`.
struct PayTaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tax",
        abstract: "Ubah tarif PPh 21 atas honorarium untuk kegiatan ini. / Change a PPh 21 rate for this session.",
        discussion: "Bawaan: PP 80/2010 (gol. I dan II 0%, III 5%, IV 15%), bukan PNS 2,5% (PMK 168/2023).")

    @OptionGroup var session: SessionOptions
    @Option(help: "Golongan I, II, III atau IV (ruang boleh ikut: III/c). / Grade I to IV (with its ruang: III/c).")
    var golongan: Golongan?
    @Flag(name: .customLong("non-pns"), help: "Untuk narasumber bukan PNS. / For speakers who are not civil servants.")
    var nonPNS = false
    @Option(help: "Persen, 0 sampai 100, misalnya 15 atau 2,5. / Percent, 0 to 100, e.g. 15 or 2.5.")
    var percent: Percent

    func validate() throws {
        if (golongan == nil) == !nonPNS { throw ValidationError("Sebutkan --golongan G atau --non-pns. / Name --golongan G or --non-pns.") }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let group: TaxRules.Group = golongan.map { .golongan($0) } ?? .nonPNS
            let outcome = PaymentOperation.tax(group, percent: percent, lang: lang)
            try folder.record(outcome, lang: lang)
        }
    }
}
