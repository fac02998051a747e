import Foundation
import Glibc
import Testing

/// `--output` names where a paper or an export goes: a regular file is replaced whole, anything else (a device, a
/// FIFO, a link to standard output) is written to and stays what it was.
@Suite struct OutputTests {
    func demo(_ work: WorkFolder) throws -> AulaBinary {
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        return aula
    }

    @Test func aDeviceNodeStaysADevice() throws {
        let work = WorkFolder()
        let aula = try demo(work)
        // The null device's numbers (1, 3; glibc puts the major number above the low byte), made in the test's own folder: what /dev/null is, without touching it.
        let node = work.path("null")
        guard mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else {
            Issue.record("mknod needs root: \(String(cString: strerror(errno)))")
            return
        }
        for arguments in [["summary", "kim", "--document", "rekap", "--output", node],
                          ["export", "kim", "--output", node],
                          ["roster", "export", "kim", "--format", "csv", "--output", node]] {
            try aula.ok(arguments: arguments)
            var info = stat()
            #expect(lstat(node, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(arguments)")
        }
    }

    @Test func aFIFOIsWrittenToNotReplaced() throws {
        let work = WorkFolder()
        let aula = try demo(work)
        let fifo = work.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as `cat pipe` would be.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        try aula.ok("summary", "kim", "--document", "rekap", "--output", fifo)
        let read = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(read.contains("REKAP"), "\(read.prefix(200))")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aLinkToStandardOutputPrintsThere() throws {
        let work = WorkFolder()
        let aula = try demo(work)
        let link = work.path("keluar")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/stdout")
        let printed = try aula.ok("summary", "kim", "--document", "rekap", "--output", link)
        #expect(printed.contains("REKAP"), "\(printed.prefix(200))")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/stdout")
        // A link to a regular file: the file gets the paper, the link stays a link.
        let target = work.path("rekap.txt")
        try Data("lama".utf8).write(to: URL(fileURLWithPath: target))
        let other = work.path("tautan")
        try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: target)
        try aula.ok("summary", "kim", "--document", "rekap", "--output", other)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("REKAP"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: other) == target)
    }
}

/// What aula creates for itself is private whatever the umask.
@Suite struct PrivateFolderTests {
    @Test func underUmask000TheFoldersAulaMakesAre0700() throws {
        let work = WorkFolder()
        var aula = AulaBinary(workDir: work.url, desk: "meja1")
        aula.extraEnvironment["AULA_DESK"] = ""
        aula.launcher = ["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\""]
        try aula.ok("new", "baru/kim", "--title", "KIM", "--date", "2020-03-27", "--venue", "Aula", "--organizer", "Dinas")
        for folder in ["home", "home/.config", "home/.config/aula", "baru", "baru/kim.aula"] {
            let mode = try FileManager.default.attributesOfItem(atPath: work.path(folder))[.posixPermissions] as? Int
            #expect(mode == 0o700, "\(folder): \(String(mode ?? 0, radix: 8))")
        }
    }
}

/// Times and dates are typed values: parsed once by the command line, the same parser as the app's forms.
@Suite struct TypedArgumentTests {
    @Test func aTimeOrDateThatIsNotOneIsRefusedByTheParserAndAPaperStyleTimeIsTaken() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        let bad = try aula.run("new", "kim", "--title", "KIM", "--date", "2020-02-30", "--venue", "Aula", "--organizer", "Dinas")
        #expect(bad.status == 64 && bad.stderr.contains("Galat: nilai '2020-02-30' tidak sah untuk '--date <date>'"), "\(bad.stderr)")
        #expect(bad.stderr.contains("TTTT-BB-HH"), "\(bad.stderr)")
        let late = try aula.run("new", "kim", "--title", "KIM", "--date", "2020-03-27", "--start", "25:00", "--venue", "Aula",
                                "--organizer", "Dinas")
        #expect(late.status == 64 && late.stderr.contains("'25:00' tidak sah untuk '--start <start>'"), "\(late.stderr)")
        let zone = try aula.run("new", "kim", "--title", "KIM", "--date", "2020-03-27", "--timezone", "Asia/Atambua", "--venue", "Aula",
                                "--organizer", "Dinas")
        #expect(zone.status == 64 && zone.stderr.contains("'Asia/Atambua' tidak sah untuk '--timezone <timezone>'"), "\(zone.stderr)")
        try aula.ok("new", "kim", "--title", "KIM", "--date", "2020-03-27", "--start", "8.30", "--venue", "Aula", "--organizer", "Dinas")
        #expect(try aula.ok("status", "kim").contains("08:30"))
    }

    @Test func anAmountIsTypedAsTheRateFormTakesIt() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url)
        try aula.ok("demo", "kim")
        #expect(try aula.ok("pay", "rate", "kim", "transport", "--jabatan", "Kepala Desa", "--amount", "Rp150.000")
            .contains("Rp150.000"))
        let negative = try aula.run("pay", "rate", "kim", "transport", "--jabatan", "Camat", "--amount=-5")
        #expect(negative.status == 64 && negative.stderr.contains("'-5' tidak sah untuk '--amount <amount>'"), "\(negative.stderr)")
    }
}
