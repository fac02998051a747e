import AulaCore
import Foundation

/// Opening a session, side by side with Python parsing the same log lines: aula from the logs alone (cold, no
/// snapshot: it reads every line, folds, and writes the snapshot) and from its snapshot (warm), against Python's
/// `json` and orjson (installed with pip when missing); and the peak memory of a fresh process opening it each way.
enum BenchOpen {
    struct Figures: Codable {
        var cold: Timing
        var warm: Timing
        var pythonJSON: Timing?
        var orjson: Timing?
        var coldPeakMB: Double
        var warmPeakMB: Double
    }

    static func run(_ folder: URL, repeats: Int) throws -> Figures {
        let snapshot = folder.appendingPathComponent(".aula-snapshot")
        // Below 20,000 lines aula writes no snapshot of its own accord; here it always does.
        let cold = try measure(repeats, prepare: { try? FileManager.default.removeItem(at: snapshot) }) {
            _ = try SessionFolder(url: folder, desk: "reader", writable: false, snapshotLines: 0)
        }
        let coldPeak = try peakOfOpening(folder, removing: snapshot)
        _ = try SessionFolder(url: folder, desk: "reader", writable: false, snapshotLines: 0)
        let warm = try measure(repeats, prepare: {}) {
            let opened = try SessionFolder(url: folder, desk: "reader", writable: false)
            precondition(opened.fromSnapshot)
        }
        let warmPeak = try peakOfOpening(folder, removing: nil)
        let lines = folder.appendingPathComponent("desk-bench.jsonl")
        return Figures(cold: cold, warm: warm, pythonJSON: python("json", lines, repeats),
                       orjson: python("orjson", lines, repeats), coldPeakMB: coldPeak, warmPeakMB: warmPeak)
    }

    static func measure(_ runs: Int, prepare: () throws -> Void, _ body: () throws -> Void) throws -> Timing {
        var samples: [Double] = []
        for _ in 0..<runs {
            try prepare()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Timing(samples)
    }

    /// The peak memory of this program run with `--open-only` on `folder` (its snapshot removed first when given).
    static func peakOfOpening(_ folder: URL, removing snapshot: URL?) throws -> Double {
        if let snapshot { try? FileManager.default.removeItem(at: snapshot) }
        let output = try run(CommandLine.arguments[0], ["--open-only", folder.path])
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Milliseconds for Python's `module` (json or orjson) to parse every line of `file`, `repeats` times; nil when
    /// Python or the module cannot be had (orjson is installed with pip first when missing).
    static func python(_ module: String, _ file: URL, _ repeats: Int) -> Timing? {
        if (try? run("/usr/bin/env", ["python3", "-c", "import \(module)"])) == nil {
            _ = try? run("/usr/bin/env", ["python3", "-m", "pip", "install", "--quiet", "--user",
                                          "--break-system-packages", module])
        }
        let script = """
            import \(module) as parser, sys, time
            data = open(sys.argv[1], 'rb').read().splitlines()
            times = []
            for _ in range(int(sys.argv[2])):
                t = time.perf_counter()
                for line in data: parser.loads(line)
                times.append((time.perf_counter() - t) * 1000)
            print(' '.join(str(x) for x in times))
            """
        guard let output = try? run("/usr/bin/env", ["python3", "-c", script, file.path, String(repeats)]) else { return nil }
        let samples = output.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return samples.isEmpty ? nil : Timing(samples)
    }

    /// Runs a program and returns what it printed; throws when it fails.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return output
    }
}
