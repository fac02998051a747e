import Foundation
import Glibc

/// Files and folders inside a session folder are opened without following symbolic links. A link where a desk file,
/// `materials/`, `exports/` or `photos/` belongs could point anywhere on the machine (run as root, at /etc/passwd):
/// it is refused with a message that names it.
public enum NoFollow {
    /// Refuses `url` when it is a symbolic link (nothing there, or anything else, passes).
    public static func refuseLink(_ url: URL) throws {
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { throw linkRefused(url) }
    }

    /// Opens `url` with `flags`, never through a symbolic link; fails with a message naming the file.
    static func open(_ url: URL, _ flags: Int32, mode: mode_t = 0o600, verbID: String = "membuka",
                     verbEN: String = "open") throws -> Int32 {
        let fd = Glibc.open(url.path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw linkRefused(url) }
            throw DeskFile.ioError(verbID, verbEN, url, code)
        }
        return fd
    }

    /// A regular file opened to read without following a link, and its status; anything else (a FIFO, a device) is
    /// refused without waiting on it. The caller closes it.
    static func openRegular(_ url: URL) throws -> (fd: Int32, info: stat) {
        let fd = try open(url, O_RDONLY | O_NONBLOCK, verbID: "membaca", verbEN: "read")
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw AulaError(id: "\(url.path) bukan berkas biasa.", en: "\(url.path) is not a regular file.")
        }
        return (fd, info)
    }

    /// A regular file from byte `offset` to its end (or `limit` bytes of it), read without following a link.
    /// Anything else (a FIFO, a device) is refused without waiting on it: opening does not block.
    public static func read(_ url: URL, from offset: Int = 0, limit: Int = .max) throws -> Data {
        let (fd, info) = try openRegular(url)
        defer { close(fd) }
        guard lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else { throw DeskFile.ioError("membaca", "read", url, errno) }
        // Room for the whole file and a little more, so that seeing its end (or a few bytes it gained since) needs no
        // second buffer: a large desk file is read with one allocation.
        var data = Data(count: min(limit, max(0, Int(info.st_size) - offset) + 4096))
        var filled = 0
        while filled < limit {
            if filled == data.count { data.count = min(limit, data.count + max(4096, data.count / 2)) }
            let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DeskFile.ioError("membaca", "read", url, errno)
            }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        return data
    }

    /// The folder at `url`, created 0700 when missing; a symbolic link there, or a file, is refused.
    public static func folder(_ url: URL) throws -> URL {
        var info = stat()
        if lstat(url.path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK { throw linkRefused(url) }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw AulaError(id: "\(url.path) bukan folder.", en: "\(url.path) is not a folder.")
            }
            return url
        }
        guard mkdir(url.path, 0o700) == 0 || errno == EEXIST else { throw DeskFile.ioError("membuat", "create", url, errno) }
        try refuseLink(url)
        return url
    }

    /// Creates `url` and every missing folder above it 0700, whatever the umask (personal data lives in them;
    /// `~/.config` made by aula must not be 0777 under umask 000). Folders already there keep their rights.
    public static func privateFolders(_ url: URL) throws {
        var missing: [URL] = []
        var probe = url.standardizedFileURL
        while probe.path != "/", !FileManager.default.fileExists(atPath: probe.path) {
            missing.append(probe)
            probe.deleteLastPathComponent()
        }
        for folder in missing.reversed() {
            guard mkdir(folder.path, 0o700) == 0 || errno == EEXIST else {
                throw DeskFile.ioError("membuat", "create", folder, errno)
            }
            // mkdir's mode passes through the umask, which can only take rights away: 0700 or less; make it 0700.
            chmod(folder.path, 0o700)
        }
    }

    /// The message for a link where a file or folder of the session belongs.
    static func linkRefused(_ url: URL) -> AulaError {
        AulaError(
            id: "\(url.path) adalah tautan simbolik; aula tidak mengikuti tautan di folder sesi. Ganti dengan berkas "
                + "atau folder yang sebenarnya.",
            en: "\(url.path) is a symbolic link; aula does not follow links in a session folder. Replace it with the "
                + "real file or folder.")
    }
}
