extension PaperBuilder {
    /// "Rekap Kegiatan Tahun …": the office's year on paper, under its kop, signed by the Pengguna Anggaran.
    public func yearPaper(_ report: YearReport) -> Paper {
        func percent(_ part: Int, _ whole: Int) -> String { whole == 0 ? "-" : "\((part * 100 + whole / 2) / whole)%" }
        var blocks: [Paper.Block] = [.heading(lang.t("Kegiatan", "Sessions"))]
        if report.held.isEmpty {
            blocks.append(.paragraph(lang.t("Belum ada kegiatan tercatat pada tahun \(report.year). Sesi dicatat saat dibuat dengan aula new, "
                                            + "atau dengan aula people learn DIR.",
                                            "No session listed in \(report.year). Sessions are listed when made with aula new, or with "
                                            + "aula people learn DIR.")))
        } else {
            var rows = report.held.enumerated().map { index, held -> [String] in
                let date = SessionClock.longDate(held.listed.date, lang: lang).map { String($0.split(separator: ",")[1].dropFirst()) } ?? held.listed.date
                guard held.session != nil else {
                    return [String(index + 1), date, clean(held.listed.title) + lang.t(" (folder tidak terbaca)", " (folder unreadable)"), "-", "-", "-"]
                }
                return [String(index + 1), date, clean(held.listed.title), String(held.invited), String(held.present),
                        percent(held.present, held.invited)]
            }
            let invited = report.held.reduce(0) { $0 + $1.invited }, present = report.held.reduce(0) { $0 + $1.present }
            rows.append(["", lang.t("JUMLAH", "TOTAL"), "", String(invited), String(present), percent(present, invited)])
            var table = Paper.Table(headers: ["No", lang.t("Tanggal", "Date"), lang.t("Kegiatan", "Session"), lang.t("Diundang", "Invited"),
                                              lang.t("Hadir", "Present"), "%"],
                                    rightAligned: [true, false, false, true, true, true], rows: rows, rowPadding: 0)
            table.totalsRow = true
            blocks.append(.table(table))
        }
        if !report.byKecamatan.isEmpty {
            blocks.append(.heading(lang.t("Kehadiran per kecamatan", "Attendance per kecamatan")))
            blocks.append(.table(Paper.Table(
                headers: ["Kecamatan", lang.t("Undangan", "Invitations"), lang.t("Hadir", "Present"), "%"],
                rightAligned: [false, true, true, true],
                rows: report.byKecamatan.map { [clean($0.kecamatan), String($0.invited), String($0.present), percent($0.present, $0.invited)] },
                rowPadding: 0)))
        }
        if !report.neverCame.isEmpty {
            blocks.append(.heading(lang.t("Tidak pernah hadir sepanjang tahun", "Never present during the year")))
            blocks.append(.list(report.neverCame.map(clean)))
        }
        /// Sums per label; with what was paid out, or (for the tax) without.
        func money(_ sums: [YearReport.Sum], _ first: String, paidOut: Bool = true) -> Paper.Block {
            func row(_ label: String, _ payees: Int, _ bruto: Int, _ tax: Int) -> [String] {
                [label, String(payees), Rupiah.format(bruto), Rupiah.format(tax)] + (paidOut ? [Rupiah.format(bruto - tax)] : [])
            }
            var rows = sums.map { row(clean($0.label), $0.payees, $0.bruto, $0.tax) }
            rows.append(row(lang.t("JUMLAH", "TOTAL"), sums.reduce(0) { $0 + $1.payees }, sums.reduce(0) { $0 + $1.bruto },
                            sums.reduce(0) { $0 + $1.tax }))
            let headers = [first, lang.t("Penerima", "Payees"), lang.t("Bruto", "Gross"), "PPh 21"] + (paidOut ? [lang.t("Diterima", "Paid")] : [])
            var table = Paper.Table(headers: headers, rightAligned: headers.indices.map { $0 > 0 }, rows: rows, rowPadding: 0)
            table.totalsRow = true
            return .table(table)
        }
        if !report.byKind.isEmpty {
            blocks.append(.heading(lang.t("Uang per jenis", "Money per kind")))
            blocks.append(money(report.byKind, lang.t("Jenis", "Kind")))
            blocks.append(.heading(lang.t("Uang per kode rekening", "Money per account code")))
            blocks.append(money(report.byAccount, lang.t("Kode rekening", "Account code")))
        }
        if !report.taxByMonth.isEmpty {
            blocks.append(.heading(lang.t("PPh 21 dipotong per masa pajak", "PPh 21 withheld per tax month")))
            blocks.append(money(report.taxByMonth, lang.t("Masa · kode objek pajak", "Month · tax object code"), paidOut: false))
        }
        let papers = session.papers
        blocks.append(.signatures(placeAndDate: (papers.place.isEmpty ? "................" : clean(papers.place)) + ", ........................", [
            signature(lang.t("Mengetahui,", "Acknowledged by,"), role: lang.t("Pengguna Anggaran", "Budget User"),
                      name: papers.budgetUser, nip: papers.budgetUserNip),
        ]))
        return Paper(kind: .rekapTahunan, letterhead: letterhead, title: lang.t("REKAP KEGIATAN TAHUN ", "THE YEAR'S SESSIONS, ") + report.year,
                     info: [Paper.Field(label: lang.t("Kantor", "Office"), value: clean(session.organizer.isEmpty ? session.title : session.organizer)),
                            Paper.Field(label: lang.t("Jumlah kegiatan", "Sessions"), value: String(report.held.count))],
                     blocks: blocks)
    }
}
