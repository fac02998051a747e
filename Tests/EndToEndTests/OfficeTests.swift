import AulaCore
import Foundation
import Testing

/// The office's memory: its profile and people entered once, a new session made from the last, the year read from
/// the sessions' own logs, and one office folder shared by two laptops.
@Suite(.serialized) struct OfficeTests {
    let work = WorkFolder()
    var aula: AulaBinary { AulaBinary(workDir: work.url) }

    func roster(_ name: String, _ rows: String) throws -> String {
        let path = work.path(name + ".csv")
        try Data(("Nama,Jabatan,Unit,Kecamatan,NPWP\n" + rows).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The office's profile, and a first session of 2025 with a roster, an acara, two narasumber, a panitia and rates.
    func firstSession() throws {
        try aula.ok("office", "set", "nama", "DPMD Kabupaten Belu")
        try aula.ok("office", "set", "kop", "PEMERINTAH KABUPATEN BELU\nDINAS PEMBERDAYAAN MASYARAKAT DAN DESA")
        try aula.ok("office", "set", "alamat", "Jl. Sudirman No. 3, Atambua")
        try aula.ok("office", "set", "kota-ttd", "Atambua")
        try aula.ok("office", "set", "bendahara", "Yosefina Bete")
        try aula.ok("office", "set", "nip-bendahara", "198203032008012004")
        try aula.ok("office", "set", "pa", "Drs. Yakobus Bere")
        try aula.ok("office", "set", "nip-pa", "196805051994031010")
        try aula.ok("new", "maret", "--title", "Sosialisasi Dana Desa", "--date", "2025-03-18", "--venue", "Aula Kantor Bupati Belu",
                    "--organizer", "DPMD Kabupaten Belu")
        try aula.ok("roster", "import", "maret", try roster("maret", """
            Yohanes Bria,Kepala Desa,Desa Tohe,Raihat,11.222.333.4-012.000
            Maria Hoar,Kepala Desa,Desa Dualaus,Kakuluk Mesak,
            Petrus Mali,Kepala Desa,Desa Tialai,Tasifeto Barat,

            """))
        try aula.ok("agenda", "add", "maret", "Pembukaan", "--minutes", "30")
        try aula.ok("agenda", "add", "maret", "Materi Dana Desa", "--minutes", "120")
        try aula.ok("person", "add", "maret", "--role", "narasumber", "--name", "Dr. Dominikus Bere, S.Sos., M.Si.",
                    "--nip", "197505052000031008", "--golongan", "IV/a")
        try aula.ok("person", "add", "maret", "--role", "narasumber", "--name", "Agustinus Nahak, S.E.", "--status", "non-pns")
        try aula.ok("person", "add", "maret", "--role", "panitia", "--name", "Rini Seran", "--status", "non-pns", "--nik", "5304016606950003")
        try aula.ok("pay", "rate", "maret", "honor", "--item", "2", "--person", "Dominikus Bere", "--amount", "900000", "--hours", "2")
        try aula.ok("pay", "rate", "maret", "honor", "--item", "2", "--person", "Agustinus Nahak", "--amount", "900000")
        try aula.ok("pay", "rate", "maret", "panitia", "--person", "Rini Seran", "--amount", "300000", "--days", "2")
        try aula.ok("pay", "rate", "maret", "transport", "--jabatan", "Kepala Desa", "--amount", "150000")
        try aula.ok("checkin", "maret", "tohe")
        try aula.ok("checkin", "maret", "dualaus")
    }

    @Test func aSessionFromTheLastNeedsNothingTypedAgain() throws {
        try firstSession()
        // The directory learns Agustinus's NPWP after the first session; the second session's papers carry it.
        try aula.ok("people", "learn", "maret")
        try aula.ok("people", "edit", "Agustinus Nahak", "npwp", "12.345.678.9-012.000")
        let made = try aula.ok("new", "juni", "--from", "maret", "--title", "Sosialisasi Dana Desa Tahap II", "--date", "2025-06-12",
                               "--venue", "Aula Kantor Bupati Belu", "--organizer", "DPMD Kabupaten Belu")
        #expect(made.contains("Dari Sosialisasi Dana Desa: 3 kursi, 2 acara, 3 narasumber/panitia, 4 tarif."), "\(made)")
        // Seats with their holders but nobody present; the acara without its times.
        let roster = try aula.ok("roster", "list", "juni")
        #expect(roster.contains("Yohanes Bria") && roster.contains("Petrus Mali") && roster.components(separatedBy: "belum hadir").count == 4,
                "\(roster)")
        #expect(try aula.ok("agenda", "list", "juni").contains("Materi Dana Desa"))
        try aula.ok("checkin", "juni", "tialai")
        // The honorarium list: NIP and golongan, the NPWP from the directory, the panitia's NIK, the office's kop,
        // address, bendahara and pengguna anggaran; nothing typed for this session.
        let honor = try aula.ok("summary", "juni", "--document", "penerimaan", "--kind", "honor", "--width", "132")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(honor.contains("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA Jl. Sudirman No. 3, Atambua"), "\(honor.prefix(400))")
        #expect(honor.contains("12.345.678.9-012.000") && honor.contains("IV/a; final 15%"))
        #expect(honor.contains("Yosefina Bete") && honor.contains("198203032008012004") && honor.contains("Drs. Yakobus Bere")
                && honor.contains("196805051994031010"))
        #expect(honor.contains("Atambua, 12 Juni 2025"))
        let panitia = try aula.ok("summary", "juni", "--document", "penerimaan", "--kind", "panitia", "--width", "132")
        // The NIK is masked on the paper unless asked for (UU PDP).
        #expect(panitia.contains("NIK 5304********0003") && !panitia.contains("5304016606950003"))
        #expect(try aula.ok("summary", "juni", "--document", "penerimaan", "--kind", "panitia", "--width", "132", "--show-phone")
                    .contains("NIK 5304016606950003"))
        let transport = try aula.ok("summary", "juni", "--document", "penerimaan", "--kind", "transport")
        #expect(transport.contains("Petrus Mali") && transport.contains("Rp150.000") && !transport.contains("Yohanes Bria"))
        // The directory: who was seen where, with the NIK masked unless asked for.
        let people = try aula.ok("people", "list")
        #expect(people.contains("Kepala Desa Tohe") && people.contains("2025-03-18 Sosialisasi Dana Desa"), "\(people)")
        #expect(people.contains("NIK 5304********0003") && !people.contains("5304016606950003"))
        #expect(try aula.ok("people", "list", "--show-private").contains("5304016606950003"))
        #expect(try aula.ok("people", "find", "tohe").contains("Yohanes Bria"))
    }

    @Test func seatsAndPeopleAreOfferedWhatTheDirectoryKnows() throws {
        try aula.ok("office", "set", "nama", "DPMD Kabupaten Belu")
        try aula.ok("new", "a", "--title", "Pertama", "--date", "2025-03-18", "--venue", "Aula", "--organizer", "DPMD")
        try aula.ok("roster", "seats", "a", "--kode", "53.04.01")
        try aula.ok("checkin", "a", "kewar", "--name", "Yakobus Mali")
        try aula.ok("person", "add", "a", "--role", "narasumber", "--name", "Dr. Dominikus Bere, S.Sos., M.Si.", "--nip", "197505052000031008",
                    "--golongan", "IV/a", "--npwp", "33.444.555.6-012.000")
        try aula.ok("people", "learn", "a")
        // A new session's seats from the region list are offered their holders with the date last confirmed.
        try aula.ok("new", "b", "--title", "Kedua", "--date", "2025-08-01", "--venue", "Aula", "--organizer", "DPMD")
        let seats = try aula.ok("roster", "seats", "b", "--kode", "53.04.01")
        #expect(seats.contains("1 kursi diisi pemegangnya dari direktori kantor") && seats.contains("Kepala Desa Kewar: Yakobus Mali (terakhir 2025-03-18)"),
                "\(seats)")
        #expect(try aula.ok("roster", "list", "b").contains("Yakobus Mali"))
        // A person named as the directory knows them is completed from it, gelar and all.
        let added = try aula.ok("person", "add", "b", "--name", "dominikus bere")
        #expect(added.contains("Dilengkapi dari direktori kantor: name, nip, golongan, npwp") && added.contains("Ditambahkan: narasumber"),
                "\(added)")
        let people = try aula.ok("person", "list", "b")
        #expect(people.contains("Dr. Dominikus Bere, S.Sos., M.Si.") && people.contains("197505052000031008") && people.contains("33.444.555.6-012.000"))
    }

    @Test func theYearAgreesWithEachSessionsOwnPapers() throws {
        try firstSession()
        try aula.ok("new", "juni", "--from", "maret", "--title", "Tahap II", "--date", "2025-06-12", "--venue", "Aula", "--organizer", "DPMD")
        try aula.ok("checkin", "juni", "tohe")
        try aula.ok("new", "nov", "--from", "juni", "--title", "Tahap III", "--date", "2025-11-03", "--venue", "Aula", "--organizer", "DPMD")
        try aula.ok("checkin", "nov", "dualaus", "--status", "diwakili", "--by", "Stefanus Atok")
        // A session of another year is left out.
        try aula.ok("new", "lama", "--from", "nov", "--title", "Tahun lalu", "--date", "2024-11-03", "--venue", "Aula", "--organizer", "DPMD")
        var bruto = 0, tax = 0
        for name in ["maret", "juni", "nov"] {
            for kind in ["transport", "honor", "panitia"] {
                let csv = try aula.ok("summary", name, "--document", "penerimaan", "--kind", kind, "--format", "csv", "--lang", "en")
                // The TOTAL row's gross, tax and net are the file's last three amounts.
                let amounts = csv.split(whereSeparator: { $0 == "," || $0.isNewline }).compactMap { Rupiah.parse(String($0)) }.suffix(3)
                bruto += amounts.first!
                tax += amounts.dropFirst().first!
            }
        }
        let year = try aula.ok("year", "2025").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(year.contains("REKAP KEGIATAN TAHUN 2025") && year.contains("Jumlah kegiatan : 3"), "\(year.prefix(600))")
        #expect(!year.contains("Tahun lalu"))
        // Per session: invited and present, as each session's roster says.
        #expect(year.contains("| 1|18 Maret 2025 |Sosialisasi Dana Desa | 3| 2| 67%|"), "\(year)")
        #expect(year.contains("| 2|12 Juni 2025 |Tahap II | 3| 1| 33%|") && year.contains("| 3|3 November 2025 |Tahap III | 3| 1| 33%|"))
        #expect(year.contains("| |JUMLAH | | 9| 4| 44%|"), "\(year)")
        // Petrus Mali's seat was never present; the money and the tax add up to the rupiah.
        #expect(year.contains("Tidak pernah hadir sepanjang tahun Kepala Desa Tialai (Petrus Mali)"))
        #expect(year.contains(Rupiah.format(bruto)) && year.contains(Rupiah.format(tax)), "\(bruto) \(tax): \(year)")
        // The PDF and the workbook of the same.
        try aula.ok("year", "2025", "--format", "pdf", "--output", work.path("y.pdf"))
        let pdf = try runTool("pdftotext", [work.path("y.pdf"), "-"])
        #expect(pdf.contains("REKAP KEGIATAN TAHUN 2025") && pdf.contains(Rupiah.format(tax)))
        try aula.ok("year", "2025", "--format", "xlsx", "--output", work.path("y.xlsx"))
        let cells = try LibreOffice(work: work).cells(work.path("y.xlsx"))
        #expect(cells.contains { $0.contains("Tahap III") })
        // A session whose folder is gone is said, not fatal.
        try FileManager.default.removeItem(atPath: work.path("juni.aula"))
        let gone = try aula.run("year", "2025")
        #expect(gone.status == 0 && gone.stdout.contains("Tahap II (folder tidak terbaca)") && gone.stderr.contains("tidak terbaca"))
    }

    @Test func twoLaptopsShareOneOfficeFolderAndAForgetHolds() throws {
        let kiri = AulaBinary(workDir: work.url, desk: "kiri"), kanan = AulaBinary(workDir: work.url, desk: "kanan")
        let officeA = work.path("kantor-kiri"), officeB = work.path("kantor-kanan")
        try kiri.ok("office", "set", "nama", "DPMD Kabupaten Belu", "--office", officeA)
        try kiri.ok("new", "maret", "--title", "Sosialisasi", "--date", "2025-03-18", "--venue", "Aula", "--organizer", "DPMD",
                    "--office", officeA)
        try kiri.ok("person", "add", "maret", "--role", "narasumber", "--name", "Agustinus Nahak, S.E.", "--status", "non-pns")
        try kiri.ok("person", "add", "maret", "--role", "panitia", "--name", "Rini Seran", "--status", "non-pns")
        try kiri.ok("people", "learn", "maret", "--office", officeA)
        // The second laptop gets a copy of the office folder, as Syncthing or a USB stick would give it.
        try kiri.ok("sync", officeA, officeB)
        // Both edit at once: one the NPWP, the other the bank account; one forgets Rini.
        try kiri.ok("people", "edit", "Agustinus", "npwp", "12.345.678.9-012.000", "--office", officeA)
        try kanan.ok("people", "edit", "Agustinus", "bank", "Bank NTT", "--office", officeB)
        try kanan.ok("people", "edit", "Rini Seran", "phone", "081234567890", "--office", officeB)
        try kiri.ok("people", "forget", "Rini Seran", "--office", officeA)
        try kiri.ok("sync", officeA, officeB)
        for office in [officeA, officeB] {
            let people = try kiri.ok("people", "list", "--show-private", "--office", office)
            #expect(people.contains("Agustinus Nahak") && people.contains("12.345.678.9-012.000"), "\(people)")
            #expect(!people.contains("Rini Seran"), "\(people)")
        }
        // Rini's edit on the second laptop came before it heard of the forget: she stays forgotten, and the
        // session that filed her keeps her.
        #expect(try kiri.ok("person", "list", "maret").contains("Rini Seran"))
        // Another office's folder is never merged into this one.
        let other = work.path("kantor-lain")
        try kiri.ok("office", "set", "nama", "Dinas Kominfo Kabupaten Belu", "--office", other)
        let refused = try kiri.run("sync", officeA, other)
        #expect(refused.status != 0 && refused.stderr.contains("DPMD Kabupaten Belu") && refused.stderr.contains("Dinas Kominfo Kabupaten Belu"),
                "\(refused.stderr)")
        // Without its office folder a session still opens and files its papers from its own log.
        try FileManager.default.removeItem(atPath: officeA)
        #expect(try kiri.ok("summary", "maret", "--document", "daftar-hadir-narasumber").contains("Agustinus Nahak"))
    }
}

