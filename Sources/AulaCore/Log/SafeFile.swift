import Foundation
import Glibc

/// Writes whole files the crash-safe way: a new temporary file (0600, created exclusively and never through a link),
/// fsync, rename over the target, fsync the folder.
public enum SafeFile {
    /// Writes `bytes` to `url`; when this returns the file is complete on disk, never half-written.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = try NoFollow.open(temp, O_WRONLY | O_CREAT | O_EXCL, verbID: "membuat", verbEN: "create")
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temp.path)
                throw DeskFile.ioError("menulis ke", "write to", temp, code)
            }
            offset += n
        }
        let synced = fsync(fd) == 0
        let code = errno
        close(fd)
        guard synced, rename(temp.path, url.path) == 0 else {
            unlink(temp.path)
            throw DeskFile.ioError("menyimpan", "save", url, synced ? errno : code)
        }
        DeskFile.syncDirectory(url.deletingLastPathComponent())
    }
}
