import Foundation
import Testing

/// The real `aula` binary, run as a user would: its own HOME and XDG folders, a desk name, a working folder.
struct AulaBinary {
    /// What one run printed and how it ended.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let workDir: URL
    var desk = "meja1"
    var extraEnvironment: [String: String] = [:]
    /// A program that runs aula, with its arguments (`faketime -f -10m`): aula's path and arguments follow them.
    var launcher: [String] = []

    /// The binary next to the test bundle in the build folder.
    static let path: String = {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL]
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { dir.deleteLastPathComponent() }
        candidates.append(dir.appendingPathComponent(".build/debug"))
        for candidate in candidates {
            var probe = candidate
            for _ in 0..<3 {
                let binary = probe.appendingPathComponent("aula")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary.path }
                probe.deleteLastPathComponent()
            }
        }
        fatalError("aula binary not found near \(candidates)")
    }()

    var environment: [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                   "HOME": workDir.appendingPathComponent("home").path,
                   "XDG_CONFIG_HOME": workDir.appendingPathComponent("home/.config").path,
                   "XDG_DATA_HOME": workDir.appendingPathComponent("home/.local/share").path,
                   "AULA_DESK": desk]
        env.merge(extraEnvironment) { $1 }
        return env
    }

    /// Starts `aula ARGS` without waiting.
    func start(_ arguments: [String], stdout: Pipe = Pipe(), stderr: Pipe = Pipe(), stdin: Any = FileHandle.nullDevice) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? AulaBinary.path)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [AulaBinary.path] + arguments
        process.environment = environment
        process.currentDirectoryURL = workDir
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        return process
    }

    /// Runs `aula ARGS` to the end.
    @discardableResult
    func run(_ arguments: String...) throws -> Run {
        try run(arguments)
    }

    /// Runs `aula ARGS` to the end, with `input` on its standard input.
    @discardableResult
    func run(_ arguments: [String], input: Data? = nil) throws -> Run {
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        let process = try start(arguments, stdout: out, stderr: err, stdin: input == nil ? FileHandle.nullDevice : inPipe)
        if let input {
            // Written from another thread: a large input would otherwise fill the pipe while nobody reads the output.
            let writer = inPipe.fileHandleForWriting
            Thread.detachNewThread {
                writer.write(input)
                try? writer.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `aula ARGS` and records a test issue unless it succeeds; returns its stdout.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try ok(arguments: arguments, sourceLocation: sourceLocation)
    }

    /// The same with the arguments in a list.
    @discardableResult
    func ok(arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "aula \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout
    }
}

/// Runs the real rsync as the README's recipe does (`-rt --delete`): `to` becomes an exact copy of `from`, which
/// `aula sync` then merges. Expects it to succeed.
func rsync(_ from: String, _ to: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/rsync")
    process.arguments = ["-rt", "--delete", from + "/", to + "/"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, sourceLocation: sourceLocation)
}

/// A temporary working folder removed when the test ends.
final class WorkFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("aula-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! Data(bytes).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The project's copy of the Kemendagri region lists (`Resources/wilayah`).
func wilayahPath(_ name: String) -> String {
    var dir = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { dir.deleteLastPathComponent() }
    return dir.appendingPathComponent("Resources/wilayah/\(name)").path
}

/// Runs `/usr/bin/NAME` (poppler's and zbar's tools) and returns what it printed; what it says on stderr is dropped.
func runTool(_ name: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/" + name)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