/// The app's start screen: the office's sessions, one opened, a new one made from another.
@Suite struct StartScreenEndToEndTests {
    @Test func theStartScreenOpensASessionOrMakesOneFromIt() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("new", "sesi/maret", "--title", "Sosialisasi Dana Desa", "--date", "2025-03-18", "--venue", "Aula", "--organizer", "DPMD")
        try aula.ok("roster", "seats", "sesi/maret", "--kode", "53.04.01")
        try aula.ok("checkin", "sesi/maret", "kewar", "--name", "Yakobus Mali")
        let tmux = try Tmux(command: "\(AulaBinary.path)", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Sesi kantor ini")
        try tmux.wait(for: "2025-03-18")
        try tmux.send("c")
        try tmux.wait(for: "Sesi baru dari: Sosialisasi Dana Desa")
        try tmux.type("juni")
        try tmux.send("Tab")
        for _ in 0..<21 { try tmux.send("BSpace") }
        try tmux.type("Tahap II")
        try tmux.send("Tab")
        try tmux.type("2025-06-12")
        try tmux.send("Enter")
        // The new session opens in the app with the seats and their holders, nobody present.
        try tmux.wait(for: "Tahap II")
        try tmux.wait(for: "Yakobus Mali")
        try tmux.send("C-q")
        #expect(try aula.ok("status", "juni").contains("Tahap II"))
        #expect(try aula.ok("roster", "list", "juni").contains("Yakobus Mali"))
    }
}

