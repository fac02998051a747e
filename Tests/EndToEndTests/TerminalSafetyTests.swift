import AulaCore
import Foundation
import Testing

/// Nothing a session holds or another program says reaches the terminal as an escape code or an invisible character.
@Suite struct TerminalSafetyTests {
    static let hostile = "\u{1B}]0;judul\u{07}IV\u{1B}[2J\u{202E}\u{E0041}\u{206A}\u{FFF9}\u{2800}"

    /// True when `text` holds nothing a terminal would act on or hide.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                || (0xE0000...0xE007F).contains($0.value) || (0x206A...0x206F).contains($0.value)
                || (0xFFF9...0xFFFB).contains($0.value) || $0 == "\u{2800}"
        }
    }

    @Test func aRateFromAnotherDesksFileIsListedClean() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        // Another desk's file, written by hand: a golongan full of escape codes.
        let other = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "meja2", writable: true)
        try other.append([.rate(PaymentRate(kind: .honor, target: .item(other.session.agenda[2].id), amount: 900_000,
                                            golongan: Self.hostile))])
        let listed = try aula.run("pay", "list", "kim")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("gol. IV"), "\(listed.stdout)")
        #expect(Self.isClean(listed.stdout) && Self.isClean(listed.stderr), "\(listed.stdout.debugDescription)")
    }

    @Test func whatLpSaysIsShownClean() throws {
        let work = WorkFolder()
        let bin = work.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        // An lp that fails, saying something with escape codes in it.
        let lp = bin.appendingPathComponent("lp")
        try Data("#!/bin/sh\nprintf 'lp: \\033]0;dirampas\\007\\033[2Jpenjadwal mati\\342\\200\\256\\n' >&2\nexit 1\n".utf8).write(to: lp)
        chmod(lp.path, 0o755)
        var aula = AulaBinary(workDir: work.url, desk: "meja1")
        aula.extraEnvironment["PATH"] = bin.path + ":/usr/bin:/bin"
        try aula.ok("demo", "kim")
        let printed = try aula.run("print", "kim", "--document", "rekap", "--text")
        #expect(printed.status == 1)
        #expect(printed.stderr.contains("penjadwal mati"), "\(printed.stderr)")
        #expect(Self.isClean(printed.stderr), "\(printed.stderr.debugDescription)")
    }

    @Test func copiesOutsideOneToNinetyNineAreRefusedBeforeLp() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        for copies in ["0", "-1", "100"] {
            let refused = try aula.run("print", "kim", "--document", "rekap", "--copies=\(copies)")
            #expect(refused.status == 64 && refused.stderr.contains("--copies: 1 sampai 99"), "\(copies): \(refused.stderr)")
        }
    }

    @Test func aLongQueryIsQuotedShortInItsError() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        let query = String(repeating: "zq", count: 2_500)
        for arguments in [["checkin", "kim", query], ["find", "kim", query],
                          ["pay", "rate", "kim", "transport", "--jabatan", query, "--amount", "5"]] {
            let refused = try aula.run(arguments)
            #expect(refused.status == 1 && refused.stderr.contains("zqzq") && refused.stderr.contains("…'"), "\(refused.stderr.prefix(200))")
            #expect(refused.stderr.count < 400, "\(arguments[0]): \(refused.stderr.count) characters")
        }
    }
}
