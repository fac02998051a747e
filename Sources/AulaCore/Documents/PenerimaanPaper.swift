extension PaperBuilder {
    /// The budget line heading a money paper: Tahun Anggaran, sub kegiatan, kode rekening (a kind's own, set with its
    /// rate, before the session's) and the DPA's number.
    func budgetLine(_ kind: PaymentRate.Kind) -> [Paper.Field] {
        var p = session.papers
        let dots = "........................"
        if let own = PaymentRules.effective(session).last(where: { $0.kind == kind && !$0.accountCode.isEmpty }) {
            p.accountCode = own.accountCode
        }
        return [(lang.t("Tahun Anggaran", "Fiscal year"), p.fiscalYear.isEmpty ? String(session.date.prefix(4)) : p.fiscalYear),
                (lang.t("Sub Kegiatan", "Sub-activity"), p.subActivity), (lang.t("Kode Rekening", "Account code"), p.accountCode),
                (lang.t("Nomor DPA", "DPA number"), p.dpaNumber)]
            .map { Paper.Field(label: $0.0, value: $0.1.isEmpty ? dots : clean($0.1)) }
    }

    /// Daftar penerimaan of one kind: who receives what, before and after PPh 21, a wide Tanda Tangan column, the
    /// total in figures and in words, and the three signatures a bendahara's SPJ needs.
    func penerimaan(_ kind: PaymentRate.Kind) -> Paper {
        let payments = PaymentRules.payments(kind, in: session, lang: lang)
        let honor = kind.isHonorarium
        var rows: [[String]] = []
        for (index, payment) in payments.enumerated() {
            let number = "\(index + 1)."
            let sign = index % 2 == 0 ? number : " " + number  // even rows sign in the column's right half
            // A seat paid without a name: a line to write it on, when the paper is to be completed by hand.
            var row = [String(index + 1), payment.named ? payment.payee : "......................",
                       payment.onBehalf ? lang.t("a.n. ", "for ") + payment.seat : payment.seat]
            // The golongan with the rule its tax was taken by, so the bendahara sees which applied to whom.
            if honor { row += [payment.golongan + "; " + payment.rule, payment.npwp.isEmpty ? "-" : taxNumber(payment.npwp)] }
            row += [Rupiah.format(payment.bruto), Rupiah.format(payment.tax), Rupiah.format(payment.netto), sign]
            rows.append(row)
        }
        let bruto = payments.reduce(0) { $0 + $1.bruto }, tax = payments.reduce(0) { $0 + $1.tax }
        var total = ["", lang.t("JUMLAH", "TOTAL"), ""]
        if honor { total += ["", ""] }
        rows.append(total + [Rupiah.format(bruto), Rupiah.format(tax), Rupiah.format(bruto - tax), ""])
        var headers = ["No", lang.t("Nama", "Name"), kind == .honor ? lang.t("Jabatan/ Acara", "Position/ Item") : honor ? lang.t("Jabatan/ Tugas", "Position/ Task") : lang.t("Jabatan/ Unit", "Position")]
        if honor { headers += [lang.t("Gol.; PPh", "Grade; tax"), "NPWP"] }
        headers += [lang.t("Jumlah Bruto", "Gross"), "PPh 21", lang.t("Jumlah Diterima", "Paid"), lang.t("Tanda Tangan", "Signature")]
        var table = Paper.Table(headers: headers, rightAligned: headers.indices.map { $0 == 0 || $0 >= headers.count - 4 && $0 < headers.count - 1 },
                                rows: rows, rowPadding: 1)
        table.totalsRow = true
        var blocks: [Paper.Block] = []
        if payments.isEmpty {
            blocks.append(.paragraph(lang.t(
                "Belum ada penerima: tidak ada tarif \(kind.rawValue) untuk yang hadir. Tetapkan dengan: aula pay rate DIR \(kind.rawValue) ...",
                "No payees yet: no \(kind.rawValue) rate for anyone present. Set one with: aula pay rate DIR \(kind.rawValue) ...")))
        } else {
            blocks.append(.table(table))
            // The terbilang says which amount it states: what is paid out (netto), or the gross, as the office files it.
            let gross = session.papers.amountInWords == "bruto"
            blocks.append(.paragraph((gross ? lang.t("Terbilang (jumlah bruto): ", "In words (gross): ")
                                            : lang.t("Terbilang (jumlah diterima): ", "In words (paid out): "))
                                     + Rupiah.words(gross ? bruto : bruto - tax) + "."))
        }
        if honor {
            blocks.append(.paragraph(TaxRules(session: session).description(lang, others: kind == .panitia ? .peserta : .nonPNS)))
        } else if !payments.isEmpty {
            let field: Change.SessionField = kind == .transport ? .taxTransport : .taxPocketMoney
            let taxed = session[keyPath: field.keyPath] == "ya"
            blocks.append(.paragraph(TaxRules(session: session).pesertaDescription(kind.title(lang).lowercased(), setting: field.argumentName,
                                                                                   taxed: taxed, lang)))
        }
        let papers = session.papers
        blocks.append(.signatures(placeAndDate: placeAndDate, [
            signature(lang.t("Setuju dibayar,", "Approved for payment,"), role: lang.t("Pejabat Pembuat Komitmen", "Commitment Officer"),
                      name: papers.commitmentOfficer, nip: papers.commitmentOfficerNip),
            signature(lang.t("Lunas dibayar,", "Paid in full,"), role: lang.t("Bendahara Pengeluaran", "Treasurer"),
                      name: papers.treasurer, nip: papers.treasurerNip),
            signature(lang.t("Mengetahui,", "Acknowledged by,"), role: lang.t("Pengguna Anggaran", "Budget User"),
                      name: papers.budgetUser, nip: papers.budgetUserNip),
        ]))
        // Acara, hari/tanggal and tempat, then the budget line the money comes from (dotted where not set, to be
        // written in).
        let info = basicInfo.filter { !timeFields.contains($0) } + budgetLine(kind)
        let unnamed = payments.filter { !$0.named }.map(\.seat)
        return Paper(kind: .penerimaan, letterhead: letterhead, title: lang.t("DAFTAR PENERIMAAN ", "RECEIPT LIST: ") + kind.title(lang),
                     info: info, blocks: blocks, missingNames: namesByHand || unnamed.isEmpty ? nil : unnamed)
    }
}
