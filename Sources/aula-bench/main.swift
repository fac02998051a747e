import AulaCore
import AulaResources
import AulaTUI
import Foundation
import Glibc
import PaperPDF

/// `swift run -c release aula-bench [--sizes 1000,10000,100000] [--output bench.json]`: measures open, search,
/// frame, check-in, papers and memory on synthetic sessions, and Python's json and orjson on the same lines.
/// `aula-bench --open-phase [--sizes N]` measures only opening (cold, warm from the snapshot) against Python.
/// `aula-bench --open-only DIR` opens a session and prints its peak resident memory (used for the memory figure).
/// `aula-bench --write DIR --seats N` only writes a synthetic session (for profiling with perf or heaptrack).
/// `aula-bench --pdf-only DIR` makes the session's daftar hadir PDF and prints its seconds and the peak memory.
/// `aula-bench --import-only` times only the roster import of rows sharing one office.
/// `--excel-rows N` sets the size of the roster written to and read from a workbook (100,000).

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

/// This process's peak resident memory, from `VmHWM` in /proc/self/status. Not `getrusage`'s `ru_maxrss`: Linux keeps
/// that across `execve`, so a child spawned by a large benchmark process would report its parent's size.
func peakRSSMegabytes() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? -1024) / 1024
}

if let dir = option("--open-only") {
    let folder = try SessionFolder(url: URL(fileURLWithPath: dir), desk: "memory", writable: false)
    precondition(!folder.session.attendees.isEmpty)
    print(String(format: "%.1f", peakRSSMegabytes()))
    exit(0)
}

/// The daftar hadir as its PDF, typeset, phones masked (what `aula summary DIR --format pdf` writes).
func daftarHadirPDF(_ folder: SessionFolder) throws -> [UInt8] {
    let builder = PaperBuilder(session: folder.session, lang: .id, format: .pdf)
    return try PaperRequest.render(PaperRequest.papers(.daftarHadir, builder: builder), format: .pdf, lang: .id,
                               pdf: SessionPDF(folder: folder.url, session: folder.session, lang: .id))
}

if let dir = option("--pdf-only") {
    let folder = try SessionFolder(url: URL(fileURLWithPath: dir), desk: "memory", writable: false)
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = try daftarHadirPDF(folder)
    precondition(bytes.count > 1000)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "%.3f %.1f", seconds, peakRSSMegabytes()))
    exit(0)
}

if arguments.contains("--import-only") {
    print(BenchWorkbook.sharedOffice())
for line in try BenchOffice.run(work: work) { print(line) }
    exit(0)
}

if let dir = option("--write") {
    let lines = try SyntheticSession.write(seats: Int(option("--seats") ?? "") ?? 100_000, to: URL(fileURLWithPath: dir), seed: 1)
    print("\(lines) lines in \(dir)")
    exit(0)
}

/// Median and p99 of repeated timings, in milliseconds.
struct Timing: Codable {
    var median: Double
    var p99: Double
    var runs: Int

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        median = sorted[sorted.count / 2]
        p99 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        runs = sorted.count
    }
}

func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Timing {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return Timing(samples)
}

struct Result: Codable {
    var seats: Int
    var lines: Int
    /// Cold and warm, Python's json and orjson, and the peak memory of opening each way.
    var open: BenchOpen.Figures
    var search: Timing
    var indexBuild: Timing
    var frameHadir100x30: Timing
    var frameAcara100x30: Timing
    var frameHadir200x60: Timing
    var checkIn: Timing
    var appAfterCheckIn: Timing
    /// A scanner's code typed key by key into the Hadir search (as the shell delivers keys), Enter, the check-in
    /// appended and fsynced, and the state updated.
    var scanToSaved: Timing
    var refreshAfterOtherDesk: Timing
    var rawAppendFsync: Timing
    var papersText: Timing
    var papersHTML: Timing
    /// The daftar hadir PDF made in a fresh process (opening the session not counted), and that process's peak memory.
    var pdfDaftarHadir: Timing
    var pdfPeakMemoryMB: Double
}

