import Foundation
import Testing

/// A full disk and a read-only folder, made for real: a small tmpfs mounted in a private mount namespace
/// (`unshare -rm`, no root needed). Each scenario is a shell script run there; it prints `key=value` lines.
@Suite struct DiskTests {
    let work = WorkFolder()

    /// Runs `script` with `$AULA`, `$DIR` and `$ERR` (a file outside the disk) set, a tmpfs of `size` mounted on `$DIR`; returns its output.
    func inSmallDisk(size: String, _ script: String) throws -> (status: Int32, output: String) {
        let dir = work.path("mnt")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "bash", "-c", """
            set -u
            mount -t tmpfs -o size=\(size) tmpfs "$DIR" || { echo "mount=failed"; exit 97; }
            cd "$DIR"
            export HOME="$DIR" AULA_DESK=meja1 LANG=C.UTF-8
            "$AULA" new kim --title T --date 2020-03-27 --venue Aula --organizer Kominfo >/dev/null || exit 98
            printf 'Nama;Jabatan\\n' > r.csv
            for i in $(seq 1 300); do printf 'Peserta %d;Kepala Desa\\n' "$i" >> r.csv; done
            "$AULA" roster import kim r.csv >/dev/null || exit 98
            rm r.csv

            """ + script]
        process.environment = ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "AULA": AulaBinary.path, "DIR": dir,
                               "ERR": work.path("stderr")]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func value(_ key: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }

    @Test func aDiskThatFillsUpLosesNoSavedCheckIn() throws {
        let run = try inSmallDisk(size: "256k", """
            dd if=/dev/zero of=filler bs=1k 2>/dev/null
            saved=0
            for i in $(seq 1 300); do
              if "$AULA" checkin kim "$i" >/dev/null 2>"$ERR"; then saved=$((saved+1)); else break; fi
            done
            echo "saved=$saved"
            echo "error=$(cat "$ERR")"
            echo "hadir=$("$AULA" status kim | sed -n 's/^Hadir: //p')"
            rm filler
            "$AULA" checkin kim 300 >/dev/null && echo "after=$("$AULA" status kim | sed -n 's/^Hadir: //p')"
            """)
        #expect(run.status == 0, "\(run.output)")
        let saved = Int(value("saved", in: run.output) ?? "") ?? -1
        #expect(saved < 300, "the disk never filled: \(run.output)")
        #expect(value("error", in: run.output)?.contains("No space left on device") == true, "\(run.output)")
        // Every check-in reported saved is there, the failed one left no half line, and the log goes on once there is room.
        #expect(value("hadir", in: run.output) == String(saved), "\(run.output)")
        #expect(value("after", in: run.output) == String(saved + 1), "\(run.output)")
    }

    @Test func aReadOnlyFolderIsRefusedClearlyAndStillReads() throws {
        let run = try inSmallDisk(size: "1m", """
            "$AULA" checkin kim 1 >/dev/null
            mount -o remount,ro "$DIR"
            "$AULA" checkin kim 2 >/dev/null 2>"$ERR"; echo "checkin=$?"
            echo "error=$(cat "$ERR")"
            echo "hadir=$("$AULA" status kim | sed -n 's/^Hadir: //p')"
            "$AULA" summary kim --document daftar-hadir >/dev/null 2>&1; echo "summary=$?"
            """)
        #expect(run.status == 0, "\(run.output)")
        #expect(value("checkin", in: run.output) == "1")
        #expect(value("error", in: run.output)?.contains("Read-only file system") == true, "\(run.output)")
        #expect(value("hadir", in: run.output) == "1", "\(run.output)")
        #expect(value("summary", in: run.output) == "0", "\(run.output)")
    }

    @Test func aSyncOntoAFullStickLeavesNoHalfFileAndSaysSo() throws {
        let run = try inSmallDisk(size: "256k", """
            dd if=/dev/zero of=filler bs=1k count=200 2>/dev/null
            "$AULA" sync kim usb.aula >/dev/null 2>"$ERR"; echo "sync=$?"
            echo "error=$(cat "$ERR")"
            echo "files=$(ls usb.aula 2>/dev/null | tr '\n' ' ')"
            rm filler
            "$AULA" sync kim usb.aula >/dev/null && echo "again=$("$AULA" status usb | sed -n 's/^Diundang: //p')"
            """)
        #expect(run.status == 0, "\(run.output)")
        #expect(value("sync", in: run.output) == "1", "\(run.output)")
        #expect(value("error", in: run.output)?.contains("ruang penyimpanan penuh") == true, "\(run.output)")
        // The copy that did not fit is not left half written (a later sync would take it for the desk's history).
        #expect(value("files", in: run.output)?.contains("desk-") == false, "\(run.output)")
        #expect(value("again", in: run.output) == "300", "\(run.output)")
    }
}

/// A FIFO where a desk file belongs is refused, naming it, instead of blocking every command.
@Suite struct SpecialDeskFileTests {
    @Test func aFIFONamedAsADeskFileIsRefusedNotWaitedOn() throws {
        let work = WorkFolder()
        var aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        // A hang would show as timeout's status 124, not as a slow test.
        aula.launcher = ["/usr/bin/timeout", "120"]
        for desk in ["desk-x.jsonl", "desk-meja1.jsonl"] {
            let fifo = work.path("kim.aula/" + desk)
            if desk == "desk-meja1.jsonl" { try FileManager.default.removeItem(atPath: fifo) }
            #expect(mkfifo(fifo, 0o600) == 0)
            for arguments in [["status", "kim"], ["checkin", "kim", "tohe"], ["sync", "kim", work.path("usb.aula")]] {
                let run = try aula.run(arguments)
                #expect(run.status == 1, "\(arguments): \(run.status)")
                #expect(run.stderr.contains("\(fifo) bukan berkas biasa"), "\(arguments): \(run.stderr)")
            }
            try FileManager.default.removeItem(atPath: fifo)
        }
    }
}
