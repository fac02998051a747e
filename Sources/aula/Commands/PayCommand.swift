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
            if s.rates.isEmpty {
                print(lang.t("Contoh: aula pay rate DIR transport --jabatan \"Kepala Desa\" --amount 150000",
                             "Example: aula pay rate DIR transport --jabatan \"Kepala Desa\" --amount 150000"))
            }
        }
    }
}
