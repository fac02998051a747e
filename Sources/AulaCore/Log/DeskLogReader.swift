import Foundation
import Glibc

/// Reads one desk file into events. Only the desk that owns a file, holding its lock, ever changes it: the owner
/// moves a last line without its newline (a write cut by a power loss) into `<file>.torn` when it opens its file to
/// write. Everyone else treats such a line as not arrived yet (a copy tool or Syncthing may be writing it): the
/// complete lines are read and the file is left byte for byte as it is. A damaged complete line is skipped with a
/// warning naming the file and line, in every desk's file alike; the lines after it are read, and the owner goes on
/// appending. A file whose events name two sessions is refused.
enum DeskLogReader {
    struct Result {
        var events: [Event]
        var warnings: [AulaError]
        /// The file's size when read.
        var size: Int
        /// Bytes of good whole lines read (where reading on starts next time), and how many lines they are.
        var complete: Int
        var lines: Int
    }

    /// Reads `url`. `ownFile` is this process's locked desk file when `url` is it (so a torn tail is set aside
    /// through it); without it the file is only read.
    static func read(_ url: URL, ownFile: DeskFile?, chunkSize: Int = DeskLogReader.chunkSize) throws -> Result {
        let desk = deskName(of: url)
        let (fd, info) = try NoFollow.openRegular(url)
        defer { close(fd) }
        var events: [Event] = []
        var skipped: [EventLines.Broken] = []
        var lines = 0
        // Bytes of whole lines read so far. The file goes through one buffer a chunk at a time, so that a large
        // file's bytes and its events are not held together; a line longer than the buffer grows it.
        var complete = 0
        var buffer = [UInt8](repeating: 0, count: max(1, min(chunkSize, Int(info.st_size) + 4096)))
        var filled = 0
        while true {
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(complete + filled)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DeskFile.ioError("membaca", "read", url, errno)
            }
            filled += n
            if n > 0 && filled < buffer.count { continue }
            let whole = buffer[..<filled].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if whole > 0 {
                var pieces = buffer.withUnsafeBufferPointer { EventLines.pieces(UnsafeBufferPointer(rebasing: $0[..<whole]), desk: desk) }
                if complete == 0, n > 0 {
                    // Room for the whole file at this chunk's bytes per event (room never written takes no memory).
                    let count = pieces.reduce(0) { $0 + $1.events.count }
                    events.reserveCapacity(Int(info.st_size) / max(1, whole / max(1, count)) * 5 / 4 + 16)
                }
                let read = EventLines.join(&pieces, into: &events, linesBefore: lines)
                skipped += read.skipped
                lines += read.lines
                complete += whole
                buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + whole, count: filled - whole) }
                filled -= whole
            }
            if n == 0 { break }
        }
        var warnings: [AulaError] = []
        var size = complete + filled
        if let ownFile, filled > 0 {
            warnings.append(try setAside(Data(buffer[..<filled]), at: complete, of: url, truncate: { try ownFile.truncate(to: $0) }))
            size = complete
        }
        if !skipped.isEmpty { warnings.append(skippedLines(url, skipped)) }
        try SessionIdentity.checkOne(events, of: url)
        return Result(events: events, warnings: warnings, size: size, complete: complete, lines: lines)
    }

    /// How much of a desk file is read at a time.
    static let chunkSize = 8 << 20

    /// Reads what was appended to another desk's `url` after its first `offset` bytes (`lines` lines): the way a
    /// growing file is followed without reading it all again. Only complete lines are taken; a line still being
    /// written is left for the next look.
    /// With `ownFile` (this desk's own file, locked), a torn last line is set aside first, as `read` does.
    static func readAppended(_ url: URL, from offset: Int, lines: Int, ownFile: DeskFile? = nil) throws -> Result {
        var data = try NoFollow.read(url, from: offset)
        var warnings: [AulaError] = []
        if let ownFile, let torn = tornTail(data) {
            warnings.append(try setAside(data.subdata(in: torn), at: offset + torn.lowerBound, of: url,
                                         truncate: { try ownFile.truncate(to: $0) }))
            data = data.prefix(torn.lowerBound)
        }
        let size = offset + data.count
        let read = self.lines(&data, count: completeLength(data), of: url, linesBefore: lines)
        return Result(events: read.events, warnings: warnings + read.warnings, size: size,
                      complete: offset + read.bytes, lines: lines + read.lines)
    }

    /// The events of the first `count` bytes of `url` (whole lines, as read before): what a fold from the snapshot
    /// holds of that file, read when the events themselves are needed (history, undo, folding again).
    static func read(_ url: URL, upTo count: Int) throws -> Result {
        var data = try NoFollow.read(url, limit: count)
        let size = data.count
        let read = lines(&data, count: completeLength(data), of: url, linesBefore: 0)
        return Result(events: read.events, warnings: read.warnings, size: size, complete: read.bytes,
                      lines: read.lines)
    }

    /// Bytes up to and with the last newline.
    private static func completeLength(_ data: Data) -> Int {
        (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    }

    /// The events in the first `count` bytes of `data` (whole lines), how many bytes and lines they are, and the
    /// warning for lines that are not events of this desk, which are skipped (the file keeps them as they are).
    /// `data` is let go once read, before its events are put together, so the two are never held at once.
    private static func lines(_ data: inout Data, count: Int, of url: URL,
                              linesBefore: Int) -> (events: [Event], bytes: Int, lines: Int, warnings: [AulaError]) {
        let desk = deskName(of: url)
        var pieces = data.withUnsafeBytes { raw in
            EventLines.pieces(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]), desk: desk)
        }
        data = Data()
        var events: [Event] = []
        events.reserveCapacity(pieces.reduce(0) { $0 + $1.events.count })
        let joined = EventLines.join(&pieces, into: &events, linesBefore: linesBefore)
        let read = (events: events, lines: joined.lines, skipped: joined.skipped)
        return (read.events, count, read.lines, read.skipped.isEmpty ? [] : [skippedLines(url, read.skipped)])
    }

    /// The desk id in a `desk-<id>.jsonl` file name.
    static func deskName(of url: URL) -> String {
        String(url.deletingPathExtension().lastPathComponent.dropFirst("desk-".count))
    }

    /// The warning for lines skipped in a desk file: the first named with what is wrong, the next few by number.
    static func skippedLines(_ url: URL, _ skipped: [EventLines.Broken]) -> AulaError {
        let first = skipped[0]
        let more = skipped.dropFirst()
        let numbers = more.prefix(5).map { String($0.line) }.joined(separator: ", ") + (more.count > 5 ? ", …" : "")
        return AulaError(
            id: "\(url.path) baris \(first.line) rusak: \(first.reason)"
                + (more.isEmpty ? "" : "; juga \(more.count) baris lain (\(numbers))")
                + ". Baris itu dilewati dan dibiarkan di berkasnya; semua baris lain dipakai.",
            en: "\(url.path) line \(first.line) is broken: \(first.reason)"
                + (more.isEmpty ? "" : "; so are \(more.count) other lines (\(numbers))")
                + ". It is skipped and left in the file as it is; every other line is used.")
    }

    /// The bytes after the last newline, if any.
    private static func tornTail(_ data: Data) -> Range<Int>? {
        let complete = completeLength(data)
        return complete < data.count ? complete..<data.count : nil
    }

    /// Saves `tail`, a desk file's torn last line from byte `start`, into `<file>.torn` (appending, never
    /// overwriting), then cuts it off the desk file with `truncate` (called with `start`).
    private static func setAside(_ tail: Data, at start: Int, of url: URL, truncate: (Int) throws -> Void) throws -> AulaError {
        let tornURL = url.appendingPathExtension("torn")
        let tfd = try NoFollow.open(tornURL, O_WRONLY | O_APPEND | O_CREAT, verbID: "membuat", verbEN: "create")
        var record = tail
        record.append(0x0A)
        let written = record.withUnsafeBytes { write(tfd, $0.baseAddress!, $0.count) }
        let synced = fsync(tfd) == 0
        close(tfd)
        guard written == record.count, synced else { throw DeskFile.ioError("menulis ke", "write to", tornURL, errno) }
        try truncate(start)
        return AulaError(
            id: "\(url.lastPathComponent): baris terakhir terpotong (listrik padam atau proses dihentikan?); "
                + "\(tail.count) bita dipindahkan ke \(tornURL.lastPathComponent).",
            en: "\(url.lastPathComponent): the last line was cut off (power loss or killed process?); "
                + "\(tail.count) bytes were set aside into \(tornURL.lastPathComponent).")
    }
}
