import AulaCore
import Foundation
import Testing

@Suite struct CLITests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    func newSession() throws {
        try aula.ok("new", "kim", "--title", "Sosialisasi KIM", "--date", "2020-03-27", "--venue", "Aula Kantor Bupati Belu",
                    "--organizer", "Dinas Kominfo Kabupaten Belu", "--start", "09:00")
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    /// The subcommands `aula ... --help` lists (its SUBCOMMANDS section), without the default marker.
    func subcommands(of command: [String]) throws -> [String] {
        let help = try aula.run(command + ["--help"]).stdout
        // Every section headed "... SUBCOMMANDS:" (the top level groups them) lists commands until an empty line; the
        // hint below the last one ("See 'aula help ...'") is not a command.
        return help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().flatMap { section in
            section.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("  ") }.compactMap { line in
                let words = line.split(separator: " ")
                // A subcommand's line starts two spaces in; its description's continuation lines start further in.
                return line.hasPrefix("   ") || words.isEmpty ? nil : String(words[0])
            }
        }
    }

    @Test func everyCommandHasHelp() throws {
        // Walks the command tree as the binary reports it, so a new command cannot be missed.
        var pending: [[String]] = [[]]
        var seen: [[String]] = []
        while let command = pending.popLast(), command.count <= 3 {
            let result = try aula.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE: aula"), "\(command)")
            #expect(result.stdout.contains("OVERVIEW:") || command.isEmpty, "\(command) has no abstract")
            seen.append(command)
            pending += try subcommands(of: command).map { command + [$0] }
        }
        let names = Set(seen.map { $0.joined(separator: " ") })
        for expected in ["set", "summary", "print", "sync", "repair", "history", "project", "tui", "roster add", "agenda back",
                         "agenda note", "agenda question", "sync", "checkin"] {
            #expect(names.contains(expected), "\(expected) is not in the command tree")
        }
        #expect(seen.count >= 30)
        // Spellings scripts used before notes and questions moved under `agenda` still work, without being listed.
        #expect(!names.contains("note") && !names.contains("question"))
        #expect(try aula.run("note", "--help").stdout.contains("USAGE: aula note <dir>"))
    }

    @Test func newSessionAndItsHeading() throws {
        let out = try aula.ok("new", "kim", "--title", "Sosialisasi KIM", "--date", "2020-03-27", "--venue", "Aula",
                              "--organizer", "Dinas Kominfo")
        #expect(lines(out) == ["Sesi dibuat: \(work.path("kim.aula")) (meja meja1)", "Sosialisasi KIM",
                               "Jumat, 27 Maret 2020, 09:00 WITA — Aula", "Dinas Kominfo"])
        let again = try aula.run("new", "kim", "--title", "X", "--date", "2020-03-27", "--venue", "A", "--organizer", "B")
        #expect(again.status == 1)
        #expect(again.stderr == "aula: \(work.path("kim.aula")) sudah berisi sesi; pilih folder lain.\n")
        let badDate = try aula.run("new", "x", "--title", "X", "--date", "27-03-2020", "--venue", "A", "--organizer", "B")
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--date"))
    }

    @Test func aMegabyteNoteFromStandardInputIsKept() throws {
        try newSession()
        try aula.ok("agenda", "add", "kim", "Materi: Mekanisme Pembentukan KIM")
        let paragraph = "KIM dibentuk di setiap desa melalui musyawarah desa dan ditetapkan dengan keputusan kepala desa. "
        var text = (0..<10_000).map { "\($0). " + paragraph }.joined(separator: "\n\n")
        text += "\n\nAKHIR\u{1B}[2J CATATAN\n"
        #expect(text.utf8.count > 1_000_000)
        let saved = try aula.run(["note", "kim", "--item", "1", "-"], input: Data(text.utf8))
        #expect(saved.status == 0, "\(saved.stderr)")
        let notulen = try aula.ok("summary", "kim", "--document", "notulen")
        #expect(notulen.contains("9999. KIM dibentuk"))
        #expect(notulen.contains("AKHIR CATATAN") && !notulen.contains("\u{1B}"))
        let tooLarge = try aula.run(["note", "kim", "--item", "1", "-"], input: Data(count: 9 << 20))
        #expect(tooLarge.status == 1)
        #expect(tooLarge.stderr == "aula: Catatan dari masukan standar 9437184 bita; paling banyak 8 MB. Bagi menjadi beberapa catatan.\n")
    }

    @Test func importRosterFromExcelFilesTwice() throws {
        try newSession()
        var bytes: [UInt8] = Array("DAFTAR UNDANGAN;;;;\nNo;Nama;Jabatan;Instansi;Kecamatan;No HP\n".utf8)
        bytes += Array("1;Yohanes Bau;Kepala Desa;Desa Tohe;Raihat;081237019846\n2;Hendrikus Mau;Kepala Desa;Desa Fatuba".utf8)
        bytes += [0x92] + Array("a;Tasifeto Timur;\r\n3;\"Prihatin, Johanes, SE\";Kepala Dinas;Dinas Kominfo;;\n".utf8)
        let file = work.write("undangan.csv", bytes)
        #expect(try aula.ok("roster", "import", "kim", file) == "3 ditambahkan, 0 diperbarui, 0 sudah ada (Windows-1252, pemisah ';')\n")
        #expect(try aula.ok("roster", "import", "kim", file) == "0 ditambahkan, 0 diperbarui, 3 sudah ada (Windows-1252, pemisah ';')\n")
        let list = lines(try aula.ok("roster", "list", "kim"))
        #expect(list.count == 4)
        #expect(list[2].contains("Hendrikus Mau") && list[2].contains("Desa Fatuba’a"))
    }

    @Test func badRosterIsRefusedAndNothingIsWritten() throws {
        try newSession()
        let log = work.path("kim.aula/desk-meja1.jsonl")
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let file = work.write("rusak.csv", Array("Nama;Jabatan\nAgnes;Kades\nPrihatin; Johanes;Kadis\n".utf8))
        let result = try aula.run("roster", "import", "kim", file)
        #expect(result.status == 1)
        #expect(result.stderr == "aula: \(file) baris 3: 3 kolom, padahal judul hanya punya 2. Ada pemisah (;) berlebih atau koma dalam nama tanpa tanda petik?\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let english = try aula.run("roster", "import", "kim", file, "--lang", "en")
        #expect(english.stderr.hasPrefix("aula: \(file) line 3: 3 fields"))
        let missing = try aula.run("roster", "import", "kim", work.path("nope.csv"))
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.csv"))
    }

    @Test func seatsFromBeluFindAndCheckIn() throws {
        try newSession()
        #expect(lines(try aula.ok("roster", "seats", "kim", "--wilayah", wilayahPath("wilayah-belu.csv"), "--kode", "53.04"))
                == ["93 kursi: 12 Camat, 69 Kepala Desa, 12 Lurah", "93 ditambahkan, 0 diperbarui, 0 sudah ada"])
        // The bundled NTT list has the same Belu seats.
        #expect(try aula.ok("roster", "seats", "kim", "--kode", "53.04").hasSuffix("0 ditambahkan, 0 diperbarui, 93 sudah ada\n"))
        let found = lines(try aula.ok("find", "kim", "naek"))
        #expect(found[0].hasPrefix("No  Status"))
        #expect(found[1].contains("Kepala Desa") && found[1].contains("Desa Naekasa"))

        #expect(try aula.ok("checkin", "kim", "tohe", "--name", "Yohanes Bau", "--at", "08:55")
                == "26. Yohanes Bau — Kepala Desa Tohe: hadir 08:55 WITA\n")
        let ambiguous = try aula.run("checkin", "kim", "toh")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == """
            aula: 'toh' cocok dengan 2 peserta; tambahkan kata lain atau pakai nomor barisnya:
              26. Yohanes Bau — Kepala Desa Tohe, Raihat
              30. Kepala Desa Tohe Leten — Kepala Desa Tohe Leten, Raihat

            """)
        #expect(try aula.ok("checkin", "kim", "camat", "lamaknen", "--status", "diwakili", "--by", "Maria Luruk",
                            "--by-jabatan", "Sekretaris Camat", "--at", "09:10")
                == "1. Camat Lamaknen — Camat Lamaknen: diwakili oleh Maria Luruk 09:10 WITA\n")
        #expect(try aula.ok("checkin", "kim", "fatuba'a", "--status", "izin").contains("Kepala Desa Fatuba'a: izin"))
        let noBy = try aula.run("checkin", "kim", "sadi", "--status", "diwakili")
        #expect(noBy.status != 0)
        #expect(noBy.stderr.contains("--by"))
        let nobody = try aula.run("checkin", "kim", "jakarta")
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("Tidak ada peserta yang cocok dengan 'jakarta'"))

        let status = lines(try aula.ok("status", "kim"))
        #expect(status.contains("Hadir: 1"))
        #expect(status.contains("Diwakili: 1"))
        #expect(status.contains("Izin: 1"))
        #expect(status.contains("Belum hadir: 90"))
        #expect(status.contains("Raihat            7      1      0         0              6"))
        #expect(status.last == "Jumlah            93     1      1         1              90")

        #expect(try aula.ok("undo", "kim") == "Dibatalkan: izin: Kepala Desa Fatuba'a\n")
        #expect(try aula.ok("undo", "kim") == "Dibatalkan: diwakili: Camat Lamaknen\n")
        #expect(lines(try aula.ok("status", "kim")).last == "Jumlah            93     1      0         0              92")
        let missing = lines(try aula.ok("roster", "list", "kim", "--kecamatan", "raihat", "--missing"))
        #expect(missing.count == 7)
    }

    @Test func agendaMaterialsNotesAndQuestions() throws {
        try newSession()
        try aula.ok("roster", "import", "kim", work.write("r.csv", Array("Nama,Jabatan,Instansi\nYohanes Bau,Kepala Desa,Desa Tohe\n".utf8)))
        #expect(try aula.ok("agenda", "add", "kim", "Pembukaan", "--at", "09:00", "--minutes", "15") == "Acara ditambahkan: 1. Pembukaan\n")
        #expect(try aula.ok("agenda", "add", "kim", "Materi KIM", "--speaker", "Kadis Kominfo", "--minutes", "45") == "Acara ditambahkan: 2. Materi KIM\n")
        #expect(try aula.ok("agenda", "start", "kim").hasPrefix("Dimulai: 1. Pembukaan "))
        #expect(try aula.ok("agenda", "start", "kim").hasPrefix("Dimulai: 2. Materi KIM "))
        let agenda = lines(try aula.ok("agenda", "list", "kim"))
        #expect(agenda[1].hasPrefix("1   09:00    15     Pembukaan"))
        #expect(!agenda[1].contains("berjalan"))
        #expect(agenda[2].contains("berjalan"))
        #expect(try aula.ok("agenda", "end", "kim").hasPrefix("Selesai: 2. Materi KIM "))
        #expect(try aula.run("agenda", "end", "kim").stderr == "aula: Tidak ada acara yang sedang berjalan.\n")
        #expect(try aula.run("agenda", "start", "kim", "9").status == 1)

        let slides = work.write("paparan KIM.pdf", Array("%PDF-1.4 contoh".utf8))
        #expect(try aula.ok("material", "add", "kim", "--item", "2", slides, "--title", "Paparan KIM")
                == "Materi ditambahkan ke acara 2: Paparan KIM (15 B)\n")
        #expect(lines(try aula.ok("material", "list", "kim"))[1].hasSuffix("ok"))
        let stored = try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula/materials"))
        #expect(stored.count == 1 && stored[0].hasSuffix(".pdf"))
        try Data("diubah".utf8).write(to: URL(fileURLWithPath: work.path("kim.aula/materials/" + stored[0])))
        #expect(lines(try aula.ok("material", "list", "kim"))[1].hasSuffix("RUSAK/HILANG"))

        #expect(try aula.ok("agenda", "note", "kim", "--item", "2", "KIM dibentuk\ndi setiap desa") == "Notulen disimpan pada acara 2: Materi KIM\n")
        #expect(try aula.ok("question", "kim", "--item", "2", "--from", "tohe", "Dari mana anggarannya?", "--answer", "Dana Desa")
                == "Pertanyaan dari Yohanes Bau (Kepala Desa Tohe) dicatat.\n")
        #expect(try aula.run("question", "kim", "--item", "2", "--from", "nobody", "x").status == 1)

        let json = try aula.ok("export", "kim", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["agenda", "attendees", "chair", "date", "end", "id", "materials", "notes", "notulis",
                                                "organizer", "papers", "people", "photos", "questions", "rates", "removedAgenda", "retiredNumbers", "start", "taxOverrides",
                                                "timeZone", "title", "venue"])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "KIM dibentuk\ndi setiap desa")
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.first?["answer"] as? String == "Dana Desa")
        // Keys are sorted at every level, so the text is stable enough to diff.
        #expect(keysAreSorted(json))
        #expect(!keysAreSorted(#"{"b":1,"a":{"c":2}}"#) && !keysAreSorted(#"{"a":{"d":1,"c":2}}"#) && keysAreSorted(#"{"a":[{"b":1,"c":2}],"b":"x,\"y\""}"#))
        let decoded = try JSONDecoder().decode(Session.self, from: Data(json.utf8))
        #expect(decoded.agenda.count == 2)

        try aula.ok("export", "kim", "--output", work.path("sesi.json"))
        let attributes = try FileManager.default.attributesOfItem(atPath: work.path("sesi.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.path("sesi.json"))) == Data(json.utf8))
    }

    @Test func demoAndTheDefaultCommand() throws {
        let demo = try aula.ok("demo", "contoh")
        #expect(demo.hasPrefix("Sesi demo dibuat: \(work.path("contoh.aula"))\nRapat Koordinasi dan Sosialisasi Pembentukan"))
        #expect(demo.contains("Jumat, 27 Maret 2020, 09:00 WITA — Aula Kantor Bupati Belu Lt. I, Atambua"))
        #expect(demo.contains("Diundang: 40"))
        #expect(lines(try aula.ok("agenda", "list", "contoh")).count == 7)
        #expect(try aula.ok("find", "contoh", "naek").contains("Gregorius Lelo Mau"))
        // With one *.aula here, `aula` opens it.
        #expect(try aula.ok().hasPrefix("Sesi: \(work.path("contoh.aula"))\n"))
        // Elsewhere it opens the demo kept in the user's data folder, creating it once.
        let elsewhere = AulaBinary(workDir: URL(fileURLWithPath: work.path("home")))
        try FileManager.default.createDirectory(atPath: work.path("home"), withIntermediateDirectories: true)
        let first = try elsewhere.ok()
        #expect(first.hasPrefix("Sesi: \(work.path("home/home/.local/share/aula/demo.aula"))"))
        #expect(try elsewhere.ok() == first)
        #expect(try elsewhere.ok("--lang", "en").contains("Invited: 40"))
    }

    @Test func englishOnRequest() throws {
        try newSession()
        #expect(try aula.ok("status", "kim", "--lang", "en").contains("Friday, 27 March 2020, 09:00 WITA"))
        var english = aula
        english.extraEnvironment["AULA_LANG"] = "en"
        #expect(try english.run("undo", "kim").stderr == "aula: Desk meja1 has no change left to undo.\n")
        try english.ok("agenda", "add", "kim", "Pembukaan")
        #expect(try english.ok("undo", "kim") == "Undone: agenda item: Pembukaan\n")
        let bad = try aula.run("status", "kim", "--lang", "fr")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'fr' is invalid for '--lang <lang>'. Please provide one of 'id' and 'en'"))
    }

    @Test func aSecondWriterOnTheSameDeskIsToldWhatToDo() throws {
        try newSession()
        let holder = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "meja1", writable: true)
        let refused = try aula.run("agenda", "add", "kim", "Pembukaan")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Meja 'meja1' sedang dipakai proses aula lain"))
        var other = aula
        other.desk = "meja2"
        try other.ok("agenda", "add", "kim", "Pembukaan")
        withExtendedLifetime(holder) {}
    }

    @Test func deskNameFromTheMachineIsKept() throws {
        try newSession()
        var machine = aula
        machine.desk = ""
        try machine.ok("agenda", "add", "kim", "Satu")
        try machine.ok("agenda", "add", "kim", "Dua")
        let saved = try String(contentsOfFile: work.path("home/.config/aula/desk"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(DeskID.isValid(saved))
        let files = try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula")).sorted()
        #expect(files == ["desk-\(saved).jsonl", "desk-meja1.jsonl"].sorted())
        var bad = aula
        bad.desk = "meja/../x"
        #expect(try bad.run("agenda", "add", "kim", "Tiga").status == 1)
    }
}

@Suite struct PaperCLITests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    @Test func setAndSummary() throws {
        try aula.ok("demo", "kim")
        #expect(try aula.ok("set", "kim", "kesimpulan", "KIM dibentuk di setiap desa.") == "Disimpan: kesimpulan\n")
        #expect(try aula.ok("set", "kim", "kota-ttd", "Atambua") == "Disimpan: kota-ttd\n")
        let bad = try aula.run("set", "kim", "kop", "1\n2\n3\n4\n5")
        #expect(bad.status == 1)
        #expect(bad.stderr == "aula: Kop surat paling banyak 4 baris.\n")
        #expect(try aula.run("set", "kim", "warna", "x").status != 0)
        let notulen = try aula.ok("summary", "kim", "--document", "notulen")
        #expect(notulen.contains("NOTULEN RAPAT"))
        #expect(notulen.contains("   KIM dibentuk di setiap desa."))
        #expect(notulen.contains("Atambua, 27 Maret 2020"))
        let all = try aula.ok("summary", "kim")
        #expect(all.components(separatedBy: "\u{0C}").count > 4)
        #expect(all.contains("LAMPIRAN LAPORAN KEGIATAN"))
        try aula.ok("summary", "kim", "--document", "daftar-hadir", "--format", "csv", "--delimiter", ";",
                    "--output", work.path("hadir.csv"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: work.path("hadir.csv")))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).contains("No;Nama;Jabatan;Unit/Instansi;Kecamatan;No HP;Jam;Ket.;Tanda Tangan\r\n"))
        #expect(String(decoding: csv, as: UTF8.self).contains(";0812****3019;"))
        let notCSV = try aula.run("summary", "kim", "--document", "notulen", "--format", "csv")
        #expect(notCSV.status == 1)
        #expect(notCSV.stderr.contains("daftar-hadir atau rekap"))
        // A machine's own kop is used when the session has none.
        try FileManager.default.createDirectory(atPath: work.path("home/.config/aula"), withIntermediateDirectories: true)
        try Data("PEMERINTAH KABUPATEN BELU\nSEKRETARIAT DAERAH".utf8).write(to: URL(fileURLWithPath: work.path("home/.config/aula/kop.txt")))
        #expect(try aula.ok("summary", "kim", "--document", "rekap").hasPrefix("                           PEMERINTAH KABUPATEN BELU\n"))
        try aula.ok("set", "kim", "kop", "DINAS KOMINFO")
        #expect(try aula.ok("summary", "kim", "--document", "rekap").hasPrefix("                                 DINAS KOMINFO\n"))
        let json = try aula.ok("summary", "kim", "--document", "rekap", "--format", "json")
        #expect(json.hasPrefix("{\n  \"blocks\""))
    }

    @Test func papersAreNotWrittenThroughALinkedExportsFolder() throws {
        try aula.ok("demo", "kim")
        let outside = work.path("elsewhere")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work.path("kim.aula/exports"), withDestinationPath: outside)
        let run = try aula.run("print", "kim", "--document", "rekap", "--printer", "tidak-ada")
        #expect(run.status == 1)
        #expect(run.stderr.contains("kim.aula/exports adalah tautan simbolik; aula tidak mengikuti tautan di folder sesi."), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func aLinkedDeskFileIsRefusedAndItsTargetKeepsItsRights() throws {
        try aula.ok("demo", "kim")
        let host = work.path("host.txt")
        try Data("root:x:0:0\n".utf8).write(to: URL(fileURLWithPath: host))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: host)
        try FileManager.default.createSymbolicLink(atPath: work.path("kim.aula/desk-pintu.jsonl"), withDestinationPath: host)
        var pintu = aula
        pintu.desk = "pintu"
        let run = try pintu.run("checkin", "kim", "naek")
        #expect(run.status == 1)
        #expect(run.stderr.contains("desk-pintu.jsonl adalah tautan simbolik"), "\(run.stderr)")
        #expect(try String(contentsOfFile: host, encoding: .utf8) == "root:x:0:0\n")
        #expect(try FileManager.default.attributesOfItem(atPath: host)[.posixPermissions] as? Int == 0o644)
    }

    @Test func underUmaskZeroEverythingPrivateStaysPrivate() throws {
        var open = aula
        open.desk = ""  // the machine's own desk name, kept in ~/.config/aula/desk
        open.launcher = ["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\""]
        try open.ok("demo", "kim")
        _ = try open.run("print", "kim", "--document", "rekap", "--printer", "tidak-ada")  // no such printer: the file stays in exports/
        func mode(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: work.path(path))[.posixPermissions] as! Int
        }
        #expect(try mode("home/.config/aula") == 0o700)
        #expect(try mode("home/.config/aula/desk") == 0o600)
        #expect(try mode("kim.aula") == 0o700)
        #expect(try mode("kim.aula/exports") == 0o700)
        let desk = try String(contentsOfFile: work.path("home/.config/aula/desk"), encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(try mode("kim.aula/desk-\(desk).jsonl") == 0o600)
        for file in try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula/exports")) {
            #expect(try mode("kim.aula/exports/" + file) == 0o600, "\(file)")
        }
    }

    @Test func aKopThatOthersCanChangeIsNotPrinted() throws {
        try aula.ok("demo", "kim")
        let kop = work.path("home/.config/aula/kop.txt")
        try FileManager.default.createDirectory(atPath: work.path("home/.config/aula"), withIntermediateDirectories: true)
        try Data("PEMERINTAH KABUPATEN PALSU".utf8).write(to: URL(fileURLWithPath: kop))
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: kop)
        let run = try aula.run("summary", "kim", "--document", "rekap")
        #expect(run.status == 0)
        #expect(!run.stdout.contains("PALSU"))
        #expect(run.stderr == "peringatan: \(kop) diabaikan: bukan berkas milik Anda yang hanya bisa Anda ubah "
            + "(jalankan: chmod 600 \(kop)).\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: kop)
        #expect(try aula.ok("summary", "kim", "--document", "rekap").contains("PEMERINTAH KABUPATEN PALSU"))
    }
}

/// True when every object in `json` has its keys in sorted order (read from the text, where order is kept).
func keysAreSorted(_ json: String) -> Bool {
    var lastKey: [String?] = []  // per open object; nil for an open array
    var expectingKey: [Bool] = []
    var characters = Array(json).makeIterator()
    while let c = characters.next() {
        switch c {
        case "{": lastKey.append(""); expectingKey.append(true)
        case "[": lastKey.append(nil); expectingKey.append(false)
        case "}", "]": lastKey.removeLast(); expectingKey.removeLast()
        case ",": if lastKey.last ?? nil != nil { expectingKey[expectingKey.count - 1] = true }
        case "\"":
            var text = ""
            while let d = characters.next(), d != "\"" {
                text.append(d)
                if d == "\\", let escaped = characters.next() { text.append(escaped) }
            }
            if expectingKey.last == true, let previous = lastKey.last ?? nil {
                if !previous.isEmpty && text < previous { return false }
                lastKey[lastKey.count - 1] = text
                expectingKey[expectingKey.count - 1] = false
            }
        default: break
        }
    }
    return true
}
