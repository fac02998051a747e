import AulaCore
import Foundation
import Testing

/// Copy tools write into a session folder without Aula's lock, a line at a time or half a line at a time, while
/// `aula status`, `aula summary` and the full-screen app read it. The readers must leave the file as it is.
@Suite(.serialized) struct CopyRaceTests {
    /// A demo session `kim.aula`, and `src.aula`, a copy of it where desk "besar" wrote `notes` notes.
    func sessions(_ work: WorkFolder, notes: Int) throws -> AulaBinary {
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        try FileManager.default.copyItem(atPath: work.path("kim.aula"), toPath: work.path("src.aula"))
        let desk = try SessionFolder(url: URL(fileURLWithPath: work.path("src.aula")), desk: "besar", writable: true)
        let item = desk.session.agenda[0].id
        for batch in stride(from: 0, to: notes, by: 1000) {
            try desk.append((batch..<min(notes, batch + 1000)).map {
                .note(id: "n\($0)", item: item, text: "Catatan rapat nomor \($0): KIM dibentuk di setiap desa melalui musyawarah desa.")
            })
        }
        return aula
    }

    func start(_ executable: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func rsyncWritingWhileStatusSummaryAndTheAppReadLeavesAnExactCopy() throws {
        let work = WorkFolder()
        let aula = try sessions(work, notes: 6_000)
        let source = work.path("src.aula/desk-besar.jsonl"), target = work.path("kim.aula/desk-besar.jsonl")
        let size = try FileManager.default.attributesOfItem(atPath: source)[.size] as! Int
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Hadir 0")
        // About 1.5 MB at 500 kB/s: three seconds of a file growing in pieces that end anywhere.
        let rsync = try start("/usr/bin/rsync", ["-rt", "--append-verify", "--bwlimit=500", work.path("src.aula") + "/",
                                                  work.path("kim.aula") + "/"])
        var reads = 0, sawPart = false
        while rsync.isRunning {
            let status = try aula.run("status", "kim")
            #expect(status.status == 0, "\(status.stderr)")
            #expect(try aula.run("summary", "kim", "--document", "rekap").status == 0)
            reads += 2
            let now = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
            if now > 0 && now < size { sawPart = true }
        }
        rsync.waitUntilExit()
        #expect(rsync.terminationStatus == 0)
        #expect(sawPart && reads >= 4, "the readers ran while the copy was under way (\(reads) reads)")
        #expect(FileManager.default.contentsEqual(atPath: source, andPath: target))
        #expect(!FileManager.default.fileExists(atPath: target + ".torn"))
        let after = try aula.run("status", "kim")
        #expect(after.status == 0 && after.stderr.isEmpty, "\(after.stderr)")
        try tmux.send("C-q")
    }

    @Test func aWriterPausedInTheMiddleOfALineIsWaitedFor() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let seat = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "x", writable: false)
            .session.attendees.first { $0.unit == "Desa Naekasa" }!
        let line = Event(id: "e1", desk: "pintu", seq: 1, at: "2020-03-27T08:41:00+08:00",
                         change: .checkIn(attendee: seat.id, status: .hadir, standIn: "", standInJabatan: "", time: "")).line + "\n"
        let file = work.path("kim.aula/desk-pintu.jsonl")
        let half = Data(line.utf8.prefix(40))
        try half.write(to: URL(fileURLWithPath: file))
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Hadir 0")
        #expect(try aula.ok("status", "kim").contains("Hadir: 0"))
        #expect(try aula.run("summary", "kim", "--document", "daftar-hadir").status == 0)
        // Two of the app's once-a-second looks at the folder pass while the line is half written: the header's clock,
        // which moves on in the same look, shows three different seconds (however slow the machine is).
        var seconds = Set<String>()
        try tmux.wait(for: "three ticks of the app's clock") { screen in
            if let clock = screen.firstMatch(of: #/\d\d:\d\d:\d\d WITA/#) { seconds.insert(String(clock.0)) }
            return seconds.count >= 3
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == half)
        #expect(!FileManager.default.fileExists(atPath: file + ".torn"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8.dropFirst(40)))
        try handle.close()
        try tmux.wait(for: "Hadir 1")
        #expect(try aula.ok("status", "kim").contains("Hadir: 1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(line.utf8))
        try tmux.send("C-q")
    }
}
