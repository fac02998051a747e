import AulaCore
import Foundation
import Testing

/// One desk name with two histories (two laptops that both called themselves meja1, a Syncthing conflict copy, an
/// rsync backup): every check-in of both survives, through `aula repair` and a sync.
@Suite struct RepairTests {
    /// `kim.aula` (the demo, by desk meja1) and `usb.aula`, a copy of it.
    func twoCopies(_ work: WorkFolder) throws -> AulaBinary {
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        try aula.ok("sync", "kim", work.path("usb.aula"))
        return aula
    }

    @Test func twoLaptopsWithOneDeskNameKeepBothHistories() throws {
        let work = WorkFolder()
        let aula = try twoCopies(work)
        // Both laptops call themselves meja1 and check in a different person.
        try aula.ok("checkin", "kim", "naek")
        try aula.ok("checkin", "usb", "tohe", "--status", "izin")
        let refused = try aula.run("sync", "kim", work.path("usb.aula"))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("aula repair \(work.path("kim.aula")) \(work.path("usb.aula"))"), "\(refused.stderr)")
        let repair = try aula.ok("repair", "kim", "usb")
        #expect(repair.contains("usb.aula/desk-meja1.jsonl: riwayatnya berbeda; disalin sebagai desk-meja1.jsonl~"), "\(repair)")
        #expect(repair.contains("desk-meja1.jsonl~: 1 perubahan dipindahkan ke meja meja1-"), "\(repair)")
        try aula.ok("sync", "kim", work.path("usb.aula"))
        for folder in ["kim", "usb"] {
            let status = try aula.ok("status", folder)
            #expect(status.contains("Hadir: 1") && status.contains("Izin: 1"), "\(folder): \(status)")
        }
        #expect(try aula.ok("repair", "kim") == "Tidak ada yang perlu digabung.\n")
    }

    @Test func aSyncthingConflictCopyIsReportedThenMerged() throws {
        let work = WorkFolder()
        let aula = try twoCopies(work)
        try aula.ok("checkin", "kim", "naek")
        try aula.ok("checkin", "usb", "tohe", "--status", "izin")
        // Syncthing keeps the other laptop's version beside the file, under its own name.
        let conflict = "desk-meja1.sync-conflict-20200327-091500-ABCDEFG.jsonl"
        try FileManager.default.copyItem(atPath: work.path("usb.aula/desk-meja1.jsonl"), toPath: work.path("kim.aula/" + conflict))
        let before = try aula.run("status", "kim")
        #expect(before.stdout.contains("Izin: 0"))
        #expect(before.stderr.contains(conflict) && before.stderr.contains("aula repair"), "\(before.stderr)")
        let merged = try aula.ok("repair", "kim")
        let desk = try #require(merged.firstMatch(of: #/meja (meja1-[0-9a-f]{8}) /#)?.1)
        #expect(merged == "\(conflict): 1 perubahan dipindahkan ke meja \(desk) (desk-\(desk).jsonl); "
            + "berkasnya disimpan sebagai \(conflict).merged\n")
        let after = try aula.run("status", "kim")
        #expect(after.stdout.contains("Hadir: 1") && after.stdout.contains("Izin: 1"), "\(after.stdout)")
        #expect(after.stderr.isEmpty, "\(after.stderr)")
        // The moved change keeps its id: counted once even where the original line is also read.
        let folder = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "x", writable: false)
        #expect(Set(folder.events.map(\.id)).count == folder.events.count)
    }

    /// The README's recipe on `laptop`: an exact copy of the other laptop's folder beside its own, then `aula sync`;
    /// when sync says the same desk wrote two histories, the `aula repair` it names, then sync again.
    func takeTheOthers(_ aula: AulaBinary, _ work: WorkFolder, laptop: String, other: String) throws {
        let copy = work.path(laptop + "-from-" + other)
        try rsync(work.path(other + ".aula"), copy)
        let sync = try aula.run("sync", laptop, copy)
        if sync.status != 0 {
            #expect(sync.stderr.contains("aula repair \(work.path(laptop + ".aula")) \(copy)"), "\(sync.stderr)")
            try aula.ok("repair", laptop, copy)
            try aula.ok("sync", laptop, copy)
        }
    }

    @Test func theReadmesRsyncRecipeLosesNothingEvenWithOneDeskNameOnBothLaptops() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        try rsync(work.path("kim.aula"), work.path("usb.aula"))
        var rows: [Int] = []
        for round in 0..<5 {
            // Both laptops call themselves meja1; each check-in line is as long as the other's (same-size files).
            let left = 4 + 4 * round, right = left + 2
            try aula.ok("checkin", "kim", "\(left)")
            try aula.ok("checkin", "kim", "\(left + 1)")
            try aula.ok("checkin", "usb", "\(right)")
            try aula.ok("checkin", "usb", "\(right + 1)")
            rows += [left, left + 1, right, right + 1]
            let sizes = try ["kim", "usb"].map {
                try FileManager.default.attributesOfItem(atPath: work.path("\($0).aula/desk-meja1.jsonl"))[.size] as! Int
            }
            if round == 0 { #expect(sizes[0] == sizes[1]) }
            try takeTheOthers(aula, work, laptop: "usb", other: "kim")
            try takeTheOthers(aula, work, laptop: "kim", other: "usb")
        }
        for laptop in ["kim", "usb"] {
            let status = try aula.run("status", laptop)
            #expect(status.stdout.contains("Hadir: \(rows.count)"), "\(laptop): \(status.stdout)")
            #expect(status.stderr.isEmpty, "\(laptop): \(status.stderr)")
        }
    }

    @Test func twoLaptopsRepairingTheSameHistoriesWriteTheSameFiles() throws {
        let work = WorkFolder()
        let aula = try twoCopies(work)
        try aula.ok("checkin", "kim", "naek")
        try aula.ok("checkin", "usb", "tohe", "--status", "izin")
        // The same two histories on two laptops: each has the other's as an rsync-style backup.
        let mine = work.path("kim.aula/desk-meja1.jsonl"), theirs = work.path("usb.aula/desk-meja1.jsonl")
        try FileManager.default.copyItem(atPath: theirs, toPath: mine + "~")
        try rsync(work.path("kim.aula"), work.path("both.aula"))
        try rsync(work.path("kim.aula"), work.path("again.aula"))
        try aula.ok("repair", "both")
        try aula.ok("repair", "again")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.path("both.aula")).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: work.path("again.aula")).sorted()))
        for name in names where name.hasPrefix("desk-") {
            #expect(FileManager.default.contentsEqual(atPath: work.path("both.aula/" + name), andPath: work.path("again.aula/" + name)),
                    "\(name)")
        }
        // Repairing again changes nothing.
        #expect(try aula.ok("repair", "both") == "Tidak ada yang perlu digabung.\n")
    }

    @Test func aCopyRsyncBacksUpAfterARepairIsStillReadOrReported() throws {
        let work = WorkFolder()
        let aula = try twoCopies(work)
        try aula.ok("checkin", "kim", "naek")
        try aula.ok("checkin", "usb", "tohe", "--status", "izin")
        try FileManager.default.copyItem(atPath: work.path("usb.aula/desk-meja1.jsonl"),
                                         toPath: work.path("kim.aula/desk-meja1.jsonl~.merged~"))
        let status = try aula.run("status", "kim")
        #expect(status.stdout.contains("Izin: 0"))
        #expect(status.stderr.contains("desk-meja1.jsonl~.merged~ (1 perubahan)") && status.stderr.contains("aula repair"),
                "\(status.stderr)")
        try aula.ok("repair", "kim")
        let after = try aula.run("status", "kim")
        #expect(after.stdout.contains("Izin: 1") && after.stderr.isEmpty, "\(after.stderr)")
    }

    @Test func repairAcrossTwoSessionsIsRefusedAndNothingChanges() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        try aula.ok("new", "april", "--title", "Sosialisasi April", "--date", "2020-04-27", "--venue", "Aula",
                    "--organizer", "Dinas Kominfo")
        let before = try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula")).sorted()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: work.path("kim.aula/desk-meja1.jsonl")))
        let refused = try aula.run("repair", "kim", "april")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bukan sesi yang sama"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path("kim.aula")).sorted() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.path("kim.aula/desk-meja1.jsonl"))) == bytes)
        // A copy of April's desk file set beside March's is refused by repair too, naming it.
        try FileManager.default.copyItem(atPath: work.path("april.aula/desk-meja1.jsonl"),
                                         toPath: work.path("kim.aula/desk-meja1.jsonl~"))
        let copy = try aula.run("repair", "kim")
        #expect(copy.status == 1 && copy.stderr.contains("desk-meja1.jsonl~ adalah salinan dari sesi lain"), "\(copy.stderr)")
        let status = try aula.run("status", "kim")
        #expect(status.status == 0 && status.stderr.contains("adalah salinan dari sesi lain"), "\(status.stderr)")
    }

    @Test func aCheckInThatChangesNothingLeavesNoDeskFile() throws {
        let work = WorkFolder()
        let aula = AulaBinary(workDir: work.url, desk: "meja1")
        try aula.ok("demo", "kim")
        try aula.ok("checkin", "kim", "tohe")
        let other = AulaBinary(workDir: work.url, desk: "meja2")
        let again = try other.ok("checkin", "kim", "tohe")
        #expect(again.contains("sudah hadir"), "\(again)")
        #expect(!FileManager.default.fileExists(atPath: work.path("kim.aula/desk-meja2.jsonl")))
        // Its first change makes the file, beginning with the session's name.
        try other.ok("checkin", "kim", "naek")
        let first = try String(contentsOfFile: work.path("kim.aula/desk-meja2.jsonl"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(first.contains("\"type\":\"join\""), "\(first)")
    }
}
