import AulaCore
import Foundation
import Testing

/// The real binary in a real terminal (tmux): the door, the agenda and the notes, end to end.
@Suite struct TUITests {
    /// The header's clock changes every second: scrub it before comparing screens.
    func scrubbed(_ screen: String) -> String {
        screen.replacingOccurrences(of: #"\d\d:\d\d:\d\d WITA"#, with: "HH:MM:SS WITA", options: .regularExpression)
    }

    @Test func aMorningAtTheDoor() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let command = "\(AulaBinary.path) tui kim; echo AULA-EXIT $?; sleep 60"
        let tmux = try Tmux(command: command, environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Cari:")

        // Three people checked in by typing parts of their names, then Enter.
        for (typed, shown) in [("gregor", "Gregorius Lelo Mau — Kepala Desa Naekasa: hadir"),
                               ("wilh", "Wilhelmus Bau Mali — Kepala Desa Kewar: hadir"),
                               ("yust", "Yustina Hoar — Kepala Desa Fulur: hadir")] {
            try tmux.type(typed)
            try tmux.wait(for: "1 cocok")
            try tmux.send("Enter")
            try tmux.wait(for: shown)
        }
        // One diwakili, with the stand-in's name and jabatan.
        try tmux.type("camat raihat")
        try tmux.wait(for: "1 cocok")
        try tmux.send("F2")
        try tmux.wait(for: "Diwakili: Camat Raihat")
        try tmux.type("Maria Bete")
        try tmux.send("Tab")
        try tmux.type("Sekretaris Camat")
        try tmux.send("Enter")
        try tmux.wait(for: "Yosefina Dahu, S.Sos — Camat Raihat: diwakili oleh Maria Bete")
        // A walk-in.
        try tmux.send("C-n")
        try tmux.wait(for: "Peserta baru (tanpa undangan)")
        try tmux.type("Oa Bere")
        try tmux.send("Tab")
        try tmux.type("Wartawan")
        try tmux.send("Tab")
        try tmux.type("TIMORline.com")
        try tmux.send("Enter")
        try tmux.wait(for: "Oa Bere — Wartawan TIMORline.com: hadir")
        try tmux.wait(for: "Hadir 4   Diwakili 1")

        // Two agenda items started, a note on the second.
        try tmux.send("Tab")
        try tmux.wait(for: "Rencana Menit")
        try tmux.send("n")
        try tmux.wait(for: "Tekan n sekali lagi")
        try tmux.send("n")
        try tmux.wait(for: "Dimulai: 1. Registrasi peserta")
        try tmux.send("n")
        try tmux.wait(for: "Tekan n sekali lagi")
        try tmux.send("n")
        try tmux.wait(for: "Dimulai: 2. Pembukaan dan sambutan")
        try tmux.send("Enter")
        try tmux.wait(for: "Notulen: 2. Pembukaan dan sambutan")
        try tmux.type("Sambutan Kadis Kominfo")
        try tmux.send("Enter")
        try tmux.type("Peserta hadir lengkap.")
        try tmux.send("C-s")
        try tmux.wait(for: "Notulen disimpan pada acara 2: Pembukaan dan sambutan")
        try tmux.wait(for: "   Peserta hadir lengkap.")
        // Undo once: the note goes.
        try tmux.send("C-z")
        try tmux.wait(for: "Dibatalkan: catatan: Sambutan Kadis Kominfo Peserta hadir lengkap.")
        try tmux.wait(for: "Notulen: (kosong — Enter untuk menulis)")

        // Too small, then back.
        try tmux.resize(width: 40, height: 10)
        try tmux.wait(for: "Terminal terlalu kecil")
        try tmux.resize(width: 100, height: 30)
        try tmux.wait(for: "Rencana Menit")

        // Dokumen: every paper exported at once.
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.wait(for: "Daftar hadir")
        try tmux.send("x")
        // Every paper the session has data for: the four filed ones in every format, the undangan, the name tags and
        // the list of materials and the berkas SPJ (the demo pays nobody yet, so no daftar penerimaan).
        try tmux.wait(for: "Diekspor 28 berkas (undangan disimpan sebagai yang dikirim) ke")
        let exported = try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula/exports"))
        #expect(exported.contains("daftar-hadir.html") && exported.contains("rekap.csv") && exported.contains("rekap.xlsx")
               && exported.contains("laporan.txt")
               && exported.contains("daftar-hadir.pdf") && exported.contains("laporan.pdf"))
        #expect(exported.contains("undangan.pdf") && exported.contains("tanda-nama.pdf") && exported.contains("berkas.pdf"),
                "\(exported.sorted())")
        #expect(!exported.contains { $0.hasPrefix("penerimaan-") })
        try tmux.send("BTab")
        try tmux.send("BTab")

        // Back on Hadir, first row selected, message cleared: the screen to compare after reopening.
        try tmux.send("BTab")
        try tmux.wait(for: "Cari:")
        try tmux.send("Home")
        try tmux.send("Escape")
        let before = try tmux.wait(for: "message cleared") { !$0.contains("Diekspor") && $0.contains("Cari:") }
        try tmux.send("C-q")
        try tmux.wait(for: "AULA-EXIT 0")

