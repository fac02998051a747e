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

    /// "Import of rows sharing one jabatan and no unit: 10,000 N ms, 20,000 N ms": what was quadratic (each row looked
    /// through every seat of its office); twice the rows should take about twice the time.
    static func sharedOffice() -> String {
        let times = [10_000, 20_000].map { count in
            let rows = (1...count).map { RosterImport.Entry([.name: "Peserta \($0)", .jabatan: "Kepala Desa"]) }
            var added = 0
            let timing = measure(3) { added = RosterImport.plan(rows, into: Session()).added }
            precondition(added == count)
            return timing.median
        }
        return String(format: "Import of rows sharing one jabatan and no unit: 10,000 %.0f ms, 20,000 %.0f ms (median of 3)",
                      times[0], times[1])
    }
}
