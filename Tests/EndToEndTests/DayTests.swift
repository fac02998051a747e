import AulaCore
import Foundation
import Testing

/// Scenes from a whole day as it really goes (issue 18), through the command line.
@Suite struct DayTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    @Test func minutesReconstructedAfterTheFactFromTheNotulisPaper() throws {
        try aula.ok("demo", "kim")
        #expect(try aula.ok("agenda", "start", "kim", "1", "--at", "09:03") == "Dimulai: 1. Registrasi peserta 09:03 WITA\n")
        try aula.ok("agenda", "start", "kim", "2", "--at", "09:20")
        try aula.ok("agenda", "end", "kim", "--at", "10:05")
        let notulen = try aula.ok("summary", "kim", "--document", "notulen", "--format", "text")
        #expect(notulen.contains("1. Registrasi peserta (pukul 09.03–09.20 WITA)"))
        #expect(notulen.contains("2. Pembukaan dan sambutan (pukul 09.20–10.05 WITA)"))
        // A corrected end of an item that has ended, and an end before its start refused.
        try aula.ok("agenda", "end", "kim", "2", "--at", "10:15")
        #expect(try aula.ok("summary", "kim", "--document", "notulen", "--format", "text").contains("(pukul 09.20–10.15 WITA)"))
        let early = try aula.run("agenda", "end", "kim", "2", "--at", "09:10")
        #expect(early.status != 0 && early.stderr.contains("Acara 2 dimulai 09:20; tidak bisa selesai 09:10."))
        let notStarted = try aula.run("agenda", "end", "kim", "4", "--at", "11:00")
        #expect(notStarted.status != 0 && notStarted.stderr.contains("Acara 4 belum dimulai."))
    }

    @Test func anExcusedSeatsReasonIsKeptAndPrintedInKet() throws {
        try aula.ok("demo", "kim")
        #expect(try aula.ok("checkin", "kim", "sadi", "--status", "izin", "--reason", "tugas ke Kupang")
                    .contains("Kepala Desa Sadi"))
        let refused = try aula.run("checkin", "kim", "tohe", "--reason", "terlambat")
        #expect(refused.status != 0 && refused.stderr.contains("--reason hanya untuk --status izin, sakit atau dinas-luar"))
        let csv = try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "csv")
        #expect(csv.contains("Izin: tugas ke Kupang"))
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "pdf", "--output", work.path("dh.pdf"))
        let pdf = try runTool("pdftotext", [work.path("dh.pdf"), "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // In the Ket. column, wrapped as the column is narrow.
        #expect(pdf.contains("Izin:") && pdf.contains("tugas ke") && pdf.contains("Kupang"))
        #expect(try aula.ok("history", "kim", "sadi").contains("izin: Kepala Desa Sadi (tugas ke Kupang)"))
    }

    @Test func plannedStartAndEndPrintOnEveryPaper() throws {
        try aula.ok("demo", "kim")
        try aula.ok("set", "kim", "start", "08:30")
        try aula.ok("set", "kim", "end", "12:00")
        for document in ["daftar-hadir", "rekap", "notulen"] {
            let text = try aula.ok("summary", "kim", "--document", document, "--format", "text")
            #expect(text.contains("Waktu (jadwal) : pukul 08.30–12.00 WITA"), "\(document)")
        }
        #expect(try aula.run("set", "kim", "end", "25:00").stderr.contains("Jam '25:00' tidak sah: pakai JJ:MM, misalnya 09:00."))
    }

    @Test func thePapersSmallFaults() throws {
        try aula.ok("demo", "kim")
        // --format md is markdown; the CSV header says Unit/Instansi; the laporan's attachment has no second kop.
        #expect(try aula.ok("summary", "kim", "--document", "notulen", "--format", "md").hasPrefix("**"))
        // In Indonesian the CSV is split at ";" (what Excel in an Indonesian locale opens as columns), in English at ",".
        #expect(try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "csv").contains("No;Nama;Jabatan;Unit/Instansi;"))
        #expect(try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "csv", "--lang", "en").contains("No,Name,"))
        let laporan = try aula.ok("summary", "kim", "--document", "laporan", "--format", "text")
        #expect(laporan.components(separatedBy: "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BELU").count == 2)
        // The seats not attended, numbered 1..n.
        let rekap = try aula.ok("summary", "kim", "--document", "rekap", "--format", "text")
        #expect(rekap.contains("   1. Kepala Dinas Komunikasi dan Informatika") && rekap.contains("   2. Kepala Dinas Pemberdayaan"))
    }

    @Test func aulaWithoutASessionSaysItIsTheDemo() throws {
        let tmux = try Tmux(command: "\(AulaBinary.path); sleep 60", environment: aula.environment, directory: work.url)
        let screen = try tmux.wait(for: "Cari:")
        #expect(screen.split(separator: "\n").first?.hasPrefix(" DEMO · Rapat Koordinasi") == true)
        try tmux.send("C-q")
    }

    @Test func questionsFromAStandInAndFromSomeoneNotOnTheList() throws {
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe", "--status", "diwakili", "--by", "Antonius Mau", "--by-jabatan", "Sekdes")
        // The stand-in is found by name, and the question is theirs, not the absent seat holder's.
        #expect(try aula.ok("find", "kim", "antonius").contains("Yohanes Bau"))
        #expect(try aula.ok("question", "kim", "--item", "3", "--from", "antonius", "Kapan KIM dibentuk?")
                == "Pertanyaan dari Antonius Mau (mewakili Kepala Desa Tohe) dicatat.\n")
        #expect(try aula.ok("question", "kim", "--item", "3", "--from-name", "Maria Bete, warga Desa Tohe", "Siapa pengurusnya?")
                == "Pertanyaan dari Maria Bete, warga Desa Tohe dicatat.\n")
        let notulen = try aula.ok("summary", "kim", "--document", "notulen", "--format", "text")
        #expect(notulen.contains("Antonius Mau (mewakili Kepala Desa Tohe)") && notulen.contains("Maria Bete, warga Desa Tohe"))
    }

    @Test func numberedLinesStayNumberedLinesOnEveryPaper() throws {
        try aula.ok("demo", "kim")
        try aula.ok("set", "kim", "kesimpulan", "1. KIM dibentuk di setiap desa.\n2. Dana Desa boleh dipakai untuk KIM.\n3. Laporan ke Dinas Kominfo.")
        let text = try aula.ok("summary", "kim", "--document", "notulen", "--format", "text")
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("1. KIM dibentuk di setiap desa.") && lines.contains("2. Dana Desa boleh dipakai untuk KIM.")
                && lines.contains("3. Laporan ke Dinas Kominfo."))
        let markdown = try aula.ok("summary", "kim", "--document", "notulen", "--format", "markdown")
        #expect(markdown.contains("- 1. KIM dibentuk di setiap desa.\n- 2. Dana Desa"))
        try aula.ok("summary", "kim", "--document", "notulen", "--format", "pdf", "--output", work.path("n.pdf"))
        let pdf = try runTool("pdftotext", ["-layout", work.path("n.pdf"), "-"]).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(pdf.contains { $0.hasPrefix("1.") && $0.hasSuffix("KIM dibentuk di setiap desa.") })
        #expect(pdf.contains { $0.hasPrefix("2.") && $0.hasSuffix("Dana Desa boleh dipakai untuk KIM.") })
    }

    @Test func anAgendaItemIsEdited() throws {
        try aula.ok("demo", "kim")
        #expect(try aula.ok("agenda", "edit", "kim", "3", "--speaker", "Drs. Agustinus Mali Bere", "--minutes", "50", "--at", "10:15")
                .hasPrefix("Acara diubah: 3. Materi"))
        let list = try aula.ok("agenda", "list", "kim")
        #expect(list.contains("Drs. Agustinus Mali Bere") && list.contains("10:15"))
        #expect(try aula.run("agenda", "edit", "kim", "3").stderr.contains("Tidak ada yang diubah"))
        #expect(try aula.run("agenda", "edit", "kim", "9", "--title", "x").stderr.contains("Tidak ada acara nomor 9"))
        #expect(try aula.run("agenda", "edit", "kim", "3", "--minutes", "0").stderr.contains("Menit: angka 1–1440."))
    }

    @Test func anAgendaItemIsMovedAndRemovedWithItsNotes() throws {
        try aula.ok("demo", "kim")
        try aula.ok("agenda", "note", "kim", "--item", "5", "Peserta menanyakan dana desa untuk KIM.")
        #expect(try aula.ok("agenda", "move", "kim", "5", "--to", "2") == "Acara dipindah ke urutan 2: Tanya jawab\n")
        let titles = { () throws -> [String] in
            try aula.ok("agenda", "list", "kim").split(separator: "\n").dropFirst().map { String($0.dropFirst(20).prefix(22)) }
        }
        #expect(try titles() == ["Registrasi peserta    ", "Tanya jawab           ", "Pembukaan dan sambutan",
                                 "Materi: Mekanisme Pemb", "Materi: Regulasi Pengg", "Penutup               "])
        // The note went with its item: the notulen prints it under "2. Tanya jawab".
        let notulen = try aula.ok("summary", "kim", "--document", "notulen", "--format", "text")
        let asked = try #require(notulen.range(of: "2. Tanya jawab"))
        #expect(notulen[asked.upperBound...].prefix(200).contains("Peserta menanyakan dana desa untuk KIM."))
        #expect(try aula.run("agenda", "move", "kim", "2", "--to", "9").stderr.contains("Urutan 9 tidak ada: pilih 1–6."))

        #expect(try aula.ok("agenda", "remove", "kim", "1") == "Acara dihapus: 1. Registrasi peserta (batal: aula undo)\n")
        let refused = try aula.run("agenda", "remove", "kim", "1")
        #expect(refused.status != 0 && refused.stderr.contains("Acara 1 tidak dihapus: 1 catatan. Bila memang harus dihapus: tambahkan --force."))
        try aula.ok("agenda", "start", "kim", "2", "--at", "09:20")
        #expect(try aula.run("agenda", "remove", "kim", "2").stderr.contains("Acara 2 tidak dihapus: sudah dimulai 09:20."))
        try aula.ok("agenda", "remove", "kim", "1", "--force")
        #expect(try !aula.ok("summary", "kim", "--document", "notulen", "--format", "text").contains("Peserta menanyakan dana desa"))
        #expect(try aula.ok("undo", "kim") == "Dibatalkan: acara dihapus: Tanya jawab\n")
        #expect(try aula.ok("summary", "kim", "--document", "notulen", "--format", "text").contains("Peserta menanyakan dana desa"))
        #expect(try titles().count == 5)
    }

    @Test func theCommandLineComplainsInIndonesianUnlessAskedForEnglish() throws {
        try aula.ok("demo", "kim")
        let missing = try aula.run("pay", "rate", "kim", "transport", "--jabatan", "Camat")
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Galat: argumen wajib belum diisi: '--amount <amount>'"))
        #expect(missing.stderr.contains("Lihat 'aula pay rate --help' untuk keterangan lengkap."))
        let bad = try aula.run("summary", "kim", "--format", "pdfx")
        #expect(bad.stderr.hasPrefix("Galat: nilai 'pdfx' tidak sah untuk '--format <format>'. Pilih salah satu:"))
        #expect(try aula.run("summary", "kim", "--bogus").stderr.hasPrefix("Galat: opsi tidak dikenal: '--bogus'"))
        #expect(try aula.run("summary", "kim", "--bogus", "--lang", "en").stderr.hasPrefix("Error: Unknown option '--bogus'"))
        // Help is help, in both languages as written.
        let help = try aula.run("--help")
        #expect(help.status == 0 && help.stdout.contains("Daftar hadir, acara, materi dan notulen"))
    }

    @Test func oneCountOneMeaningOnEveryPaper() throws {
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe")
        try aula.ok("checkin", "kim", "sadi", "--status", "diwakili", "--by", "Antonius Mau")
        try aula.ok("checkin", "kim", "kewar", "--status", "izin")
        try aula.ok("roster", "add", "kim", "--name", "Paulus Walk", "--jabatan", "Warga")
        try aula.ok("checkin", "kim", "paulus walk")
        let counts = "Dari 40 undangan: hadir 1, diwakili 1, izin/sakit/dinas luar 1, tidak hadir 37; peserta tanpa undangan 1 orang"
        let notulen = try aula.ok("summary", "kim", "--document", "notulen", "--format", "json")
        let laporan = try aula.ok("summary", "kim", "--document", "laporan", "--format", "json")
        #expect(notulen.contains(counts) && laporan.contains(counts))
        let rekap = try aula.ok("summary", "kim", "--document", "rekap", "--format", "csv")
        #expect(rekap.contains("JUMLAH;40;1;1;1;37;5%"))
        #expect(try aula.ok("summary", "kim", "--document", "rekap", "--format", "text").contains("Peserta hadir tanpa undangan: 1 orang."))
    }

    @Test func aLongJabatanInMengetahuiIsWrappedAtAWord() throws {
        try aula.ok("demo", "kim")
        try aula.ok("set", "kim", "jabatan-penanggung-jawab", "Kepala Dinas Komunikasi dan Informatika Kabupaten Belu")
        let lines = try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "text").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Kepala Dinas Komunikasi dan Informatika"))
        #expect(lines.contains("Kabupaten Belu"))
        #expect(!lines.contains { $0.contains("…") && $0.hasPrefix("Kepala Dinas") })
        #expect(try aula.ok("summary", "kim", "--document", "laporan", "--format", "text").contains("A. Latar Belakang"))
    }

    @Test func aWalkInsKecamatanFromTheCommandLine() throws {
        try aula.ok("demo", "kim")
        try aula.ok("roster", "add", "kim", "--name", "Paulus Walk", "--jabatan", "Warga", "--kecamatan", "raih")
        #expect(try aula.ok("roster", "list", "kim", "--kecamatan", "Raihat").contains("Paulus Walk"))
        let typo = try aula.run("roster", "add", "kim", "--name", "Maria", "--jabatan", "Warga", "--kecamatan", "Raihatt")
        #expect(typo.status != 0 && typo.stderr.contains("Kecamatan 'Raihatt' belum ada di kegiatan ini"))
        try aula.ok("roster", "add", "kim", "--name", "Maria", "--jabatan", "Warga", "--kecamatan", "Malaka", "--new-kecamatan")
        #expect(try aula.ok("roster", "list", "kim", "--kecamatan", "Malaka").contains("Maria"))
    }
}
