import AulaCore
import AulaTestSupport
import Foundation

/// A seeded synthetic session: Indonesian-like names with diacritics and apostrophes, realistic jabatan, units and
/// kecamatan, one check-in per seat, an agenda with notes and questions, written as one desk's log.
enum SyntheticSession {
    static let given = ["Yohanes", "Maria", "Agustinus", "Théresia", "Fransiskus", "Yosefina", "Petrus", "Kornelis",
                        "Benediktus", "Agnès", "Dominikus", "Klementina", "Wilhelmus", "Yustina", "Gregorius", "Ni Luh",
                        "I Made", "Siti", "Muhammad", "Nur", "Andi", "La Ode", "Wayan", "Ketut", "Dewi", "Ahmad"]
    static let family = ["Bau", "Luruk", "Seran", "Mau", "Bria", "Nahak", "Manek", "Abuk", "Klau", "Lelo", "Fahik",
                         "Tae", "Hoar", "Asa", "Bere", "Ma'ruf", "Nasution", "Siregar", "Wijaya", "Saputra", "Hidayat",
                         "Pratama", "Kusuma", "Ruku’a", "Daeng", "Lubis"]
    static let gelar = ["", "", "", ", S.Sos", ", S.E", ", S.Pd", ", S.IP", "Drs. ", ", M.Si", ", S.H"]
    static let places = ["Naekasa", "Tohe", "Fatuba'a", "Sadi", "Kewar", "Fulur", "Dirun", "Silawan", "Jenilu", "Kabuna",
                         "Lasiolat", "Henes", "Nanaet", "Umanen", "Rinbesi", "Oesao", "Merdeka", "Camplong", "Niki-Niki",
                         "Bu Nuapu’u", "Oe'Ekam", "Golo Ru'u", "Sukamaju", "Mekarsari", "Tanjung", "Suka Makmur"]

    /// Writes a session of `seats` seats into `folder` and returns how many event lines it has.
    static func write(seats: Int, to folder: URL, seed: UInt64) throws -> Int {
        var rng = SeededGenerator(seed: seed)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lines: [String] = []
        var seq = 0
        let base = 1_585_267_200.0  // 2020-03-27 08:00 WITA
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        func add(_ change: Change, _ offset: Double) {
            seq += 1
            let event = Event(id: "e\(seq)-\(rng.next() % 1_000_000)", desk: "bench", seq: seq,
                              at: clock.iso(Date(timeIntervalSince1970: base + offset), milliseconds: true), change: change)
            lines.append(event.line)
        }
        add(.session([.title: "Sosialisasi Nasional Pembentukan KIM", .date: "2020-03-27", .start: "09:00",
                      .venue: "Aula Kantor Bupati Belu", .organizer: "Kementerian Kominfo"]), 0)
        let kecamatanCount = max(1, seats / 12)
        for i in 0..<seats {
            let kecamatan = "\(places[i % places.count]) \(["Barat", "Timur", "Utara", "Selatan", "Tengah"][i / places.count % 5]) \(i % kecamatanCount / 50)"
            let isCamat = i % 12 == 0
            var name = given.randomElement(using: &rng)! + " " + family.randomElement(using: &rng)!
            let title = gelar.randomElement(using: &rng)!
            name = title.hasSuffix(" ") ? title + name : name + title
            add(.attendee(id: "s\(i)", fields: [
                .name: name, .jabatan: isCamat ? "Camat" : (i % 7 == 0 ? "Lurah" : "Kepala Desa"),
                .unit: (isCamat ? "Kecamatan " : i % 7 == 0 ? "Kelurahan " : "Desa ") + places.randomElement(using: &rng)! + " \(i)",
                .kecamatan: kecamatan, .phone: "0812\(10_000_000 + i)",
            ], invited: true), 1 + Double(i) * 0.001)
        }
        for i in 0..<seats {
            let status: AttendanceStatus = i % 10 == 0 ? .izin : i % 17 == 0 ? .diwakili : .hadir
            add(.checkIn(attendee: "s\(i)", status: status, standIn: status == .diwakili ? "Sekretaris Desa" : "",
                         standInJabatan: "", time: ""), 3600 + Double(i) * 0.01)
        }
        for n in 1...6 {
            add(.agenda(id: "i\(n)", fields: [.title: "Acara \(n): Materi Pembentukan KIM", .minutes: "30",
                                              .speaker: "Narasumber \(n)", .plannedStart: "0\(8 + n / 2):\(n % 2 == 0 ? "00" : "30")"]),
                2 + Double(n))
        }
        add(.agenda(id: "i1", fields: [.start: clock.iso(Date(timeIntervalSince1970: base + 3600))]), 3600)
        for n in 0..<20 {
            add(.note(id: "n\(n)", item: "i\(n % 6 + 1)", text: "Catatan ke-\(n): KIM dibentuk di setiap desa melalui musyawarah."), 4000 + Double(n))
            add(.question(id: "q\(n)", item: "i5", askerId: "s\(n)", asker: "Peserta \(n)", text: "Pertanyaan \(n)?", answer: "Jawaban \(n)."),
                5000 + Double(n))
        }
        var data = lines.joined(separator: "\n")
        data += "\n"
        try Data(data.utf8).write(to: folder.appendingPathComponent("desk-bench.jsonl"))
        return lines.count
    }
}
