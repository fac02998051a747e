extension PaperBuilder {
    /// Every payment PPh 21 is withheld on, with its kind.
    var withholdings: [(kind: PaymentRate.Kind, payment: Payment)] { PaymentRules.withholdings(session, lang: lang) }

    /// "Maret 2021": the masa pajak the session's payments fall in.
    var taxPeriod: String {
        (SessionClock.longDate(session.date, lang: lang) ?? session.date).split(separator: " ").suffix(2).joined(separator: " ")
    }

    /// The tarif a bukti potong states: the tax over its base, as a percent ("5%", "6%", "15%").
    static func tarif(_ payment: Payment) -> String {
        payment.dpp > 0 ? TaxRules.percent(payment.tax * 10_000 / payment.dpp) : "0%"
    }

    /// "Rekap PPh 21" for the masa pajak: each payee with the kode objek pajak, bruto, DPP, tarif and PPh 21 withheld,
    /// the sums per kode objek pajak (what the SPT Masa PPh 21 asks for), the rule of the codes in force on the
    /// session's date, and the Bendahara Pengeluaran's signature.
    func rekapPPh21() -> Paper {
        let list = withholdings
        let codes = TaxObjectCodes.table(on: session.date)
        var blocks: [Paper.Block] = []
        if list.isEmpty {
            blocks.append(.paragraph(lang.t(
                "Belum ada PPh 21 yang dipotong: tidak ada honorarium, dan uang transport atau uang saku peserta tidak dipotong.",
                "No PPh 21 withheld yet: no honorarium, and the peserta's transport and pocket money are not taxed.")))
        } else {
            var rows = list.enumerated().map { index, entry -> [String] in
                let p = entry.payment
                return [String(index + 1), p.payee, p.taxNPWP.isEmpty ? (p.taxNIK.isEmpty ? "-" : taxNumber("NIK " + p.taxNIK)) : p.taxNPWP,
                        p.taxPayee.map { codes.code($0) } ?? "", entry.kind.title(lang).capitalized,
                        Rupiah.format(p.bruto), Rupiah.format(p.dpp), Self.tarif(p), Rupiah.format(p.tax)]
            }
            let bruto = list.reduce(0) { $0 + $1.payment.bruto }, dpp = list.reduce(0) { $0 + $1.payment.dpp }
            let tax = list.reduce(0) { $0 + $1.payment.tax }
            rows.append(["", lang.t("JUMLAH", "TOTAL"), "", "", "", Rupiah.format(bruto), Rupiah.format(dpp), "", Rupiah.format(tax)])
            var table = Paper.Table(headers: ["No", lang.t("Nama", "Name"), "NPWP/ NIK", lang.t("Kode Objek Pajak", "Tax object code"),
                                              lang.t("Jenis", "Kind"), lang.t("Bruto", "Gross"), "DPP", lang.t("Tarif", "Rate"), "PPh 21"],
                                    rightAligned: [true, false, false, false, false, true, true, true, true], rows: rows, rowPadding: 0)
            table.totalsRow = true
            blocks.append(.table(table))
            // The SPT Masa asks per kode objek pajak: how many payees, how much gross, how much tax.
            var byCode: [(code: String, count: Int, bruto: Int, tax: Int)] = []
            for entry in list {
                let code = entry.payment.taxPayee.map { codes.code($0) } ?? ""
                if let at = byCode.firstIndex(where: { $0.code == code }) {
                    byCode[at].count += 1
                    byCode[at].bruto += entry.payment.bruto
                    byCode[at].tax += entry.payment.tax
                } else {
                    byCode.append((code, 1, entry.payment.bruto, entry.payment.tax))
                }
            }
            blocks.append(.paragraph(lang.t("Kode objek pajak menurut \(codes.rule.basis). ", "Tax object codes as in \(codes.rule.basis). ")
                                     + TaxRules(session: session).description(lang)))
            blocks.append(.heading(lang.t("Jumlah per kode objek pajak", "Totals per tax object code")))
            blocks.append(.table(Paper.Table(
                headers: [lang.t("Kode Objek Pajak", "Tax object code"), lang.t("Penerima", "Payees"), lang.t("Bruto", "Gross"), "PPh 21"],
                rightAligned: [false, true, true, true],
                rows: byCode.sorted { $0.code < $1.code }.map { [$0.code, String($0.count), Rupiah.format($0.bruto), Rupiah.format($0.tax)] },
                rowPadding: 0)))
        }
        let papers = session.papers
        blocks.append(.signatures(placeAndDate: placeAndDate, [
            signature(lang.t("Yang memotong,", "Withheld by,"), role: lang.t("Bendahara Pengeluaran", "Treasurer"),
                      name: papers.treasurer, nip: papers.treasurerNip),
        ]))
        let info = basicInfo.filter { !timeFields.contains($0) }
            + [Paper.Field(label: lang.t("Masa Pajak", "Tax period"), value: taxPeriod)]
        return Paper(kind: .pph21, letterhead: letterhead, title: lang.t("REKAP PEMOTONGAN PPh PASAL 21", "PPh 21 WITHHOLDING SUMMARY"),
                     info: info, blocks: blocks)
    }

    /// The bukti potong data as e-Bupot 21/26's import template (sheet "21", bukti pemotongan selain pegawai tetap)
    /// takes it: one row per payee in the template's columns and order. The withholding date is the session's; the
    /// signer's NPWP or NIK is the session's setting (`aula set DIR npwp-penandatangan ...`).
    func buktiPotong() -> Paper {
        let codes = TaxObjectCodes.table(on: session.date)
        let parts = session.date.split(separator: "-")
        let date = parts.count == 3 ? "\(parts[2])/\(parts[1])/\(parts[0])" : session.date
        let signer = session.papers.withholderID
        let rows = withholdings.enumerated().map { index, entry -> [String] in
            let p = entry.payment
            let usesNPWP = !p.taxNPWP.isEmpty || p.taxNIK.isEmpty
            return [String(index + 1), date, usesNPWP ? "NPWP" : "NIK", Self.digits(p.taxNPWP), Self.digits(p.taxNIK), p.payee, p.address,
                    p.taxPayee.map { codes.code($0) } ?? "", signer.count == 16 ? "NIK" : "NPWP",
                    signer.count == 16 ? "" : signer, signer.count == 16 ? signer : "", "", "Tidak", "Tidak",
                    String(p.bruto), "Tidak", "", "N", ""]
        }
        let headers = Self.buktiPotongColumns
        var paper = Paper(kind: .buktiPotong, letterhead: [], title: "21", info: [],
                          blocks: [.table(Paper.Table(headers: headers, rightAligned: headers.map { _ in false }, rows: rows, rowPadding: 0))])
        let withoutID = withholdings.filter { !$0.payment.hasTaxID }
        paper.missingTaxIDs = withoutID.isEmpty ? nil : withoutID.map(\.payment.payee)
        return paper
    }

    /// The columns of e-Bupot 21/26's import sheet "21" (PER-2/PJ/2024), in order.
    static let buktiPotongColumns = [
        "No", "Tgl Pemotongan (dd/MM/yyyy)", "Penerima Penghasilan? (NPWP/NIK)", "NPWP (tanpa format/tanda baca)",
        "NIK (tanpa format/tanda baca)", "Nama Penerima Penghasilan Sesuai NIK", "Alamat Penerima Penghasilan Sesuai NIK",
        "Kode Objek Pajak", "Penandatangan Menggunakan? (NPWP/NIK)", "NPWP Penandatangan (tanpa format/tanda baca)",
        "NIK Penandatangan (tanpa format/tanda baca)", "Kode PTKP", "Pegawai Harian? (Ya/Tidak)", "Menggunakan Gross Up? (Ya/Tidak)",
        "Penghasilan Bruto", "Terdapat Akumulasi Penghasilan Bruto Sebelumnya? (Ya/Tidak)", "Akumulasi Penghasilan Bruto Sebelumnya",
        "Mendapatkan Fasilitas? (N/SKB/DTP)", "Nomor SKB/Nomor DTP",
    ]

    /// A number as the template wants it: digits only.
    static func digits(_ text: String) -> String { text.filter(\.isASCIIDigit) }
}
