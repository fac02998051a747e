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
    }

    /// Reads `url`. `ownFile` is this process's locked desk file when `url` is it (so the tail can be cut through it).
    static func read(_ url: URL, ownFile: DeskFile?) throws -> Result {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AulaError(id: "Tidak bisa membaca \(url.path): \(error.localizedDescription)",
                            en: "Cannot read \(url.path): \(error.localizedDescription)")
        }
        var warnings: [AulaError] = []
        let completeLength = (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        if completeLength < data.count {
            let tail = data.subdata(in: completeLength..<data.count)
            if let warning = try setAside(tail: tail, of: url, keeping: completeLength, ownFile: ownFile) {
                warnings.append(warning)
            }
        }
        let expectedDesk = deskName(of: url)
        var events: [Event] = []
        var lastSeq = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var lineNumber = 0
            while lineStart < completeLength {
                lineNumber += 1
                var end = lineStart
                while bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                lineStart = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let event: Event
                do {
                    event = try Event(fields: FlatJSON.parse(line))
                } catch let error as FlatJSON.ParseError {
                    throw badLine(url, lineNumber, "column \(error.column): \(error.reason)")
                } catch let error as EventFormatError {
                    throw badLine(url, lineNumber, error.reason)
                }
                guard event.desk == expectedDesk else {
                    throw badLine(url, lineNumber, "event of desk \"\(event.desk)\" in the file of desk \"\(expectedDesk)\"")
                }
                guard event.seq > lastSeq else {
                    throw badLine(url, lineNumber, "seq \(event.seq) does not follow \(lastSeq)")
                }
                lastSeq = event.seq
                events.append(event)
            }
        }
        return Result(events: events, warnings: warnings, size: data.count)
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

    /// Saves the torn tail into `<file>.torn` (appending, never overwriting) and cuts it off the desk file.
    /// Returns nil when a live writer holds the file (the tail is a write in progress, not a tear).
    private static func setAside(tail: Data, of url: URL, keeping length: Int, ownFile: DeskFile?) throws -> AulaError? {
        let tornURL = url.appendingPathExtension("torn")
        var otherFD: Int32 = -1
        if ownFile == nil {
            otherFD = Glibc.open(url.path, O_RDWR | O_CLOEXEC)
            if otherFD < 0 {
                return AulaError(
                    id: "\(url.lastPathComponent): baris terakhir terpotong (\(tail.count) bita) dan tidak bisa dipindahkan "
                        + "(folder hanya-baca?); baris itu diabaikan.",
                    en: "\(url.lastPathComponent): the last line is cut off (\(tail.count) bytes) and cannot be set aside "
                        + "(read-only folder?); that line is ignored.")
            }
            if flock(otherFD, LOCK_EX | LOCK_NB) != 0 {
                close(otherFD)
                return nil
            }
        }
        defer {
            if otherFD >= 0 {
                flock(otherFD, LOCK_UN)
                close(otherFD)
            }
        }
        let tfd = Glibc.open(tornURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard tfd >= 0 else { throw DeskFile.ioError("membuat", "create", tornURL, errno) }
        var record = tail
        record.append(0x0A)
        let written = record.withUnsafeBytes { write(tfd, $0.baseAddress!, $0.count) }
        let synced = fsync(tfd) == 0
        close(tfd)
        guard written == record.count, synced else { throw DeskFile.ioError("menulis ke", "write to", tornURL, errno) }
        if let ownFile {
            try ownFile.truncate(to: length)
        } else {
            guard ftruncate(otherFD, off_t(length)) == 0, fsync(otherFD) == 0 else {
                throw DeskFile.ioError("memotong", "truncate", url, errno)
            }
        }
        return AulaError(
            id: "\(url.lastPathComponent): baris terakhir terpotong (listrik padam atau proses dihentikan?); "
                + "\(tail.count) bita dipindahkan ke \(tornURL.lastPathComponent).",
            en: "\(url.lastPathComponent): the last line was cut off (power loss or killed process?); "
                + "\(tail.count) bytes were set aside into \(tornURL.lastPathComponent).")
    }
}
