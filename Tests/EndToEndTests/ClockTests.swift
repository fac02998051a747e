import Foundation
import Testing

/// Laptops whose clocks disagree, through libfaketime (Debian `faketime`): a change made after seeing another is
/// ordered after it, whatever the clocks say.
@Suite struct ClockTests {
    @Test func aCorrectionOnASlowLaptopHolds() throws {
        let work = WorkFolder()
        let a = AulaBinary(workDir: work.url, desk: "laptop-a")
        var b = AulaBinary(workDir: work.url, desk: "laptop-b")
        b.launcher = ["/usr/bin/faketime", "-f", "-10m"]
        try a.ok("demo", "kim")
        #expect(try a.ok("checkin", "kim", "agnes").contains("Agnes Dau Lotu — Kepala Desa Sadi: hadir"))
        try a.ok("sync", "kim", work.path("usb.aula"))
        // Laptop B, ten minutes slow, has A's file and corrects Agnes to izin: B's wall clock is before A's hadir.
        let correction = try b.run("checkin", "usb", "agnes", "--status", "izin")
        #expect(correction.status == 0, "\(correction.stderr)")
        #expect(correction.stdout.contains("Agnes Dau Lotu — Kepala Desa Sadi: izin"))
        #expect(correction.stderr.isEmpty)
        #expect(try b.ok("status", "usb").contains("Izin: 1"))
        try a.ok("sync", "kim", work.path("usb.aula"))
        for (aula, folder) in [(a, "kim"), (b, "usb")] {
            let status = try aula.ok("status", folder)
            #expect(status.contains("Hadir: 0") && status.contains("Izin: 1"), "\(folder): \(status)")
        }
        // Both changes stay in the history.
        let history = try a.ok("history", "kim", "agnes")
        #expect(history.contains("laptop-a") && history.contains("laptop-b"), "\(history)")
    }
}

/// Row numbers on the list printed before the doors open mean the same seats all day.
@Suite struct RowNumberTests {
    @Test func aWalkInFromALaptopHoursOffNeverTakesAPrintedRow() throws {
        let work = WorkFolder()
        let a = AulaBinary(workDir: work.url, desk: "laptop-a")
        var b = AulaBinary(workDir: work.url, desk: "laptop-b")
        b.launcher = ["/usr/bin/faketime", "-f", "-6h"]
        try a.ok("demo", "kim")
        let printed = try a.ok("roster", "list", "kim")
        try a.ok("sync", "kim", work.path("usb.aula"))
        // Laptop B, six hours slow, adds a walk-in on its copy.
        let added = try b.ok("roster", "add", "usb", "--name", "Antonius Mau", "--jabatan", "Tokoh Masyarakat",
                             "--kecamatan", "Raihat")
        let number = try #require(added.firstMatch(of: #/^(\d+)\. Antonius Mau — Tokoh Masyarakat: ditambahkan \(tanpa undangan\)\n$/#)?.1)
        #expect(Int(number)! > 300_000, "\(added)")
        // Laptop A adds its own walk-in meanwhile: another number, from its own block.
        let own = try a.ok("roster", "add", "kim", "--name", "Maria Luruk", "--jabatan", "Guru", "--kecamatan", "Raihat")
        #expect(!own.hasPrefix(number + "."), "\(own)")
        try a.ok("sync", "kim", work.path("usb.aula"))
        let after = try a.ok("roster", "list", "kim")
        // The invited rows read as before (columns may widen for the walk-ins' numbers).
        func words(_ text: String) -> [String] { text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") } }
        #expect(Array(words(after).prefix(41)) == Array(words(printed).prefix(41)), "\(after)")
        #expect(try a.ok("checkin", "kim", "1").hasPrefix("1. Johanes Andes Prihatin"))
        #expect(try a.ok("checkin", "kim", String(number)).hasPrefix(number + ". Antonius Mau — Tokoh Masyarakat: hadir"))
        // On the stick too, after the sync back, the number names the same person.
        try a.ok("sync", "kim", work.path("usb.aula"))
        #expect(try b.ok("roster", "list", "usb").contains(number))
        let refused = try a.run("roster", "add", "kim", "--name", " ")
        #expect(refused.status == 1 && refused.stderr == "aula: Isi nama atau jabatan.\n")
    }
}
