import AulaCore
import Foundation
import Testing

/// Two real processes writing one session folder at the same time.
@Suite struct TwoDesksTests {
    @Test func twoDesksCheckingInAtOnceLoseNothing() throws {
        let work = WorkFolder()
        let setup = AulaBinary(workDir: work.url, desk: "panitia")
        try setup.ok("new", "kim", "--title", "KIM", "--date", "2020-03-27", "--venue", "Aula", "--organizer", "Kominfo")
        var csv = "No;Nama;Jabatan;Instansi;Kecamatan\n"
        for i in 1...300 { csv += "\(i);Peserta \(i);Kepala Desa;Desa \(i);Kec \(i % 12)\n" }
        try setup.ok("roster", "import", "kim", work.write("r.csv", Array(csv.utf8)))
        // Desk a checks in rows 1–200, desk b rows 101–300, each through its own stream of processes, at once.
        func script(_ rows: ClosedRange<Int>) -> String {
            rows.map { "\(AulaBinary.path) checkin kim \($0) >/dev/null || echo FAIL \($0)" }.joined(separator: "\n")
        }
        var processes: [(Process, Pipe)] = []
        for (desk, rows) in [("a", 1...200), ("b", 101...300)] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script(rows)]
            var environment = AulaBinary(workDir: work.url, desk: desk).environment
            environment["PATH"] = "/usr/bin:/bin"
            process.environment = environment
            process.currentDirectoryURL = work.url
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            processes.append((process, out))
        }
        for (process, out) in processes {
            let failures = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(failures.isEmpty)
        }
        let fromA = try AulaBinary(workDir: work.url, desk: "a").ok("status", "kim")
        let fromB = try AulaBinary(workDir: work.url, desk: "b").ok("status", "kim")
        try setup.ok("sync", "kim", work.path("salinan.aula"))
        let fromCopy = try setup.ok("status", "salinan")
        #expect(fromA == fromB)
        #expect(fromA == fromCopy)
        let missing = try setup.ok("roster", "list", "kim", "--missing")
        #expect(fromA.contains("Hadir: 300"), "\(missing)")
        // Every event is there once: a join and a line per check-in at each desk. A seat the other desk has already
        // marked is not marked again (it says since when); both are kept when the two desks marked it at once.
        let linesA = try String(contentsOfFile: work.path("kim.aula/desk-a.jsonl"), encoding: .utf8).split(separator: "\n")
        let linesB = try String(contentsOfFile: work.path("kim.aula/desk-b.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect((101...201).contains(linesA.count) && (101...201).contains(linesB.count))
        #expect((302...402).contains(linesA.count + linesB.count))
        let session = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "x", writable: false)
        #expect(session.events.count == 2 + 300 + linesA.count + linesB.count)
        let checkIns = session.events.compactMap { event -> String? in
            if case .checkIn(let seat, _, _, _, _, _) = event.change { return seat } else { return nil }
        }
        #expect(Set(checkIns).count == 300)
        #expect(Set(session.events.map(\.id)).count == session.events.count)
    }

    @Test func theFullScreenAppShowsAnotherDesksCheckIn() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim", environment: aula.environment, directory: work.url)
        try tmux.wait(for: "Hadir 0")
        try AulaBinary(workDir: work.url, desk: "meja2").ok("checkin", "kim", "naek")
        // Shown by the app's once-a-second look at the folder, with nothing pressed.
        try tmux.wait(for: "Hadir 1")
        try tmux.send("C-q")
    }
}

/// A folder tool instead of `aula sync`: rsync both ways, appending only.
@Suite struct RsyncTests {
    @Test func rsyncBothWaysGivesTheSameUnion() throws {
        let work = WorkFolder()
        let a = AulaBinary(workDir: work.url, desk: "kiri"), b = AulaBinary(workDir: work.url, desk: "kanan")
        try a.ok("demo", "kim")
        try rsync(work.path("kim.aula"), work.path("usb.aula"))
        try b.ok("checkin", "usb", "naek")
        try a.ok("checkin", "kim", "tohe", "--status", "izin")
        // The README's recipe: each laptop takes an exact copy of the other's folder, then aula sync merges it.
        try rsync(work.path("usb.aula"), work.path("usb-copy.aula"))
        try a.ok("sync", "kim", work.path("usb-copy.aula"))
        try rsync(work.path("kim.aula"), work.path("kim-copy.aula"))
        try b.ok("sync", "usb", work.path("kim-copy.aula"))
        let left = try a.ok("status", "kim"), right = try b.ok("status", "usb")
        #expect(left == right)
        #expect(left.contains("Hadir: 1") && left.contains("Izin: 1"))
    }
}