/// Long work on the command line: many possible duplicates summed up, the whole list written; no progress line when
/// stderr is not a terminal, one redrawn in place when it is.
@Suite struct LongWorkTests {
    @Test func manyPossibleDuplicatesAreSummedUp() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("new", "s", "--title", "T", "--date", "2025-01-01", "--venue", "V", "--organizer", "O")
        var rows = "Nama,Jabatan,Unit,Kecamatan\n"
        for index in 0..<25 { rows += "Orang \(index),Kepala Desa,Desa Tohe,Raihat\n" }
        try Data(rows.utf8).write(to: URL(fileURLWithPath: work.path("r.csv")))
        let run = try aula.run("roster", "import", "s", "r.csv")
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("Mungkin ganda: ") }.count == 10)
        #expect(run.stdout.contains("… dan 14 lagi: 24 baris mungkin ganda; daftar lengkapnya di "), "\(run.stdout)")
        let list = try String(contentsOfFile: work.path("s.aula/exports/mungkin-ganda.txt"), encoding: .utf8)
        #expect(list.split(separator: "\n").count == 24 && list.contains("Orang 24"))
    }

    @Test func aProgressLineOnATerminal() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        // On a terminal (script(1) gives one), the PDF's pages are counted on stderr, the line cleared before the
        // result is printed; without one (above), nothing.
        let command = "\(AulaBinary.path) summary kim --document daftar-hadir --format pdf --output \(work.path("d.pdf"))"
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in aula.environment { environment[key] = value }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-c", command, "/dev/null"]
        process.environment = environment
        process.currentDirectoryURL = work.url
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("\r\u{1B}[KPDF: 1 halaman\r\u{1B}[KDitulis: "), "\(output.debugDescription)")
    }
}

