import Foundation
import Glibc
import Testing

/// A tmux server of the test's own (its own socket), running one program in a window of a given size.
/// Tests poll the pane for what they expect instead of sleeping, and kill only this server.
final class Tmux {
    let socket = "aula-e2e-" + UUID().uuidString.prefix(8)
    let target = "aula"

    init(command: String, width: Int = 100, height: Int = 30, environment: [String: String], directory: URL) throws {
        var arguments = ["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), "-c", directory.path]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        try run(arguments, output: false)
    }

    deinit { _ = try? run(["kill-server"], output: false) }

    /// Sends keys by tmux name (Enter, Tab, C-q, F2, BTab).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys, output: false)
    }

    /// Types text literally.
    func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text], output: false) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)], output: false)
    }

    /// The pane's text now.
    func capture() throws -> String { try run(["capture-pane", "-p", "-t", target]) }

    /// Polls the pane until `predicate` holds (or `seconds` pass, which records an issue); returns the last capture.
    @discardableResult
    func wait(for description: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
              _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \(description); screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func wait(for text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try wait(for: "\"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Runs a tmux command with posix_spawn and waitpid. Foundation's Process is not used here: the tmux server
    /// that `new-session` starts outlives the command, and Process waits on descriptors the server inherits.
    @discardableResult
    private func run(_ arguments: [String], output: Bool = true) throws -> String {
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var pipe: [Int32] = [-1, -1]
        if output { guard Glibc.pipe(&pipe) == 0 else { throw TmuxError.spawn(errno) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if output {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            posix_spawn_file_actions_addclose(&actions, pipe[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        // The calling thread may block signals (test runner threads do); tmux and the app must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ)
        if output { close(pipe[1]) }
        guard spawned == 0 else {
            if output { close(pipe[0]) }
            throw TmuxError.spawn(spawned)
        }
        var data = [UInt8]()
        if output {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(pipe[0], &buffer, buffer.count)
                if n <= 0 { break }
                data += buffer[0..<n]
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: data, as: UTF8.self)
    }
}

enum TmuxError: Error {
    case spawn(Int32)
}
