import AulaCore
import Foundation
import Testing

/// Two laptops at the door sharing the session folder through Syncthing (two real Syncthing instances on
/// 127.0.0.1, set up by `aula sync --syncthing` without the web GUI): one desk in the full-screen app, the other on
/// the command line, at once; then with one laptop's Syncthing stopped for a while and started again.
@Suite(.serialized) struct SyncthingTests {
    let work = WorkFolder()

    /// A laptop: its folder, its Syncthing, its desk.
    struct Laptop {
        let dir: URL
        let node: SyncthingNode
        let aula: AulaBinary

        var session: URL { dir.appendingPathComponent("kim.aula") }

        func export() throws -> String { try aula.ok("export", session.path, "--format", "json") }

        /// The export, or "" while the folder is not (yet) a session.
        func quietExport() -> String {
            guard let run = try? aula.run("export", session.path, "--format", "json"), run.status == 0 else { return "" }
            return run.stdout
        }

        func share(_ extra: [String]) throws -> String {
            try aula.ok(arguments: ["sync", "kim.aula", "--syncthing", "--syncthing-home", node.home.path] + extra)
        }
    }

    func laptop(_ name: String, ports: ArraySlice<Int>) throws -> Laptop {
        let dir = work.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let node = try SyncthingNode(home: work.url.appendingPathComponent("syncthing-" + name),
                                     guiPort: ports[ports.startIndex], listenPort: ports[ports.startIndex + 1])
        try node.start()
        return Laptop(dir: dir, node: node, aula: AulaBinary(workDir: dir, desk: name))
    }

    /// Polls until both laptops export the same session and `check` holds for it, or fails after `seconds`.
    func converge(_ a: Laptop, _ b: Laptop, seconds: Double = 60, sourceLocation: SourceLocation = #_sourceLocation,
                  _ check: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ("", "")
        while Date() < deadline {
            last = (a.quietExport(), b.quietExport())
            if !last.0.isEmpty, last.0 == last.1, check(last.0) { return last.0 }
            Thread.sleep(forTimeInterval: 0.3)
        }
        throw SyncthingError("the two laptops did not converge in \(seconds) s:\n\(last.0.prefix(300))\n\(last.1.prefix(300))")
    }

    static func present(_ export: String) -> Int { export.components(separatedBy: "\"status\" : \"hadir\"").count - 1 }

    /// Files Syncthing leaves when two laptops changed one file: there must be none (each desk has its own file).
    func conflicts(_ laptops: Laptop...) throws -> [String] {
        try laptops.flatMap { try FileManager.default.contentsOfDirectory(atPath: $0.session.path) }
            .filter { $0.contains(".sync-conflict-") }
    }

    @Test func twoLaptopsConvergeThroughSyncthingAtOnceAndAfterBeingOffline() throws {
        let ports = SyncthingNode.freePorts(4)
        let kiri = try laptop("kiri", ports: ports[0..<2]), kanan = try laptop("kanan", ports: ports[2..<4])
        try kiri.aula.ok("demo", "kim")

        // The first laptop shares the folder and prints the command for the second; the second runs it (adding
        // the first and creating its folder) and prints the command back; the first runs that.
        // An .stignore from an older aula (the exports only) gains the snapshot's line; the user's own line stays.
        try "/exports\n// mine\n".write(to: kiri.session.appendingPathComponent(".stignore"), atomically: true, encoding: .utf8)
        let first = try kiri.share([])
        #expect(try String(contentsOf: kiri.session.appendingPathComponent(".stignore"), encoding: .utf8)
                == "/exports\n// mine\n/.aula-snapshot*\n")
        let folderID = try #require(first.split(separator: " ").first { $0.hasPrefix("aula-") }.map(String.init))
        #expect(first.contains("--peer \(kiri.node.deviceID)"), "\(first)")
        let second = try kanan.share(["--folder", folderID, "--peer", kiri.node.peerAddress])
        #expect(second.contains("Folder dibuat: ") && second.contains("Dibagikan dengan perangkat \(kiri.node.deviceID)"), "\(second)")
        try kiri.share(["--peer", kanan.node.peerAddress])
        let again = try kiri.share(["--peer", kanan.node.peerAddress])
        #expect(!again.contains("Folder Syncthing ditambahkan"), "\(again)")
        _ = try converge(kiri, kanan) { Self.present($0) == 0 && $0.contains("\"attendees\"") }

