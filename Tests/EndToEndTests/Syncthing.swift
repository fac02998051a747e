import Foundation
import Testing

/// One laptop's Syncthing for a test: its own home, GUI and listen ports on 127.0.0.1, no discovery, relays or NAT
/// (nothing leaves the machine), started and stopped by the test, killed when dropped.
final class SyncthingNode {
    let home: URL
    let guiPort: Int
    let listenPort: Int
    private(set) var deviceID = ""
    private var process: Process?
    private var log: FileHandle?

    /// Generates keys and a config in `home` (made from the given ports), not yet started.
    init(home: URL, guiPort: Int, listenPort: Int) throws {
        self.home = home
        self.guiPort = guiPort
        self.listenPort = listenPort
        let generated = try Self.syncthing(["generate", "--home=\(home.path)", "--no-default-folder", "--skip-port-probing"])
        guard let line = generated.split(separator: "\n").first(where: { $0.contains("Device ID:") }) else {
            throw SyncthingError("syncthing generate gave no device ID: \(generated)")
        }
        deviceID = String(line.split(separator: " ").last ?? "")
        let configURL = home.appendingPathComponent("config.xml")
        var config = try String(contentsOf: configURL, encoding: .utf8)
        for (from, to) in [("<address>127.0.0.1:8384</address>", "<address>127.0.0.1:\(guiPort)</address>"),
                           ("<listenAddress>default</listenAddress>", "<listenAddress>tcp://127.0.0.1:\(listenPort)</listenAddress>"),
                           ("<globalAnnounceEnabled>true", "<globalAnnounceEnabled>false"),
                           ("<localAnnounceEnabled>true", "<localAnnounceEnabled>false"),
                           ("<relaysEnabled>true", "<relaysEnabled>false"), ("<natEnabled>true", "<natEnabled>false"),
                           ("<startBrowser>true", "<startBrowser>false"),
                           ("<reconnectionIntervalS>60<", "<reconnectionIntervalS>2<"), ("<crashReportingEnabled>true", "<crashReportingEnabled>false")] {
            guard config.contains(from) else { throw SyncthingError("config.xml has no \(from)") }
            config = config.replacingOccurrences(of: from, with: to)
        }
        try config.write(to: configURL, atomically: true, encoding: .utf8)
    }

    deinit { stop() }

    /// `ID@tcp://127.0.0.1:PORT`, as `aula sync --syncthing --peer` takes it where discovery is off.
    var peerAddress: String { "\(deviceID)@tcp://127.0.0.1:\(listenPort)" }

    /// Starts Syncthing and waits until its command line answers.
    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["syncthing", "serve", "--home=\(home.path)", "--no-browser", "--no-restart", "--no-upgrade"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "STNOUPGRADE": "1", "STNORESTART": "1"]
        let logURL = home.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try FileHandle(forWritingTo: logURL)
        log.seekToEndOfFile()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        self.process = process
        self.log = log
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if (try? Self.syncthing(["cli", "--home", home.path, "show", "system"])) != nil { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw SyncthingError("syncthing did not start: " + ((try? String(contentsOf: logURL, encoding: .utf8)) ?? ""))
    }

    /// Stops Syncthing: asked through its command line to shut down (its monitor and the syncing process both
    /// end), else SIGTERM and SIGKILL for the monitor and its children.
    func stop() {
        guard let process else { return }
        _ = try? Self.syncthing(["cli", "--home", home.path, "operations", "shutdown"])
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            for child in Self.children(of: process.processIdentifier) { kill(child, SIGKILL) }
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        self.process = nil
        try? log?.close()
    }

    /// The processes whose parent is `pid` (from /proc).
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { candidate in
            guard let stat = try? String(contentsOfFile: "/proc/\(candidate)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == pid
        }
    }

    /// Runs `syncthing ARGS` to the end; its output, or an error with it.
    @discardableResult
    static func syncthing(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["syncthing"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SyncthingError("syncthing \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    /// Two free TCP ports on 127.0.0.1 (bound and released, so another test's server does not hold them).
    static func freePorts(_ count: Int) -> [Int] {
        var ports: [Int] = []
        var sockets: [Int32] = []
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
            ports.append(Int(UInt16(bigEndian: address.sin_port)))
            sockets.append(fd)
        }
        for fd in sockets { close(fd) }
        return ports
    }
}

struct SyncthingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
