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
    static func read(_ url: URL, ownFile: DeskFile?) throws -> Result {
        var data = try load(url)
        var warnings: [AulaError] = []
        if let ownFile, let warning = try setAside(data, of: url, truncate: { try ownFile.truncate(to: $0) }) {
            warnings.append(warning)
            data = data.prefix(completeLength(data))
        }
        let size = data.count
        let read = lines(&data, count: completeLength(data), of: url, linesBefore: 0)
        try SessionIdentity.checkOne(read.events, of: url)
        return Result(events: read.events, warnings: warnings + read.warnings, size: size,
                      complete: read.bytes, lines: read.lines)
    }

    /// Reads what was appended to another desk's `url` after its first `offset` bytes (`lines` lines): the way a
    /// growing file is followed without reading it all again. Only complete lines are taken; a line still being
    /// written is left for the next look.
    /// With `ownFile` (this desk's own file, locked), a torn last line is set aside first, as `read` does.
    static func readAppended(_ url: URL, from offset: Int, lines: Int, ownFile: DeskFile? = nil) throws -> Result {
        var data = try NoFollow.read(url, from: offset)
        var warnings: [AulaError] = []
        if let ownFile,
           let warning = try setAside(data, of: url, truncate: { try ownFile.truncate(to: offset + $0) }) {
            warnings.append(warning)
            data = data.prefix(completeLength(data))
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
        let read = EventLines.joined(&pieces, linesBefore: linesBefore)
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

    private static func load(_ url: URL) throws -> Data {
        try NoFollow.read(url)
    }

    /// The bytes after the last newline, if any.
    private static func tornTail(_ data: Data) -> Range<Int>? {
        let complete = completeLength(data)
        return complete < data.count ? complete..<data.count : nil
    }

    /// Saves the torn tail of `data` into `<file>.torn` (appending, never overwriting), then cuts it off the desk
    /// file with `truncate` (called with the length to keep). Nil when there is no torn tail.
    private static func setAside(_ data: Data, of url: URL, truncate: (Int) throws -> Void) throws -> AulaError? {
        guard let range = tornTail(data) else { return nil }
        let tornURL = url.appendingPathExtension("torn")
        let tfd = try NoFollow.open(tornURL, O_WRONLY | O_APPEND | O_CREAT, verbID: "membuat", verbEN: "create")
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
