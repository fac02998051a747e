import AulaCore
import Foundation
import Testing

/// The money half of the SPJ for a Dana Desa sosialisasi held in 2021 and again in 2025, with every kind of payee:
/// a PNS narasumber (IV/a, 2 hours), a non-PNS narasumber with an NPWP and one with only a NIK, a moderator, a
/// pembawa acara, panitia (a PNS III/c and one who is not), and kepala desa paid uang transport and uang saku. The
/// amounts expected here are worked out by hand from the rules, not by Aula's tax code.
@Suite(.serialized) struct SPJByYearTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    func session(_ name: String, date: String) throws {
        try aula.ok("new", name, "--title", "Sosialisasi Pengelolaan Dana Desa", "--date", date, "--venue", "Aula Kantor Bupati Belu",
                    "--organizer", "DPMD Kabupaten Belu")
        let roster = work.path("\(name)-roster.csv")
        try Data("""
            Nama,Jabatan,Unit,Kecamatan,NPWP
            Yohanes Bria,Kepala Desa,Desa Tohe,Raihat,11.222.333.4-012.000
            Maria Hoar,Kepala Desa,Desa Dualaus,Kakuluk Mesak,77.888.999.0-012.000
            Petrus Mali,Kepala Desa,Desa Tialai,Tasifeto Barat,

            """.utf8).write(to: URL(fileURLWithPath: roster))
        try aula.ok("roster", "import", name, roster)
        try aula.ok("agenda", "add", name, "Pembukaan", "--minutes", "30")
        try aula.ok("agenda", "add", name, "Materi Dana Desa", "--minutes", "120")
        try aula.ok("agenda", "add", name, "Materi Pajak", "--minutes", "60")
        for person in [
            ["narasumber", "Dr. Dominikus Bere, S.Sos., M.Si.", "--nip", "197505052000031008", "--golongan", "IV/a"],
            ["narasumber", "Agustinus Nahak, S.E.", "--status", "non-pns", "--npwp", "12.345.678.9-012.000", "--alamat", "Jl. Sudirman 5, Atambua"],
            ["narasumber", "Fransiska Luruk, S.H.", "--status", "non-pns", "--nik", "5304014101800001", "--alamat", "Fatubenao, Atambua"],
            ["moderator", "Maria Luruk, S.Sos.", "--status", "non-pns", "--npwp", "98.765.432.1-012.000"],
            ["pembawa-acara", "Yanti Mau", "--status", "non-pns", "--nik", "5304015505900002"],
            ["panitia", "Agus Klau, S.IP.", "--nip", "198001012005011002", "--golongan", "III/c", "--npwp", "55.666.777.8-012.000"],
            ["panitia", "Rini Seran", "--status", "non-pns", "--nik", "5304016606950003"],
        ] {
            try aula.ok(arguments: ["person", "add", name, "--role", person[0], "--name", person[1]] + Array(person.dropFirst(2)))
        }
        try aula.ok("person", "set", name, "Dominikus Bere", "npwp", "33.444.555.6-012.000")
        try aula.ok("pay", "rate", name, "honor", "--item", "2", "--person", "Dominikus Bere", "--amount", "3000000", "--hours", "2")
        try aula.ok("pay", "rate", name, "honor", "--item", "3", "--person", "Agustinus Nahak", "--amount", "900000")
        try aula.ok("pay", "rate", name, "honor", "--item", "3", "--person", "Fransiska Luruk", "--amount", "900000")
        try aula.ok("pay", "rate", name, "moderator", "--person", "Maria Luruk", "--amount", "700000")
        try aula.ok("pay", "rate", name, "pembawa-acara", "--person", "Yanti Mau", "--amount", "500000")
        try aula.ok("pay", "rate", name, "panitia", "--person", "Agus Klau", "--amount", "300000", "--days", "2")
        try aula.ok("pay", "rate", name, "panitia", "--person", "Rini Seran", "--amount", "300000", "--days", "2")
        try aula.ok("pay", "rate", name, "transport", "--jabatan", "Kepala Desa", "--amount", "150000")
        try aula.ok("pay", "rate", name, "uang-saku", "--jabatan", "Kepala Desa", "--amount", "100000")
        try aula.ok("set", name, "pph-uang-saku", "ya")
        try aula.ok("set", name, "npwp-penandatangan", "5304014404820004")
        // The undangan as sent, before the door learns anything.
        try aula.ok("summary", name, "--document", "undangan", "--format", "pdf")
        try aula.ok("checkin", name, "tohe")
        try aula.ok("checkin", name, "dualaus")
        try aula.ok("checkin", name, "tialai", "--status", "izin")
    }

    /// Each payee's gross and PPh 21 by hand, and the rule cited, for a session in `year`.
    /// 2021: NIK does not stand for an NPWP (so +20%); 2025: it does (from 1 July 2024).
    func expected(_ year: Int) -> [String: (kind: String, bruto: Int, tax: Int, code: String)] {
        let nikCounts = year >= 2025
        let withoutNPWP = { (tax: Int) in nikCounts ? tax : tax * 120 / 100 }
        return [
            // PNS IV/a, final 15% of 2 x Rp3.000.000.
            "Dr. Dominikus Bere, S.Sos., M.Si.": ("honor", 6_000_000, 900_000, year >= 2025 ? "21-402-03" : "21-402-01"),
            // Bukan pegawai: 5% of half the gross.
            "Agustinus Nahak, S.E.": ("honor", 900_000, 22_500, year >= 2025 ? "21-100-18" : "21-100-09"),
            "Fransiska Luruk, S.H.": ("honor", 900_000, withoutNPWP(22_500), year >= 2025 ? "21-100-18" : "21-100-09"),
            "Maria Luruk, S.Sos.": ("moderator", 700_000, 17_500, year >= 2025 ? "21-100-18" : "21-100-09"),
            "Yanti Mau": ("pembawa-acara", 500_000, withoutNPWP(12_500), year >= 2025 ? "21-100-33" : "21-100-09"),
            // Panitia: a PNS III/c final 5%; one who is not, a peserta kegiatan: 5% of the whole gross.
            "Agus Klau, S.IP.": ("panitia", 600_000, 30_000, year >= 2025 ? "21-402-02" : "21-402-01"),
            "Rini Seran": ("panitia", 600_000, withoutNPWP(30_000), year >= 2025 ? "21-100-15" : "21-100-13"),
            // Peserta: uang saku taxed 5% of the whole; transport not taxed.
            "Yohanes Bria": ("uang-saku", 100_000, 5_000, year >= 2025 ? "21-100-14" : "21-100-13"),
            "Maria Hoar": ("uang-saku", 100_000, 5_000, year >= 2025 ? "21-100-14" : "21-100-13"),
        ]
    }

    /// The rows of a daftar penerimaan as CSV: payee, then its gross, PPh 21 and net.
    func rows(_ name: String, kind: String) throws -> [String: [Int]] {
        let csv = try aula.ok("summary", name, "--document", "penerimaan", "--kind", kind, "--format", "csv", "--lang", "en")
        var rows: [String: [Int]] = [:]
        for record in try CSVReader.records(csv, delimiter: ",", file: kind) where record.fields.count > 3 {
            let amounts = record.fields.compactMap { $0.hasPrefix("Rp") ? Rupiah.parse($0) : nil }
            if amounts.count == 3 && record.fields[0] != "" { rows[record.fields[1]] = amounts }
        }
        return rows
    }

    @Test(arguments: [2021, 2025])
    func everyAmountTaxAndRuleIsRightForTheYear(year: Int) throws {
        let name = "dd\(year)"
        try session(name, date: "\(year)-03-18")
        let expected = expected(year)
        var totals: [String: (bruto: Int, tax: Int)] = [:]
        for kind in ["honor", "moderator", "pembawa-acara", "panitia", "uang-saku"] {
            let found = try rows(name, kind: kind)
            let mine = expected.filter { $0.value.kind == kind }
            #expect(Set(found.keys) == Set(mine.keys), "\(kind): \(found.keys.sorted())")
            for (payee, want) in mine {
                #expect(found[payee] == [want.bruto, want.tax, want.bruto - want.tax], "\(year) \(kind) \(payee)")
            }
            let bruto = mine.values.reduce(0) { $0 + $1.bruto }, tax = mine.values.reduce(0) { $0 + $1.tax }
            totals[kind] = (bruto, tax)
            // The total and its terbilang (netto by default).
            let text = try aula.ok("summary", name, "--document", "penerimaan", "--kind", kind, "--width", "132")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains(Rupiah.format(bruto)) && text.contains(Rupiah.format(bruto - tax)))
            #expect(text.contains("Terbilang (jumlah diterima): " + Rupiah.words(bruto - tax) + "."), "\(kind)")
        }
        // Transport is paid in full: the office does not withhold on it.
        #expect(try rows(name, kind: "transport")["Yohanes Bria"] == [150_000, 0, 150_000])

        // Each paper cites the rule of its year.
        let honor = try aula.ok("summary", name, "--document", "penerimaan", "--kind", "honor", "--width", "132")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let panitia = try aula.ok("summary", name, "--document", "penerimaan", "--kind", "panitia", "--width", "132")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let rekap = try aula.ok("summary", name, "--document", "pph21", "--width", "132").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(honor.contains("PP 80/2010 jo. PMK 262/2010"))
        #expect(panitia.contains("bukan PNS sebagai peserta kegiatan 100% x tarif Pasal 17"))
        if year == 2021 {
            #expect(honor.contains("PMK 252/2008 jo. PER-16/PJ/2016") && honor.contains("5% s.d. Rp50.000.000; UU 36/2008 Pasal 17"))
            #expect(!honor.contains("PMK 168/2023") && !honor.contains("NIK berlaku sebagai NPWP"))
            #expect(rekap.contains("Kode objek pajak menurut PER-14/PJ/2013 jo. PER-16/PJ/2016"))
        } else {
            #expect(honor.contains("PP 58/2023 jo. PMK 168/2023") && honor.contains("5% s.d. Rp60.000.000; UU 7/2021 (HPP) Pasal 17"))
            #expect(honor.contains("NIK berlaku sebagai NPWP") && !honor.contains("PMK 252/2008"))
            #expect(rekap.contains("Kode objek pajak menurut PER-11/PJ/2025 (Coretax)"))
        }
        // The Rekap PPh 21: the masa pajak, each payee's code, and the whole withheld.
        let withheld = expected.values.reduce(0) { $0 + $1.tax }
        #expect(rekap.contains("Masa Pajak : Maret \(year)") && rekap.contains("JUMLAH") && rekap.contains(Rupiah.format(withheld)))

        // The bukti potong in e-Bupot's columns, read back by LibreOffice.
        let book = work.path("\(name)-bupot.xlsx")
        try aula.ok("summary", name, "--document", "bukti-potong", "--format", "xlsx", "--output", book)
        let cells = try LibreOffice(work: work).cells(book)
        #expect(cells.first?.count == 19)
        #expect(cells.first?.prefix(8).joined(separator: "|") == "No|Tgl Pemotongan (dd/MM/yyyy)|Penerima Penghasilan? (NPWP/NIK)|"
                + "NPWP (tanpa format/tanda baca)|NIK (tanpa format/tanda baca)|Nama Penerima Penghasilan Sesuai NIK|"
                + "Alamat Penerima Penghasilan Sesuai NIK|Kode Objek Pajak")
        #expect(cells.first?[14] == "Penghasilan Bruto")
        let slips = cells.dropFirst()
        #expect(slips.count == expected.count, "\(slips)")
        for slip in slips {
            let payee = slip[5]
            guard let want = expected[payee] else { Issue.record("\(year): a slip for \(payee)"); continue }
            #expect(slip[1] == "18/03/\(year)" && slip[7] == want.code && Int(slip[14]) == want.bruto, "\(year) \(payee): \(slip)")
        }
        let fransiska = try #require(slips.first { $0[5] == "Fransiska Luruk, S.H." })
        #expect(fransiska[2] == "NIK" && fransiska[4] == "5304014101800001" && fransiska[6] == "Fatubenao, Atambua")
        let agustinus = try #require(slips.first { $0[5] == "Agustinus Nahak, S.E." })
        #expect(agustinus[2] == "NPWP" && agustinus[3] == "123456789012000" && agustinus[8] == "NIK" && agustinus[10] == "5304014404820004")

        // The kuitansi over Rp5.000.000 (Rp5.100.000 paid out) carries the meterai box; the others do not.
        let kuitansi = work.path("\(name)-kuitansi.pdf")
        try aula.ok("summary", name, "--document", "kuitansi", "--format", "pdf", "--output", kuitansi)
        let pages = try runTool("pdftotext", [kuitansi, "-"]).split(separator: "\u{0C}").map(String.init)
        #expect(pages.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count == 7)
        let dominikus = try #require(pages.first { $0.contains("Dominikus Bere") })
        #expect(dominikus.contains("Meterai Rp10.000") && dominikus.contains("Terbilang Rp5.100.000"))
        #expect(pages.filter { $0.contains("Meterai") }.count == 1)
        let moderator = try #require(pages.first { $0.contains("Maria Luruk") })
        #expect(moderator.contains("Honorarium moderator") && moderator.contains("Terbilang Rp682.500"))

        // The berkas: the undangan as first made, then the money in the usual order, with the Rekap PPh 21.
        let berkas = work.path("\(name)-berkas.pdf")
        try aula.ok("summary", name, "--document", "berkas", "--format", "pdf", "--output", berkas)
        let outline = try runTool("qpdf", ["--json", "--json-key=outlines", berkas])
        var last = outline.startIndex
        for title in ["Surat undangan dan lampiran daftar undangan, sebagaimana dikirim", "Daftar hadir", "Daftar hadir narasumber dan panitia",
                      "Daftar penerimaan uang transport", "Daftar penerimaan uang saku", "Daftar penerimaan honorarium narasumber",
                      "Daftar penerimaan honorarium moderator", "Daftar penerimaan honorarium pembawa acara",
                      "Daftar penerimaan honorarium panitia", "Kuitansi honorarium", "Rekap PPh 21 masa Maret \(year)", "Notulen"] {
            guard let found = outline.range(of: title, range: last..<outline.endIndex) else {
                Issue.record("\(year): the berkas's outline has no \(title) after the one before")
                break
            }
            last = found.upperBound
        }
    }

    @Test func theOfficeSetsTheBerkasOrderAndLeavesOutWhatItDoesNotFile() throws {
        try session("dd", date: "2025-03-18")
        try aula.ok("set", "dd", "urutan-berkas", "daftar-hadir, penerimaan, kuitansi, pph21, undangan")
        try aula.ok("summary", "dd", "--document", "berkas", "--format", "pdf", "--output", work.path("b.pdf"))
        let cover = try runTool("pdftotext", ["-f", "1", "-l", "1", work.path("b.pdf"), "-"]).split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(cover.contains("1. Daftar hadir 2. Daftar penerimaan uang transport"), "\(cover)")
        #expect(cover.contains("8. Kuitansi honorarium 9. Rekap PPh 21 masa Maret 2025 10. Surat undangan"), "\(cover)")
        #expect(!cover.contains("Notulen") && !cover.contains("Laporan"))
        // Where the office has a PPTK, each kuitansi carries their "Mengetahui" under the three signatures.
        try aula.ok("set", "dd", "pptk", "Maria Goreti Bano, S.E.")
        try aula.ok("set", "dd", "nip-pptk", "198506062010012003")
        let kuitansi = try aula.ok("summary", "dd", "--document", "kuitansi").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(kuitansi.components(separatedBy: "Mengetahui, Pejabat Pelaksana Teknis Kegiatan Maria Goreti Bano, S.E. NIP. 198506062010012003")
                    .count == 8, "\(kuitansi.prefix(2000))")
        let refused = try aula.run("set", "dd", "urutan-berkas", "undangan, spj")
        #expect(refused.status != 0 && refused.stderr.contains("Bagian berkas 'spj' tidak dikenal"))
        // A bukti potong is refused while a payee has neither NPWP nor NIK, naming them: here a stand-in paid uang saku.
        try aula.ok("checkin", "dd", "dualaus", "--status", "diwakili", "--by", "Stefanus Atok")
        let missing = try aula.run("summary", "dd", "--document", "bukti-potong", "--format", "xlsx", "--output", work.path("bp.xlsx"))
        #expect(missing.status != 0 && missing.stderr.contains("1 penerima tanpa NPWP atau NIK (Stefanus Atok)"), "\(missing.stderr)")
        try aula.ok("checkin", "dd", "dualaus")
        #expect(try aula.run("summary", "dd", "--document", "bukti-potong", "--format", "pdf").stderr.contains("--format xlsx atau csv"))
    }
}
