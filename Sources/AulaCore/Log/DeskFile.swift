import Foundation
import Glibc

/// This process's own desk file, open for appending and locked (flock) against a second writer.
final class DeskFile {
    let url: URL
    private let fd: Int32

    /// Opens (creating 0600 if needed) and locks the desk file; a second process on the same desk is refused.
    init(url: URL, desk: String) throws {
        self.url = url
        var created = true
        // Never through a symbolic link: rights and lines would go to whatever it points at.
        var fd = Glibc.open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 && errno == EEXIST {
            created = false
            // Without waiting on a FIFO put where the file belongs (anything but a regular file is refused below).
            fd = try NoFollow.open(url, O_WRONLY | O_APPEND | O_NONBLOCK)
        }
        guard fd >= 0 else { throw DeskFile.ioError("membuka", "open", url, errno) }
        var kind = stat()
        guard fstat(fd, &kind) == 0, kind.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw AulaError(id: "\(url.path) bukan berkas biasa.", en: "\(url.path) is not a regular file.")
        }
        // Appends wait for the disk as they should.
        _ = fcntl(fd, F_SETFL, O_WRONLY | O_APPEND)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw AulaError(
                id: "Meja '\(desk)' sedang dipakai proses aula lain di folder ini (\(url.lastPathComponent) terkunci). "
                    + "Tutup proses itu, atau jalankan dengan --desk NAMA-LAIN.",
                en: "Desk '\(desk)' is in use by another aula process on this folder (\(url.lastPathComponent) is locked). "
                    + "Close that process, or run with --desk OTHER-NAME.")
        }
        self.fd = fd
        // Personal data (phone numbers): the desk file is private even if it was copied in with looser rights.
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & 0o777 != 0o600 { fchmod(fd, 0o600) }
        if created { DeskFile.syncDirectory(url.deletingLastPathComponent()) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Appends the bytes in as few writes as the kernel allows, then fsyncs: when this returns, they are on disk.
    /// When a write or the fsync fails (disk full, read-only, I/O error), the file is cut back to its length before,
    /// so that no half line is left for the next append to follow; the error says what failed.
    func appendAndSync(_ bytes: [UInt8]) throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DeskFile.ioError("membaca ukuran", "stat", url, errno) }
        let before = info.st_size
        var offset = 0
        do {
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw DeskFile.ioError("menulis ke", "write to", url, errno)
                }
                offset += n
            }
            guard fsync(fd) == 0 else { throw DeskFile.ioError("menyimpan (fsync)", "sync (fsync)", url, errno) }
        } catch {
            if ftruncate(fd, before) == 0 { fsync(fd) }
            throw error
        }
    }

    /// Cuts the file back to `length` bytes (used only to drop a torn tail already saved elsewhere).
    func truncate(to length: Int) throws {
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw DeskFile.ioError("memotong", "truncate", url, errno)
        }
    }

    static func syncDirectory(_ url: URL) {
        let dfd = Glibc.open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    static func ioError(_ verbID: String, _ verbEN: String, _ url: URL, _ code: Int32) -> AulaError {
        let reason = String(cString: strerror(code))
        if code == ENOSPC {
            return AulaError(id: "Gagal \(verbID) \(url.path): ruang penyimpanan penuh (\(reason)). Kosongkan tempat, lalu ulangi.",
                             en: "Could not \(verbEN) \(url.path): the storage is full (\(reason)). Make room, then try again.")
        }
        return AulaError(id: "Gagal \(verbID) \(url.path): \(reason).", en: "Could not \(verbEN) \(url.path): \(reason).")
    }
}
