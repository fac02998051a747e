import Foundation
import Glibc

/// Reads one desk file into events. A last line without its newline (a write cut by a power loss) is a torn
/// tail: when no live writer holds the file it is moved into `<file>.torn` and cut off, with a warning;
/// any other bad line is an error naming the file and line.
enum DeskLogReader {
    struct Result {
        var events: [Event]
        var warnings: [AulaError]
        /// The file's size when read.
        var size: Int
        /// Bytes of whole lines read (where reading on starts next time), and how many lines they are.
        var complete: Int
        var lines: Int
    }

    /// Reads `url`. `ownFile` is this process's locked desk file when `url` is it (so the tail can be cut through it).
    static func read(_ url: URL, ownFile: DeskFile?) throws -> Result {
        var data = try load(url)
        var warnings: [AulaError] = []
        if tornTail(data) != nil {
            if let ownFile {
                if let warning = try setAside(data, of: url, truncate: { try ownFile.truncate(to: $0) }) { warnings.append(warning) }
            } else {
                let fd = Glibc.open(url.path, O_RDWR | O_CLOEXEC)
                if fd < 0 {
                    warnings.append(cannotSetAside(url, id: "folder hanya-baca?", en: "read-only folder?"))
                } else {
                    defer { close(fd) }
                    // A live writer holds the lock: the tail is a line being written, not a tear.
                    if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                        defer { flock(fd, LOCK_UN) }
                        // Look again under the lock: the writer may have finished the line since the first read.
                        data = try load(url)
                        do {
                            let warning = try setAside(data, of: url, truncate: { length in
                                guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
                                    throw DeskFile.ioError("memotong", "truncate", url, errno)
                                }
                            })
                            if let warning { warnings.append(warning) }
                        } catch let error as AulaError {
                            // Another desk's file on a full disk: read what is whole, leave its tail for later.
                            warnings.append(cannotSetAside(url, id: error.id, en: error.en))
                        }
                    }
                }
            }
        }
        let completeLength = (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let read = try lines(data, count: completeLength, of: url, linesBefore: 0, lastSeq: 0)
        return Result(events: read.events, warnings: warnings, size: data.count, complete: completeLength, lines: read.lines)
    }

    /// Reads what was appended to `url` after its first `offset` bytes (`lines` lines, the last event `lastSeq`):
    /// the way another desk's growing file is followed without reading it all again. Nil when the new bytes do not
    /// end with a newline (a line being written, or a torn tail): then the whole file is read.
    static func readAppended(_ url: URL, from offset: Int, lines: Int, lastSeq: Int) throws -> Result? {
        let handle: FileHandle
        let data: Data
        do {
            handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(offset))
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw cannotRead(url, error)
        }
        if data.isEmpty { return Result(events: [], warnings: [], size: offset, complete: offset, lines: lines) }
        guard data.last == 0x0A else { return nil }
        let read = try self.lines(data, count: data.count, of: url, linesBefore: lines, lastSeq: lastSeq)
        return Result(events: read.events, warnings: [], size: offset + data.count, complete: offset + data.count,
                      lines: lines + read.lines)
    }

    /// The events in the first `count` bytes of `data` (whole lines), or the error naming the broken line.
    private static func lines(_ data: Data, count: Int, of url: URL, linesBefore: Int,
                              lastSeq: Int) throws -> (events: [Event], lines: Int) {
        let desk = deskName(of: url)
        let read = data.withUnsafeBytes { raw in
            Swift.Result { () throws(EventLines.Broken) in
                try EventLines.events(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]),
                                      desk: desk, linesBefore: linesBefore, lastSeq: lastSeq)
            }
        }
        switch read {
        case .success(let found): return found
        case .failure(let error): throw badLine(url, error.line, error.reason)
        }
    }

    /// The warning for a torn tail left where it is (and ignored), with the reason.
    private static func cannotSetAside(_ url: URL, id: String, en: String) -> AulaError {
        AulaError(id: "\(url.lastPathComponent): baris terakhir terpotong dan tidak bisa dipindahkan (\(id)); baris itu diabaikan.",
                  en: "\(url.lastPathComponent): the last line is cut off and cannot be set aside (\(en)); that line is ignored.")
    }

    /// The desk id in a `desk-<id>.jsonl` file name.
    static func deskName(of url: URL) -> String {
        String(url.deletingPathExtension().lastPathComponent.dropFirst("desk-".count))
    }

    private static func badLine(_ url: URL, _ line: Int, _ reason: String) -> AulaError {
        AulaError(
            id: "\(url.path) baris \(line) rusak: \(reason). Perbaiki atau pindahkan baris itu; tidak ada yang ditulis.",
            en: "\(url.path) line \(line) is broken: \(reason). Repair or move that line; nothing was written.")
    }

    private static func load(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw cannotRead(url, error)
        }
    }

    private static func cannotRead(_ url: URL, _ error: Error) -> AulaError {
        AulaError(id: "Tidak bisa membaca \(url.path): \(error.localizedDescription)",
                  en: "Cannot read \(url.path): \(error.localizedDescription)")
    }

    /// The bytes after the last newline, if any.
    private static func tornTail(_ data: Data) -> Range<Int>? {
        let completeLength = (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        return completeLength < data.count ? completeLength..<data.count : nil
    }

    /// Saves the torn tail of `data` into `<file>.torn` (appending, never overwriting), then cuts it off the desk
    /// file with `truncate` (called with the length to keep). Nil when there is no torn tail.
    private static func setAside(_ data: Data, of url: URL, truncate: (Int) throws -> Void) throws -> AulaError? {
        guard let range = tornTail(data) else { return nil }
        let tornURL = url.appendingPathExtension("torn")
        let tfd = Glibc.open(tornURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard tfd >= 0 else { throw DeskFile.ioError("membuat", "create", tornURL, errno) }
        var record = data.subdata(in: range)
        record.append(0x0A)
        let written = record.withUnsafeBytes { write(tfd, $0.baseAddress!, $0.count) }
        let synced = fsync(tfd) == 0
        close(tfd)
        guard written == record.count, synced else { throw DeskFile.ioError("menulis ke", "write to", tornURL, errno) }
        try truncate(range.lowerBound)
        return AulaError(
            id: "\(url.lastPathComponent): baris terakhir terpotong (listrik padam atau proses dihentikan?); "
                + "\(range.count) bita dipindahkan ke \(tornURL.lastPathComponent).",
            en: "\(url.lastPathComponent): the last line was cut off (power loss or killed process?); "
                + "\(range.count) bytes were set aside into \(tornURL.lastPathComponent).")
    }
}
