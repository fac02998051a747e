import AulaCore
import Foundation

/// The office's scale: the year view over 50 sessions of 1,000 seats each (every session's log opened and folded,
/// the report made), and a directory of 100,000 people opened.
enum BenchOffice {
    static func run(work: URL) throws -> [String] {
        let folders = try (0..<50).map { index -> URL in
            let url = work.appendingPathComponent("year-\(index).aula")
            _ = try SyntheticSession.write(seats: 1000, to: url, seed: UInt64(1000 + index))
            return url
        }
        var office = Session()
        office.index = folders.enumerated().map { IndexedSession(id: "s\($0.offset)", path: $0.element.path, title: "Sesi \($0.offset)",
                                                                 date: "2020-03-27") }
        var report: YearReport?
        let year = try measure(3) {
            report = YearReport.make(year: "2020", office: office, lang: .id) { listed in
                try? SessionFolder(url: URL(fileURLWithPath: listed.path), desk: "reader", writable: false).session
            }
            _ = try PaperRequest.render([PaperBuilder(session: office, lang: .id).yearPaper(report!)], format: .text, lang: .id)
        }
        let people = try directory(100_000, at: work.appendingPathComponent("office"))
        var opened = 0
        let open = try measure(3) { opened = try SessionFolder(url: people, desk: "reader", writable: false).session.people.count }
        return [String(format: "Year view, 50 sessions of 1,000 seats (%d seat-sessions): %.0f ms median of 3 (%.0f ms slowest)",
                       report?.held.reduce(0) { $0 + $1.invited } ?? 0, year.median, year.p99),
                String(format: "Office directory of %d people opened: %.0f ms median of 3 (%.0f ms slowest)", opened, open.median, open.p99)]
    }

    /// An office folder whose directory holds `count` people, each with NIP, golongan, NPWP, phone and last seen.
    static func directory(_ count: Int, at url: URL) throws -> URL {
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var text = ""
        text.reserveCapacity(count * 330)
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        let at = clock.iso(Date(timeIntervalSince1970: 1_585_267_200), milliseconds: true)
        var seq = 0
        func add(_ change: Change) {
            seq += 1
            text += Event(id: "o\(seq)", desk: "kantor", seq: seq, at: at, change: change).line + "\n"
        }
        add(.join(session: "office-bench", title: "Kantor", date: "", creates: true))
        add(.session([.title: "Kantor"]))
        for i in 0..<count {
            let name = SyntheticSession.given[i % SyntheticSession.given.count] + " " + SyntheticSession.family[i / 26 % 26] + " \(i)"
            add(.person(id: "p\(i)", fields: [.name: name, .nip: String(format: "19750505200003%04d", i % 10_000), .golongan: "III/c",
                                               .npwp: "12.345.678.9-012.000", .phone: "0812370\(100_000 + i % 900_000)",
                                               .seat: "Kepala Desa \(SyntheticSession.places[i % SyntheticSession.places.count]) \(i)",
                                               .seenOn: "2020-03-27", .seenAt: "Sosialisasi"]))
        }
        try Data(text.utf8).write(to: url.appendingPathComponent("desk-kantor.jsonl"))
        return url
    }
}
