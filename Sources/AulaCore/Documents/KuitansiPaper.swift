extension PaperBuilder {
    /// Bea Meterai on a receipt over Rp5.000.000: Rp10.000 (UU 10/2020 Pasal 3 and 5).
    static let stampDutyFrom = 5_000_000
    static let stampDuty = "Meterai Rp10.000"

    /// The PPTK's "Mengetahui" under a kuitansi's signatures, where the office has one (`aula set DIR pptk ...`).
    var technicalOfficerSignature: [Paper.Block] {
        let papers = session.papers
        guard !papers.technicalOfficer.isEmpty else { return [] }
        return [.signatures(placeAndDate: "", [
            signature(lang.t("Mengetahui,", "Acknowledged by,"), role: lang.t("Pejabat Pelaksana Teknis Kegiatan", "Technical officer"),
                      name: papers.technicalOfficer, nip: papers.technicalOfficerNip),
        ])]
    }

    /// A kuitansi per honorarium (narasumber, moderator, pembawa acara, panitia), each on its own page: from whom, how much in words, for what (bruto, PPh 21 and the
    /// rule), the amount in figures, and the signatures: Pengguna Anggaran (setuju dibayar), Bendahara Pengeluaran
    /// (lunas dibayar) and the one who receives (and the PPTK's "mengetahui" where set), with a meterai box over Rp5.000.000 unless the office says not. One
    /// paper saying there is none when no honorarium is set.
    func kuitansi() -> [Paper] {
        let payments = PaymentRate.Kind.allCases.filter(\.isHonorarium).flatMap { kind in
            PaymentRules.payments(kind, in: session, lang: lang).map { (kind, $0) }
        }
        let papers = session.papers, dots = "........................"
        let gross = papers.amountInWords == "bruto"
        guard !payments.isEmpty else {
            return [Paper(kind: .kuitansi, letterhead: letterhead, title: "KUITANSI", info: [], blocks: [.paragraph(lang.t(
                "Belum ada honorarium. Tetapkan dengan: aula pay rate DIR honor --item N --person NAMA --amount JUMLAH",
                "No honorarium yet. Set one with: aula pay rate DIR honor --item N --person NAME --amount AMOUNT"))])]
        }
        return payments.map { kind, payment in
            let amount = gross ? payment.bruto : payment.netto
            let stamped = papers.stampDuty != "tidak" && amount > Self.stampDutyFrom
            let payer = lang.t("Pengguna Anggaran ", "Budget user, ") + clean(session.organizer)
            let person = session.people.first { PaymentRules.personKey($0.name) == PaymentRules.personKey(payment.payee) }
            let role = kind.role?.label(lang) ?? "narasumber"
            let purpose = lang.t("Honorarium \(role) (\(payment.seat)) dalam \(clean(session.title)), \(longDate): bruto \(Rupiah.format(payment.bruto)), "
                                     + "PPh 21 \(Rupiah.format(payment.tax)) (\(payment.rule)), diterima \(Rupiah.format(payment.netto)).",
                                 "Honorarium, \(role) (\(payment.seat)), \(clean(session.title)), \(longDate): gross \(Rupiah.format(payment.bruto)), "
                                     + "PPh 21 \(Rupiah.format(payment.tax)) (\(payment.rule)), paid \(Rupiah.format(payment.netto)).")
            var receiver = signature(lang.t("Yang menerima,", "Received by,"), role: "", name: payment.payee, nip: person?.nip ?? "")
            if person?.nip.isEmpty ?? true { receiver.nip = "" }
            if stamped { receiver.stamp = Self.stampDuty }
            var paper = Paper(kind: .kuitansi, letterhead: letterhead, title: "KUITANSI",
                              info: [Paper.Field(label: lang.t("Nomor", "Number"), value: dots)] + budgetLine(kind),
                              blocks: [
                                .fields([Paper.Field(label: lang.t("Sudah terima dari", "Received from"), value: payer),
                                         Paper.Field(label: lang.t("Uang sebanyak", "The sum of"), value: Rupiah.words(amount)),
                                         Paper.Field(label: lang.t("Untuk pembayaran", "For"), value: purpose)]),
                                .heading(lang.t("Terbilang ", "Amount ") + Rupiah.format(amount)
                                         + (gross ? lang.t(" (bruto)", " (gross)") : lang.t(" (jumlah diterima)", " (paid out)"))),
                                .signatures(placeAndDate: placeAndDate, [
                                    signature(lang.t("Setuju dibayar,", "Approved for payment,"), role: lang.t("Pengguna Anggaran", "Budget User"),
                                              name: papers.budgetUser, nip: papers.budgetUserNip),
                                    signature(lang.t("Lunas dibayar,", "Paid in full,"), role: lang.t("Bendahara Pengeluaran", "Treasurer"),
                                              name: papers.treasurer, nip: papers.treasurerNip),
                                    receiver,
                                ]),
                              ] + technicalOfficerSignature)
            paper.standsAlone = true
            return paper
        }
    }
}
