import AulaCore
import AulaTUI
import Foundation

/// The scan at the door at one size, phase by phase (`--door-only`): the scanned code taken by the app, the check-in
/// appended and folded, the saved session taken into the app's state.
enum BenchDoor {
    static func run(seats: Int, work: URL) throws -> String {
        let url = work.appendingPathComponent("door.aula")
        _ = try SyntheticSession.write(seats: seats, to: url, seed: UInt64(seats))
        let writer = try SessionFolder(url: url, desk: "pintu", writable: true)
        var state = AppState(session: writer.session, lang: .id, desk: "pintu", folderPath: "/", size: Size(width: 100, height: 30),
                             now: Date(timeIntervalSince1970: 1_585_272_000))
        let cleared = writer.session.attendees.suffix(120).prefix(100).map(\.id)
        try writer.append(cleared.map { .checkIn(attendee: $0, status: .belumHadir, standIn: "", standInJabatan: "", time: "") })
        _ = update(&state, .saved(writer.session, message: nil))
        var take: [Double] = [], append: [Double] = [], saved: [Double] = [], total: [Double] = []
        func time(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        }
        for id in cleared {
            let code = writer.session.attendee(id: id)!.code(in: writer.session)
            var effects: [Effect] = []
            let all = try time {
                take.append(time { effects = update(&state, .scanned(code)) })
                for case .append(let changes, let message) in effects {
                    append.append(try time { try writer.append(changes) })
                    saved.append(time { _ = update(&state, .saved(writer.session, message: message)) })
                }
            }
            total.append(all)
        }
        func cell(_ samples: [Double]) -> String {
            let t = Timing(samples)
            return String(format: "%.2f / %.2f", t.median, t.p99)
        }
        return "Scan at the door, \(seats) seats, 100 scans (ms, median / p99): taken \(cell(take)), appended and folded "
            + "\(cell(append)), saved into the app \(cell(saved)), all \(cell(total))"
    }
}
