import AulaCore
import Foundation

/// Excel at roster scale: a 100,000-seat roster written as a workbook, and that workbook read back and planned
/// into an empty session, each timed; the seats must come back whole.
enum BenchWorkbook {
    /// "Excel, 100,000 rows: export N ms, import N ms (N MB workbook)".
    static func run(seats: Int, work: URL) throws -> String {
        let folderURL = work.appendingPathComponent("excel.aula")
        _ = try SyntheticSession.write(seats: seats, to: folderURL, seed: 15)
        let session = try SessionFolder(url: folderURL, desk: "bench", writable: false).session
        var bytes: [UInt8] = []
        let export = try measure(3) { bytes = try RosterExport.xlsx(session, lang: .id) }
        var plan: RosterImport.Plan?
        let importing = try measure(3) {
            let table = try RosterTable(workbook: bytes, file: "bench.xlsx")
            plan = RosterImport.plan(RosterImport.entries(from: table), into: Session())
        }
        precondition(plan?.added == seats, "the workbook gave \(plan?.added ?? 0) seats of \(seats)")
        return String(format: "Excel, %d rows: export %.0f ms, import %.0f ms (median of 3; %.1f MB workbook)",
                      seats, export.median, importing.median, Double(bytes.count) / 1_048_576)
    }
}
