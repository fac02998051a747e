import Foundation
import Glibc

/// Writes what a command makes to the file the user named with `--output`. A regular file (or a new one) is
/// replaced whole the crash-safe way; a device, a FIFO or `/dev/stdout` is opened and written to, never replaced;
/// a symbolic link is written through to what it names, and stays a link.
public enum OutputFile {
    /// Writes `bytes` to `path` (see the type).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            // Nothing there yet (or a link to nothing): a new regular file.
            return try SafeFile.write(bytes, to: url.resolvingSymlinksInPath())
        }
        if info.st_mode & S_IFMT == S_IFREG {
            return try SafeFile.write(bytes, to: url.resolvingSymlinksInPath())
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw AulaError(id: "\(url.path) adalah folder; beri nama berkas.", en: "\(url.path) is a folder; name a file.")
        }
        let fd = Glibc.open(url.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DeskFile.ioError("membuka", "open", url, errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DeskFile.ioError("menulis ke", "write to", url, errno)
            }
            offset += n
        }
    }
}
