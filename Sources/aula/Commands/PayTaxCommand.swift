import AulaCore
import ArgumentParser

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
            try folder.record(outcome, lang: lang)
        }
    }
}
