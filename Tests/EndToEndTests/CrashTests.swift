import AulaCore
import Foundation
import Testing

/// kill -9 of a writer mid-append never loses a line it reported saved.
@Suite struct CrashTests {
    @Test func killedWritersNeverLoseASavedCheckIn() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("new", "kim", "--title", "KIM", "--date", "2020-03-27", "--venue", "Aula", "--organizer", "Kominfo")
        var csv = "No;Nama;Jabatan;Instansi\n"
        for i in 1...210 { csv += "\(i);Peserta \(i);Kepala Desa;Desa Contoh \(i)\n" }
        try aula.ok("roster", "import", "kim", work.write("r.csv", Array(csv.utf8)))
        let folderURL = URL(fileURLWithPath: work.path("kim.aula"))
        var saved = Set<Int>()
        var killed = 0
        var setAside = 0
        var generator = SystemRandomNumberGenerator()
        // Kill windows scale with how long one check-in takes on this machine now (loaded CI machines are slower).
        let clock = ContinuousClock()
        let oneRun = try clock.measure { try aula.ok("checkin", "kim", "1", "--status", "izin") }
        let window = UInt32(max(20_000, min(2_000_000, 2 * oneRun.components.attoseconds / 1_000_000_000_000
                                                     + 2 * oneRun.components.seconds * 1_000_000)))
        for row in 2...201 {
            let out = Pipe(), err = Pipe()
            let process = try aula.start(["checkin", "kim", String(row)], stdout: out, stderr: err)
            // Kill at a random moment between start-up and well after the write.
            usleep(UInt32.random(in: 0...window, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let warned = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            // Only a process that printed its line had reported the check-in as saved.
            if printed.contains(": hadir") { saved.insert(row) }
            // The desk that owns the file sets a torn tail aside when it opens it, and says so.
            if warned.contains("desk-meja1.jsonl.torn") { setAside += 1 }
            // A reader never changes the file, and a cut-off last line is no warning to it.
            let reader = try SessionFolder(url: folderURL, desk: "pemeriksa", writable: false)
            #expect(reader.warnings.isEmpty)
            let present = Set(reader.session.attendees.filter { $0.status == .hadir }.map(\.row))
            #expect(saved.isSubset(of: present), "saved \(saved.subtracting(present)) missing after run \(row)")
        }
        // The owner's last open sets aside what the last killed writer left.
        let last = try SessionFolder(url: folderURL, desk: "meja1", writable: true)
        setAside += last.warnings.count
        // Every tail set aside is in the .torn file, one line each: none dropped, none counted twice.
        let torn = (try? String(contentsOfFile: work.path("kim.aula/desk-meja1.jsonl.torn"), encoding: .utf8)) ?? ""
        #expect(torn.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count == setAside)
        // What was set aside is named by aula status until someone removes it.
        let status = try aula.ok("status", "kim")
        #expect(status.contains("Disisihkan: desk-meja1.jsonl.torn") == (setAside > 0), "\(status)")
        // The run must have exercised both outcomes, or it proved nothing.
        #expect(killed > 0)
        #expect(!saved.isEmpty)
        print("crash test: \(killed) of 200 writers killed, \(saved.count) check-ins reported saved, \(setAside) torn tails set aside")
    }
}
