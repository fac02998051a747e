import Foundation
import Glibc

/// The fold of a session folder's logs, kept beside them in `.aula-snapshot` so that a large session opens without
/// reading every line again. The logs stay the truth: a snapshot is only used for the desk files it names, each at
/// the length it was read to and with the same last line there (its hash), made by this very build of aula for the
/// same session. A file that only grew is read from where the snapshot ends; a file that shrank, changed, or
/// vanished, a file it does not name, a snapshot cut short or flipped (its own hash), another session's or another
/// build's: each is read from the logs as if there were no snapshot, and a new snapshot is written.
///
/// It is derived data, never a desk's: written whole to a temporary name and renamed (a power cut leaves the old one
/// or a damaged new one, which its hash refuses), left out of Syncthing's share (`.stignore`), and harmless when a
/// copy tool carries it (a copy of the same files finds it right; any other finds it wrong and reads the logs).
struct SessionSnapshot {
    /// The file's name inside the session folder.
    static let fileName = ".aula-snapshot"
    /// The layout's version: bumped when what is written changes.
    static let format = 1
    private static let magic = Array("AULASNAP".utf8)

    /// Where the snapshot read one desk file up to.
    struct DeskKey: Equatable {
        var name: String
        /// Bytes of whole lines folded, and how many lines.
        var complete: Int
        var lines: Int
        /// Hash of the last whole line (the bytes from the newline before it up to `complete`).
        var lastLine: UInt64
        /// The highest seq in the file (a desk that writes on numbers its next event after it).
        var maxSeq: Int
    }

    /// The session's id, from its join.
    var session: String
    var files: [DeskKey]
    /// Each desk's latest stamp folded (`FoldTimes`), and the latest over all.
    var latest: [String: Int64]
    var latestStamp: Int64
    /// Warnings the logs gave when read (a broken line in a desk file), said again on every open as when read.
    var warnings: [AulaError]
    var fold: Fold.State

    /// This build of aula: the layout's version, the log's, and the running program file's size and time, so that a
    /// new build (whose fold may differ) never trusts an old build's snapshot.
    static let build: String = {
        var info = stat()
        let program = stat("/proc/self/exe", &info) == 0 ? "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)" : "?"
        return "snapshot \(format) log \(Event.version) program \(program)"
    }()

    /// The snapshot as bytes, ending with the hash of all before it.
    func encoded(build: String = SessionSnapshot.build) throws -> [UInt8] {
        var out = SnapshotWriter()
        out.text(String(decoding: Self.magic, as: UTF8.self))
        out.text(build)
        out.text(session)
        out.int(files.count)
        for file in files {
            out.text(file.name)
            out.int(file.complete)
            out.int(file.lines)
            out.int(Int(bitPattern: UInt(file.lastLine)))
            out.int(file.maxSeq)
        }
        out.int(latest.count)
        for (desk, stamp) in latest.sorted(by: { $0.key < $1.key }) {
            out.text(desk)
            out.int(Int(stamp))
        }
        out.int(Int(latestStamp))
        out.int(warnings.count)
        for warning in warnings {
            out.text(warning.id)
            out.text(warning.en)
        }
        try fold.write(to: &out)
        var bytes = out.bytes
        let hash = bytes.withUnsafeBufferPointer(snapshotHash)
        withUnsafeBytes(of: hash.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Reads a snapshot from its bytes; nil when they are cut short, changed, or another build's.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, build: String = SessionSnapshot.build) -> SessionSnapshot? {
        guard bytes.count > 8 else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        let stored = UnsafeRawPointer(bytes.baseAddress! + body.count).loadUnaligned(as: UInt64.self)
        guard UInt64(littleEndian: stored) == snapshotHash(body) else { return nil }
        var input = SnapshotReader(body)
        do {
            guard try input.text() == String(decoding: magic, as: UTF8.self), try input.text() == build else { return nil }
            let session = try input.text()
            var files: [DeskKey] = []
            for _ in 0..<(try input.count()) {
                files.append(DeskKey(name: try input.text(), complete: try input.int(), lines: try input.int(),
                                     lastLine: UInt64(UInt(bitPattern: try input.int())), maxSeq: try input.int()))
            }
            var latest: [String: Int64] = [:]
            for _ in 0..<(try input.count()) { latest[try input.text()] = Int64(try input.int()) }
            let latestStamp = Int64(try input.int())
            var warnings: [AulaError] = []
            for _ in 0..<(try input.count()) { warnings.append(AulaError(id: try input.text(), en: try input.text())) }
            let fold = try Fold.State(reading: &input)
            guard input.isAtEnd else { return nil }
            return SessionSnapshot(session: session, files: files, latest: latest, latestStamp: latestStamp,
                                   warnings: warnings, fold: fold)
        } catch {
            return nil
        }
    }

    /// The folder's snapshot, or nil when there is none or it cannot be used (see `decode`).
    static func read(in folder: URL) -> SessionSnapshot? {
        guard let data = try? NoFollow.read(folder.appendingPathComponent(fileName)) else { return nil }
        return data.withUnsafeBytes { decode($0.bindMemory(to: UInt8.self)) }
    }

    /// Writes the snapshot into `folder`: whole under a temporary name, then renamed over the old one. A folder that
    /// cannot be written (a read-only stick) keeps no snapshot; that is not an error.
    func write(in folder: URL) {
        guard let bytes = try? encoded() else { return }
        Self.removeStaleTemporaries(in: folder)
        let temporary = folder.appendingPathComponent("\(Self.fileName).\(getpid()).tmp")
        let fd = Glibc.open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            written += n
        }
        close(fd)
        if written < bytes.count || rename(temporary.path, folder.appendingPathComponent(Self.fileName).path) != 0 {
            unlink(temporary.path)
        }
    }

    /// Removes temporary snapshots left by a process that stopped while writing one (a power cut) an hour ago or more;
    /// a younger one may be another desk's, still being written.
    static func removeStaleTemporaries(in folder: URL, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(fileName + ".") && name.hasSuffix(".tmp") {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                  now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec) >= 3600 else { continue }
            unlink(path)
        }
    }

    /// The hash of the last whole line in a desk file's first `complete` bytes, or nil when it cannot be read.
    static func lastLineHash(of url: URL, complete: Int) -> UInt64? {
        guard complete > 0 else { return snapshotHash(UnsafeBufferPointer(start: nil, count: 0)) }
        let window = min(complete, 1 << 16)
        guard let data = try? NoFollow.read(url, from: complete - window, limit: window), data.count == window else {
            return nil
        }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes[window - 1] == 0x0A else { return nil }
            let start = bytes[..<(window - 1)].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return snapshotHash(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