        // The CLI agrees with what was done.
        let status = try aula.ok("status", "kim")
        #expect(status.contains("Hadir: 4"))
        #expect(status.contains("Diwakili: 1"))
        #expect(status.contains("Diundang: 40 + 1 tanpa undangan"))
        let session = try JSONDecoder().decode(Session.self, from: Data(try aula.ok("export", "kim").utf8))
        #expect(session.attendees.filter { $0.status == .hadir }.map(\.row) == [16, 17, 25, session.attendees[40].row])
        #expect(session.attendees[40].row > 300_000)
        #expect(session.attendees[40].name == "Oa Bere" && !session.attendees[40].invited)
        #expect(session.attendees[5].attendance?.standIn == "Maria Bete")
        #expect(session.attendees[5].attendance?.standInJabatan == "Sekretaris Camat")
        #expect(session.agenda[0].actualEnd != "" && session.agenda[1].isRunning)
        #expect(session.notes.isEmpty)

        // A second open shows the same screen.
        let again = try Tmux(command: command, environment: aula.environment, directory: work.url)
        let after = try again.wait(for: "Cari:")
        #expect(scrubbed(after) == scrubbed(before))
        try again.send("C-q")
        try again.wait(for: "AULA-EXIT 0")
    }

    @Test(arguments: ["TERM", "QUIT", "USR1", "PIPE"])
    func aSignalRestoresTheTerminal(signal: String) throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let dir = work.path("kim.aula")
        let command = "\(AulaBinary.path) tui \(dir); echo AULA-EXIT $?; stty -a | grep -o ' echo '; sleep 60"
        let tmux = try Tmux(command: command, environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Cari:")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-\(signal)", "-f", "^\(AulaBinary.path) tui \(dir)$"]
        try kill.run()
        kill.waitUntilExit()
        #expect(kill.terminationStatus == 0)
        // Exit status 0 and the terminal back in cooked mode with echo on (stty prints " echo ", not " -echo ").
        try tmux.wait(for: "a clean exit and echo restored") { $0.contains("AULA-EXIT 0\n echo") }
    }

    @Test func withoutATerminalItSaysWhatToDo() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let result = try aula.run("tui", "kim")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Tampilan layar penuh perlu terminal"))
    }
}

/// The presenter steps through the agenda in one terminal; the projector in another follows within 2 seconds.
@Suite struct ProjectorEndToEndTests {
    @Test func theProjectorFollowsThePresenter() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let presenter = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        var projectorEnvironment = aula.environment
        projectorEnvironment["AULA_DESK"] = "proyektor"
        let projector = try Tmux(command: "\(AulaBinary.path) project kim", width: 120, height: 36,
                                 environment: projectorEnvironment, directory: work.url)
        try projector.wait(for: "ACARA AKAN SEGERA DIMULAI")
        try presenter.wait(for: "Cari:")
        try presenter.send("Tab")
        try presenter.wait(for: "Rencana Menit")
        try presenter.send("n")
        try presenter.wait(for: "Tekan n sekali lagi")
        try presenter.send("n")
        try presenter.wait(for: "Dimulai: 1. Registrasi peserta")
        // The projector follows within its once-a-second look (how fast is aula-bench's to measure, not a test's).
        try projector.wait(for: "SEKARANG — 1/6")
        try projector.wait(for: "Panitia (Dinas Kominfo Kabupaten Belu)")
        try projector.wait(for: "Berikutnya: 2. Pembukaan dan sambutan")
        try presenter.send("n")
        try presenter.wait(for: "Tekan n sekali lagi")
        try presenter.send("n")
        try presenter.wait(for: "Dimulai: 2. Pembukaan dan sambutan")
        try projector.wait(for: "SEKARANG — 2/6")
        try presenter.send("C-q")
        try projector.send("q")
    }
}

/// The Dokumen tab's export writes every paper the session has data for.
@Suite struct ExportAllTests {
    @Test func aDaftarPenerimaanThatPaysSomeoneIsExportedToo() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Kepala Desa", "--amount", "150000")
        try aula.ok("checkin", "kim", "naek")
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Cari:")
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.wait(for: "Daftar hadir")
        try tmux.send("x")
        // The export made the undangan's first PDF: it is the letter sent, kept for the berkas.
        try tmux.wait(for: "Diekspor 31 berkas (undangan disimpan sebagai yang dikirim)")
        let exported = try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula/exports"))
        for name in ["penerimaan-transport.pdf", "penerimaan-transport.csv", "penerimaan-transport.xlsx", "materi.pdf", "berkas.pdf"] {
            #expect(exported.contains(name), "\(name): \(exported.sorted())")
        }
        #expect(!exported.contains { $0.hasPrefix("penerimaan-honor") })
        let text = try runTool("pdftotext", [work.path("kim.aula/exports/penerimaan-transport.pdf"), "-"])
        #expect(text.contains("UANG TRANSPORT") && text.contains("Gregorius Lelo"), "\(text.prefix(300))")
        try tmux.send("C-q")
        try aula.ok("summary", "kim", "--document", "berkas", "--format", "pdf", "--output", work.path("b.pdf"))
        let cover = try runTool("pdftotext", ["-f", "1", "-l", "1", work.path("b.pdf"), "-"]).split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(cover.contains("Surat undangan dan lampiran daftar undangan, sebagaimana dikirim"), "\(cover)")
    }
}