let sizes = (option("--sizes") ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
let work = FileManager.default.temporaryDirectory.appendingPathComponent("aula-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: work) }
let queries = ["naek", "tohe", "fatuba'a", "yohanes bau", "maria luruk", "kepala desa sadi", "camat", "lurah", "kewar",
               "s.sos", "theresia", "agnes", "ruku’a", "niki-niki", "golo ru'u", "oe'ekam", "dominikus bria",
               "kecamatan lasiolat", "12345", "ma'ruf"]
var results: [Result] = []

// `--open-phase`: opening alone, cold and warm, against Python's json and orjson, at each size asked for.
if CommandLine.arguments.contains("--open-phase") {
    for seats in sizes {
        let folderURL = work.appendingPathComponent("s\(seats).aula")
        let lines = try SyntheticSession.write(seats: seats, to: folderURL, seed: UInt64(seats))
        let figures = try BenchOpen.run(folderURL, repeats: seats >= 100_000 ? 7 : 15)
        func text(_ t: Timing?) -> String { t.map { String(format: "%.1f / %.1f ms", $0.median, $0.p99) } ?? "n/a" }
        print("\(seats) seats, \(lines) lines: open cold \(text(figures.cold)), warm \(text(figures.warm)); "
              + "python json \(text(figures.pythonJSON)), orjson \(text(figures.orjson)); "
              + String(format: "peak %.0f MB cold, %.0f MB warm", figures.coldPeakMB, figures.warmPeakMB))
        try? FileManager.default.removeItem(at: folderURL)
    }
    exit(0)
}

// `--door-only`: the scan at the door phase by phase, at the largest size asked for.
if CommandLine.arguments.contains("--door-only") {
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    print(try BenchDoor.run(seats: sizes.max() ?? 100_000, work: work))
    try? FileManager.default.removeItem(at: work)
    exit(0)
}

// `--office-only`: the office's figures alone (the year view, the directory).
if CommandLine.arguments.contains("--office-only") {
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    for line in try BenchOffice.run(work: work) { print(line) }
    try? FileManager.default.removeItem(at: work)
    exit(0)
}

for seats in sizes {
    let folderURL = work.appendingPathComponent("s\(seats).aula")
    let lines = try SyntheticSession.write(seats: seats, to: folderURL, seed: UInt64(seats))
    let repeats = seats >= 100_000 ? 5 : 15
    let opening = try BenchOpen.run(folderURL, repeats: repeats)
    let folder = try SessionFolder(url: folderURL, desk: "reader", writable: false)
    let session = folder.session
    var index = SearchIndex([])
    // The app builds the index when it opens and when a seat is added or edited.
    let indexBuild = measure(5) { index = SearchIndex(session.attendees) }
    var keystrokes: [Double] = []
    for query in queries {
        for n in 1...query.count {
            let prefix = String(query.prefix(n))
            keystrokes.append(measure(1) { _ = index.search(prefix) }.median)
        }
    }
    let search = Timing(keystrokes)
    func frame(_ tab: Tab, _ width: Int, _ height: Int) -> Timing {
        var state = AppState(session: session, lang: .id, desk: "bench", folderPath: "/", size: Size(width: width, height: height),
                             now: Date(timeIntervalSince1970: 1_585_272_000))
        state.tab = tab
        return measure(seats >= 100_000 ? 20 : 50) { _ = AppView.render(state) }
    }
    let hadir100 = frame(.hadir, 100, 30), acara100 = frame(.acara, 100, 30), hadir200 = frame(.hadir, 200, 60)

    let writer = try SessionFolder(url: folderURL, desk: "pintu", writable: true)
    var n = 0
    func checkInOnce() throws {
        n += 1
        try writer.append([.checkIn(attendee: "s\(n)", status: .hadir, standIn: "", standInJabatan: "", time: "")])
    }
    try checkInOnce()
    let lineBytes = Array((writer.ownEvents.last!.line + "\n").utf8)
    let rawFD = Glibc.open(folderURL.appendingPathComponent("raw.jsonl").path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    // Check-ins and raw appends take turns, so that both meet the same disk; 200 of each make a p99 that is not
    // just the slowest one.
    var checkInSamples: [Double] = [], rawSamples: [Double] = []
    for _ in 0..<200 {
        checkInSamples.append(try measure(1, checkInOnce).median)
        rawSamples.append(measure(1) {
            _ = lineBytes.withUnsafeBytes { write(rawFD, $0.baseAddress!, $0.count) }
            fsync(rawFD)
        }.median)
    }
    close(rawFD)
    let checkIn = Timing(checkInSamples), raw = Timing(rawSamples)
    // What the app does once a check-in is saved: take the new session into its state.
    var appState = AppState(session: writer.session, lang: .id, desk: "pintu", folderPath: "/", size: Size(width: 100, height: 30),
                            now: Date(timeIntervalSince1970: 1_585_272_000))
    let appAfterCheckIn = try measure(10) {
        try checkInOnce()
        _ = update(&appState, .saved(writer.session, message: nil))
    }
    // A barcode scanner at the door: its code (as the shell takes a burst of keys) to the check-in saved and shown.
    var scanState = appState
    // Twenty seats cleared first (the synthetic roster has nearly everyone present).
    let cleared = writer.session.attendees.suffix(40).prefix(20).map(\.id)
    try writer.append(cleared.map { .checkIn(attendee: $0, status: .belumHadir, standIn: "", standInJabatan: "", time: "") })
    _ = update(&scanState, .saved(writer.session, message: nil))
    var waiting = cleared.compactMap { writer.session.attendee(id: $0) }.makeIterator()
    let scanToSaved = try measure(20) {
        // As the shell hands a scanner's burst to the app: one scan of the whole code.
        let seat = waiting.next()!
        _ = update(&scanState, .tick(Date()))
        for case .append(let changes, let message) in update(&scanState, .scanned(seat.code(in: writer.session))) {
            try writer.append(changes)
            _ = update(&scanState, .saved(writer.session, message: message))
        }
        precondition(scanState.hadir.scanBanner?.kind == .marked, "the code was not taken as a scan")
    }
    // A second door desk checks people in; this desk reads what it added (the app looks once a second).
    let otherDesk = try SessionFolder(url: folderURL, desk: "pintu2", writable: true)
    try writer.refresh()
    var refreshSamples: [Double] = []
    for k in 0..<30 {
        usleep(2000)  // a human's pace: no two check-ins in the same millisecond
        try otherDesk.append([.checkIn(attendee: "s\(seats - 1 - k)", status: .hadir, standIn: "", standInJabatan: "", time: "")])
        refreshSamples.append(try measure(1) { try writer.refresh() }.median)
    }
    let refreshAfterOtherDesk = Timing(refreshSamples)
    let builder = PaperBuilder(session: session, lang: .id, includePhone: true)
    let papers = PaperRequest.papers(.all, builder: builder)
    let papersText = try measure(3) { _ = try PaperRequest.render(PaperRequest.papers(.all, builder: builder), format: .text, lang: .id) }
    let papersHTML = try measure(3) {
        _ = try PaperRequest.render(papers, format: .html, lang: .id, templates: AulaResources.templatesFolder)
    }
    // The daftar hadir PDF, in a fresh process so that its peak memory is its own.
    let pdfChild = Process()
    pdfChild.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    pdfChild.arguments = ["--pdf-only", folderURL.path]
    let pdfOut = Pipe()
    pdfChild.standardOutput = pdfOut
    try pdfChild.run()
    let pdfFigures = String(decoding: pdfOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        .split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    pdfChild.waitUntilExit()
    results.append(Result(seats: seats, lines: lines, open: opening, search: search, indexBuild: indexBuild,
                          frameHadir100x30: hadir100, frameAcara100x30: acara100, frameHadir200x60: hadir200,
                          checkIn: checkIn, appAfterCheckIn: appAfterCheckIn, scanToSaved: scanToSaved, refreshAfterOtherDesk: refreshAfterOtherDesk, rawAppendFsync: raw, papersText: papersText, papersHTML: papersHTML,
                          pdfDaftarHadir: Timing([(pdfFigures.first ?? -1) * 1000]),
                          pdfPeakMemoryMB: pdfFigures.last ?? -1))
}

func cell(_ t: Timing) -> String { String(format: "%.2f / %.2f", t.median, t.p99) }
func cell(_ t: Timing?) -> String { t.map(cell) ?? "n/a" }
print("| seats | lines | open cold | open warm (snapshot) | python json.loads | orjson.loads | search/key | index build | frame Hadir 100x30 | frame Acara 100x30 | frame Hadir 200x60 | check-in | raw append+fsync | app after check-in | scan to saved | refresh after other desk | papers text | papers html | peak MB cold / warm | daftar hadir PDF | PDF peak MB |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in results {
    print("| \(r.seats) | \(r.lines) | \(cell(r.open.cold)) | \(cell(r.open.warm)) | \(cell(r.open.pythonJSON)) | "
          + "\(cell(r.open.orjson)) | \(cell(r.search)) | \(cell(r.indexBuild)) | \(cell(r.frameHadir100x30)) | "
          + "\(cell(r.frameAcara100x30)) | \(cell(r.frameHadir200x60)) | \(cell(r.checkIn)) | \(cell(r.rawAppendFsync)) | "
          + "\(cell(r.appAfterCheckIn)) | \(cell(r.scanToSaved)) | \(cell(r.refreshAfterOtherDesk)) | "
          + "\(cell(r.papersText)) | \(cell(r.papersHTML)) | " + String(format: "%.0f / %.0f", r.open.coldPeakMB, r.open.warmPeakMB) + " | "
          + String(format: "%.0f", r.pdfDaftarHadir.median) + " | " + String(format: "%.0f", r.pdfPeakMemoryMB) + " |")
}
print("(milliseconds, median / p99; the daftar hadir PDF one run)")

// The laporan with its Lampiran dokumentasi: 1,000 seats and 20 phone photos (4000x3000 JPEG).
let photoSession = work.appendingPathComponent("photos.aula")
_ = try SyntheticSession.write(seats: 1000, to: photoSession, seed: 20)
let photoFolder = try SessionFolder(url: photoSession, desk: "bench", writable: true)
let photoFiles = try BenchPhotos.write(20, into: work.appendingPathComponent("camera"))
let photoBytes = photoFiles.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }.reduce(0, +)
try photoFolder.append(try PhotoOperation.add(photoFiles, caption: "Suasana kegiatan", to: photoSession, lang: .id).changes)
let laporanBuilder = PaperBuilder(session: photoFolder.session, lang: .id, format: .pdf)
var laporanPDF: [UInt8] = []
let laporanWithPhotos = try measure(3) {
    laporanPDF = try PaperRequest.render(PaperRequest.papers(.laporan, builder: laporanBuilder), format: .pdf, lang: .id,
                                     pdf: SessionPDF(folder: photoSession, session: photoFolder.session, lang: .id))
}
print(String(format: "Laporan PDF, 1,000 seats and 20 photos (%.0f MB of JPEG): %.0f ms median of 3 (%.0f ms slowest), %.1f MB PDF",
             Double(photoBytes) / 1_048_576, laporanWithPhotos.median, laporanWithPhotos.p99, Double(laporanPDF.count) / 1_048_576))
print(try BenchWorkbook.run(seats: Int(option("--excel-rows") ?? "") ?? 100_000, work: work))
print(BenchWorkbook.sharedOffice())
for line in try BenchOffice.run(work: work) { print(line) }
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
try encoder.encode(results).write(to: URL(fileURLWithPath: option("--output") ?? "bench.json"))