/// Two laptops sharing one office folder through Syncthing (two real instances on 127.0.0.1, set up by `aula sync
/// --syncthing`): directory edits on both merge, a forget holds on both.
@Suite(.serialized) struct OfficeSyncthingTests {
    let work = WorkFolder()

    @Test func twoLaptopsShareTheOfficeFolderThroughSyncthing() throws {
        let ports = SyncthingNode.freePorts(4)
        var laptops: [(dir: URL, node: SyncthingNode, aula: AulaBinary)] = []
        for (index, name) in ["kiri", "kanan"].enumerated() {
            let dir = work.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let node = try SyncthingNode(home: work.url.appendingPathComponent("syncthing-" + name),
                                         guiPort: ports[2 * index], listenPort: ports[2 * index + 1])
            try node.start()
            laptops.append((dir, node, AulaBinary(workDir: dir, desk: name)))
        }
        let (kiri, kanan) = (laptops[0], laptops[1])
        defer { for laptop in laptops { laptop.node.stop() } }
        let office = "kantor"
        try kiri.aula.ok("office", "set", "nama", "DPMD Kabupaten Belu", "--office", office)
        try kiri.aula.ok("new", "maret", "--title", "Sosialisasi", "--date", "2025-03-18", "--venue", "Aula", "--organizer", "DPMD",
                         "--office", office)
        try kiri.aula.ok("person", "add", "maret", "--role", "narasumber", "--name", "Agustinus Nahak, S.E.", "--status", "non-pns")
        try kiri.aula.ok("person", "add", "maret", "--role", "panitia", "--name", "Rini Seran", "--status", "non-pns")
        try kiri.aula.ok("people", "learn", "maret", "--office", office)
        // The office folder shared as a session folder is: the first laptop prints the command for the second.
        let first = try kiri.aula.ok("sync", office, "--syncthing", "--syncthing-home", kiri.node.home.path)
        let folderID = try #require(first.split(separator: " ").first { $0.hasPrefix("aula-") }.map(String.init))
        try kanan.aula.ok("sync", office, "--syncthing", "--syncthing-home", kanan.node.home.path, "--folder", folderID,
                          "--peer", kiri.node.peerAddress)
        try kiri.aula.ok("sync", office, "--syncthing", "--syncthing-home", kiri.node.home.path, "--peer", kanan.node.peerAddress)
        func people(_ laptop: (dir: URL, node: SyncthingNode, aula: AulaBinary)) -> String {
            (try? laptop.aula.run("people", "list", "--show-private", "--office", office))?.stdout ?? ""
        }
        func converge(_ check: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(90)
            while Date() < deadline {
                let (a, b) = (people(kiri), people(kanan))
                if !a.isEmpty, a == b, check(a) { return a }
                Thread.sleep(forTimeInterval: 0.3)
            }
            throw SyncthingError("the two office folders did not converge:\n\(people(kiri))\n\(people(kanan))")
        }
        _ = try converge { $0.contains("Agustinus Nahak") && $0.contains("Rini Seran") }
        // Both laptops edit at once; one forgets Rini.
        try kiri.aula.ok("people", "edit", "Agustinus", "npwp", "12.345.678.9-012.000", "--office", office)
        try kanan.aula.ok("people", "edit", "Agustinus", "bank", "Bank NTT", "--office", office)
        try kanan.aula.ok("people", "edit", "Agustinus", "account", "0012345678", "--office", office)
        try kiri.aula.ok("people", "forget", "Rini Seran", "--office", office)
        // Converged when both lists agree, and the second laptop's edits have reached the first one's folder.
        let kananOnKiri = kiri.dir.appendingPathComponent(office).appendingPathComponent("desk-kanan.jsonl")
        let merged = try converge { list in
            list.contains("12.345.678.9-012.000") && !list.contains("Rini Seran")
                && ((try? String(contentsOf: kananOnKiri, encoding: .utf8)) ?? "").contains("0012345678")
        }
        #expect(merged.contains("Agustinus Nahak"))
        // The bank account set on the second laptop reaches the first: a new session there is completed with it.
        try kiri.aula.ok("new", "juni", "--title", "Tahap II", "--date", "2025-06-12", "--venue", "Aula", "--organizer", "DPMD",
                         "--office", office)
        let completed = try kiri.aula.ok("person", "add", "juni", "--name", "Agustinus Nahak", "--office", office)
        #expect(completed.contains("npwp") && completed.contains("bank") && completed.contains("account"), "\(completed)")
        // Each laptop wrote only its own desk file: no conflict copies.
        for laptop in laptops {
            let names = try FileManager.default.contentsOfDirectory(atPath: laptop.dir.appendingPathComponent(office).path)
            #expect(!names.contains { $0.contains(".sync-conflict-") }, "\(names)")
        }
    }
}
