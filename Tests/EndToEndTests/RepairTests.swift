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
        #expect(repair.contains("desk-meja1.jsonl~: 1 perubahan dipindahkan ke meja meja1-2 (desk-meja1-2.jsonl)"), "\(repair)")
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
        #expect(try aula.ok("repair", "kim") == "\(conflict): 1 perubahan dipindahkan ke meja meja1-2 (desk-meja1-2.jsonl); "
            + "berkasnya disimpan sebagai \(conflict).merged\n")
        let after = try aula.run("status", "kim")
        #expect(after.stdout.contains("Hadir: 1") && after.stdout.contains("Izin: 1"), "\(after.stdout)")
        #expect(after.stderr.isEmpty, "\(after.stderr)")
        // The moved change keeps its id: counted once even where the original line is also read.
        let folder = try SessionFolder(url: URL(fileURLWithPath: work.path("kim.aula")), desk: "x", writable: false)
        #expect(Set(folder.events.map(\.id)).count == folder.events.count)
    }

    @Test func theReadmesRsyncRecipeLosesNothing() throws {
        let work = WorkFolder()
        let aula = try twoCopies(work)
        try aula.ok("checkin", "kim", "naek")
        try aula.ok("checkin", "kim", "sadi")
        try aula.ok("checkin", "usb", "tohe", "--status", "izin")
        // Both ways, as the README says; rsync replaces the shorter history and keeps it as a backup (~).
        try rsync(work.path("kim.aula"), work.path("usb.aula"))
        try rsync(work.path("usb.aula"), work.path("kim.aula"))
        let warned = try aula.run("status", "usb")
        #expect(warned.stderr.contains("aula repair"), "\(warned.stderr)")
        try aula.ok("repair", "usb")
        try aula.ok("repair", "kim")
        try aula.ok("sync", "kim", work.path("usb.aula"))
        for folder in ["kim", "usb"] {
            let status = try aula.ok("status", folder)
            #expect(status.contains("Hadir: 2") && status.contains("Izin: 1"), "\(folder): \(status)")
        }
    }
}
