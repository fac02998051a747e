import Foundation

/// Running another program to its end (`lp` to print, `syncthing cli` to share a folder): found on the PATH, given
/// no input, its output and its complaints read apart and at once (so neither pipe can fill and stop it).
public enum ExternalProgram {
    /// What a program did.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        /// True when it did not finish within the time given and was stopped.
        public var timedOut = false
    }

    /// The program `name` on the PATH, or nil when it is not installed.
    public static func find(_ name: String) -> URL? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `program` with `arguments` and waits for it, at most `timeout` seconds when given (then it is stopped,
    /// and what it had said is returned with `timedOut`); throws only when it cannot be started.
    public static func run(_ program: URL, _ arguments: [String], timeout: Double? = nil) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = Collected()
        let reading = DispatchGroup()
        // Threads of their own: two reads blocked on Dispatch's shared threads could starve the one that notices the
        // program has ended (a 2-core machine has two).
        for (pipe, keep) in [(err, collected.set(errors:)), (out, collected.set(output:))] {
            reading.enter()
            Thread.detachNewThread {
                keep(pipe.fileHandleForReading.readDataToEndOfFile())
                reading.leave()
            }
        }
        if let timeout, reading.wait(timeout: .now() + timeout) == .timedOut {
            // Stopped, and not waited for: a child it left behind can keep Foundation from ever seeing it end.
            process.terminate()
            if reading.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            let (output, errors) = collected.both
            return Run(status: -1, output: String(decoding: output, as: UTF8.self),
                       errors: String(decoding: errors, as: UTF8.self), timedOut: true)
        }
        reading.wait()
        process.waitUntilExit()
        let (output, errors) = collected.both
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors, as: UTF8.self))
    }

    /// What the reading threads fill in, under a lock (a reader given up on may still finish later).
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output = Data()
        private var errors = Data()

        func set(output data: Data) { lock.withLock { output = data } }
        func set(errors data: Data) { lock.withLock { errors = data } }
        var both: (Data, Data) { lock.withLock { (output, errors) } }
    }
}