        // Both desks at once: the second laptop in the app (codes typed as a scanner would), the first on the
        // command line, ten seats each.
        let codes = try kanan.aula.ok("roster", "export", kanan.session.path, "--format", "csv").split(whereSeparator: \.isNewline)
            .dropFirst().map { String($0.split(separator: ";").last ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(codes.count == 40)
        let tmux = try Tmux(command: "\(AulaBinary.path) tui kim.aula", environment: kanan.aula.environment, directory: kanan.dir)
        try tmux.wait(for: "Hadir 0")
        let script = (1...10).map { "\(AulaBinary.path) checkin kim.aula \($0) >/dev/null || echo FAIL \($0)" }.joined(separator: "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = kiri.aula.environment
        process.currentDirectoryURL = kiri.dir
        let failures = Pipe()
        process.standardOutput = failures
        try process.run()
        let deskFile = kanan.session.appendingPathComponent("desk-kanan.jsonl")
        func scan(_ codes: ArraySlice<String>) throws {
            for code in codes {
                let saved = ((try? String(contentsOf: deskFile, encoding: .utf8)) ?? "").count
                try tmux.type(code)
                try tmux.send("Enter")
                // Saved: the desk's own file has grown by the check-in.
                let deadline = Date().addingTimeInterval(10)
                while Date() < deadline, ((try? String(contentsOf: deskFile, encoding: .utf8)) ?? "").count == saved {
                    Thread.sleep(forTimeInterval: 0.05)
                }
            }
        }
        try scan(codes[10..<20])
        process.waitUntilExit()
        #expect(String(decoding: failures.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).isEmpty)
        let together = try converge(kiri, kanan) { Self.present($0) == 20 }
        #expect(Self.present(together) == 20)
        try tmux.wait(for: "Hadir 20", seconds: 15)
        #expect(try conflicts(kiri, kanan).isEmpty)

        // The second laptop's Syncthing stops (out of the hotspot's range); both desks go on; it comes back.
        kanan.node.stop()
        for row in 21...25 { try kiri.aula.ok("checkin", kiri.session.path, String(row)) }
        try scan(codes[25..<30])
        let (offA, offB) = (try kiri.export(), try kanan.export())
        #expect(Self.present(offA) == 25 && Self.present(offB) == 25)
        try kanan.node.start()
        let after = try converge(kiri, kanan, seconds: 120) { Self.present($0) == 30 }
        #expect(Self.present(after) == 30)
        try tmux.wait(for: "Hadir 30", seconds: 15)
        #expect(try conflicts(kiri, kanan).isEmpty)
        // Nothing was set aside as torn, and no Syncthing temporary file is taken for a desk.
        for laptop in [kiri, kanan] {
            let names = try FileManager.default.contentsOfDirectory(atPath: laptop.session.path)
            #expect(!names.contains { $0.hasSuffix(".torn") }, "\(names)")
            #expect(try laptop.aula.run("status", laptop.session.path).stderr.isEmpty)
        }
        try tmux.send("C-q")
        kiri.node.stop()
        kanan.node.stop()
    }

    @Test func sharingSaysWhatIsMissing() throws {
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        let notRunning = try aula.run("sync", "kim", "--syncthing", "--syncthing-home", work.url.appendingPathComponent("none").path)
        #expect(notRunning.status == 1 && notRunning.stderr.contains("Syncthing belum berjalan di laptop ini."), "\(notRunning.stderr)")
        let neither = try aula.run("sync", "kim")
        #expect(neither.status == 64 && neither.stderr.contains("OTHER (salinan lain / the other copy), atau / or --syncthing"))
        let badPeer = try aula.run("sync", "kim", "--syncthing", "--peer", "ABC")
        #expect(badPeer.status == 64 && badPeer.stderr.contains("--peer: ID perangkat Syncthing"))
        for odd in ["-", "--home", "ａｕｌａ", "-x", String(repeating: "a", count: 65)] {
            let refused = try aula.run("sync", "kim", "--syncthing", "--folder=" + odd)
            #expect(refused.status == 1 && refused.stderr.contains("--folder: huruf A-Z"), "\(odd): \(refused.stderr)")
        }
        let both = try aula.run("sync", "kim", "usb", "--syncthing")
        #expect(both.status == 64 && both.stderr.contains("--syncthing: tanpa OTHER"))
    }

    @Test func aSyncthingThatNeverAnswersIsNamedNotWaitedOn() throws {
        let bin = work.url.appendingPathComponent("hung-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        // A syncthing whose cli hangs, with a child of its own holding the output open.
        let fake = bin.appendingPathComponent("syncthing")
        try Data("#!/bin/sh\nsleep 100 &\nsleep 100\n".utf8).write(to: fake)
        chmod(fake.path, 0o755)
        var aula = AulaBinary(workDir: work.url)
        aula.extraEnvironment["PATH"] = bin.path + ":/usr/bin:/bin"
        aula.extraEnvironment["AULA_SYNCTHING_TIMEOUT"] = "1"
        try aula.ok("demo", "kim")
        let hung = try aula.run("sync", "kim", "--syncthing")
        #expect(hung.status == 1)
        #expect(hung.stderr.contains("Syncthing tidak menjawab dalam 1 detik (syncthing cli show system)"), "\(hung.stderr)")
    }
}
