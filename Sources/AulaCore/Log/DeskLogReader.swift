import Foundation
import Glibc

/// Reads one desk file into events. Only the desk that owns a file, holding its lock, ever changes it: the owner
/// moves a last line without its newline (a write cut by a power loss) into `<file>.torn` when it opens its file to
/// write. Everyone else treats such a line as not arrived yet (a copy tool or Syncthing may be writing it): the
/// complete lines are read and the file is left byte for byte as it is. A bad line in the owner's file is an error
/// naming the file and line; in another desk's file it is a warning, and the complete lines before it are used.
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
        let read = try lines(data, count: completeLength(data), of: url, linesBefore: 0, lastSeq: 0,
                             owned: ownFile != nil)
        return Result(events: read.events, warnings: warnings + read.warnings, size: data.count,
                      complete: read.bytes, lines: read.lines)
    }

    /// Reads what was appended to another desk's `url` after its first `offset` bytes (`lines` lines, the last
    /// event `lastSeq`): the way a growing file is followed without reading it all again. Only complete lines are
    /// taken; a line still being written is left for the next look.
    static func readAppended(_ url: URL, from offset: Int, lines: Int, lastSeq: Int) throws -> Result {
        let data = try NoFollow.read(url, from: offset)
        let read = try self.lines(data, count: completeLength(data), of: url, linesBefore: lines, lastSeq: lastSeq,
                                  owned: false)
        return Result(events: read.events, warnings: read.warnings, size: offset + data.count,
                      complete: offset + read.bytes, lines: lines + read.lines)
    }

    /// Bytes up to and with the last newline.
    private static func completeLength(_ data: Data) -> Int {
        (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    }

    /// The events in the first `count` bytes of `data` (whole lines), how many bytes and lines of good events they
    /// are, and, in another desk's file (`owned` false), the warning for a broken line, before which reading stops.
    /// In the owner's file a broken line is an error.
    private static func lines(_ data: Data, count: Int, of url: URL, linesBefore: Int, lastSeq: Int,
                              owned: Bool) throws -> (events: [Event], bytes: Int, lines: Int, warnings: [AulaError]) {
        do {
            let read = try events(in: data, count: count, of: url, linesBefore: linesBefore, lastSeq: lastSeq)
            return (read.events, count, read.lines, [])
        } catch let broken {
            guard !owned else { throw badLine(url, broken.line, broken.reason) }
            // The lines before the broken one are whole and good: read them alone.
            let good = offset(ofLine: broken.line - linesBefore, in: data)
            let read = try? events(in: data, count: good, of: url, linesBefore: linesBefore, lastSeq: lastSeq)
            return (read?.events ?? [], good, read?.lines ?? 0, [skippedLine(url, broken.line, broken.reason)])
        }
    }

    /// The byte offset where 1-based line `line` of `data` starts.
    private static func offset(ofLine line: Int, in data: Data) -> Int {
        var seen = 1
        var index = data.startIndex
        while seen < line, let newline = data[index...].firstIndex(of: 0x0A) {
            index = newline + 1
            seen += 1
        }
        return index - data.startIndex
    }

    /// The events in the first `count` bytes of `data` (whole lines), or the first broken line.
    private static func events(in data: Data, count: Int, of url: URL, linesBefore: Int,
                               lastSeq: Int) throws(EventLines.Broken) -> (events: [Event], lines: Int) {
        let desk = deskName(of: url)
        let read = data.withUnsafeBytes { raw in
            Swift.Result { () throws(EventLines.Broken) in
                try EventLines.events(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]),
                                      desk: desk, linesBefore: linesBefore, lastSeq: lastSeq)
            }
        }
        return try read.get()
    }

    /// The desk id in a `desk-<id>.jsonl` file name.
    static func deskName(of url: URL) -> String {
        String(url.deletingPathExtension().lastPathComponent.dropFirst("desk-".count))
    }

    /// The warning for a broken line in another desk's file: its owner's to repair; nothing is written to it.
    private static func skippedLine(_ url: URL, _ line: Int, _ reason: String) -> AulaError {
        AulaError(
            id: "\(url.path) baris \(line) rusak: \(reason). Baris-baris sebelumnya dipakai; berkas itu tidak diubah. "
                + "Perbaiki di meja pemiliknya.",
            en: "\(url.path) line \(line) is broken: \(reason). The lines before it are used; that file was not changed. "
                + "Repair it at the desk that owns it.")
    }

    private static func badLine(_ url: URL, _ line: Int, _ reason: String) -> AulaError {
        AulaError(
            id: "\(url.path) baris \(line) rusak: \(reason). Perbaiki atau pindahkan baris itu; tidak ada yang ditulis.",
            en: "\(url.path) line \(line) is broken: \(reason). Repair or move that line; nothing was written.")
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
