import Foundation
import Glibc

/// Brings two copies of a session folder (a laptop and a USB stick, two laptops) to the same union, both ways.
/// Only whole lines missing at the end of a desk file are appended; nothing is truncated or rewritten. A desk file
/// whose history differs between the copies is refused, and then nothing at all is changed.
public enum FolderSync {
    /// What a sync did.
    public struct Report: Equatable, Sendable {
        /// Desk files copied whole, as "file → folder".
        public var copied: [String] = []
        /// Desk files that got lines appended, with how many.
        public var appended: [String: Int] = [:]
        /// Files copied into `materials/`, `images/`, `photos/` and `filed/` (speakers' files, the kop's logo, photos,
        /// the undangan as sent).
        public var storedFiles = 0

        /// True when the two copies were already the same.
        public var isEmpty: Bool { copied.isEmpty && appended.isEmpty && storedFiles == 0 }
    }

    private enum Step {
        case create(URL, Data)
        case append(URL, Data, lines: Int)
    }

    /// Syncs `a` and `b` (either may be missing: it is created from the other).
    public static func sync(_ a: URL, _ b: URL) throws -> Report {
        let namesA = try deskNames(a), namesB = try deskNames(b)
        guard !namesA.isEmpty || !namesB.isEmpty else {
            throw AulaError(id: "Tidak ada sesi aula di \(a.path) maupun \(b.path).",
                            en: "Neither \(a.path) nor \(b.path) holds an aula session.")
        }
        // Last month's stick is not this month's session: nothing of it is merged.
        try SessionIdentity.checkCopies(a, b)
        var steps: [Step] = []
        var diverged: [String] = []
        var unfinished: [URL] = []
        for name in Set(namesA + namesB).sorted() {
            let fileA = a.appendingPathComponent(name), fileB = b.appendingPathComponent(name)
            let bytesA = try DeskBytes(fileA), bytesB = try DeskBytes(fileB)
            switch (bytesA, bytesB) {
            case (let x?, nil): steps.append(.create(fileB, x.complete))
            case (nil, let y?): steps.append(.create(fileA, y.complete))
            case (let x?, let y?) where x.complete == y.complete: break
            case (let x?, let y?) where x.complete.starts(with: y.raw):
                steps.append(.append(fileB, x.complete.subdata(in: y.raw.count..<x.complete.count), lines: x.lines - y.lines))
            case (let x?, let y?) where y.complete.starts(with: x.raw):
                steps.append(.append(fileA, y.complete.subdata(in: x.raw.count..<y.complete.count), lines: y.lines - x.lines))
            // One copy's history is the other's beginning, but it ends with a line that is not the other's next:
            // appending after it would bury that line; its owner sets it aside on opening.
            case (let x?, let y?) where x.complete.starts(with: y.complete): unfinished.append(fileB)
            case (let x?, let y?) where y.complete.starts(with: x.complete): unfinished.append(fileA)
            default: diverged.append(name)
            }
        }
        guard unfinished.isEmpty else {
            let names = unfinished.map(\.path).joined(separator: ", ")
            throw AulaError(
                id: "\(names) berakhir dengan baris yang belum lengkap (listrik padam, atau masih disalin). Tidak ada yang "
                    + "diubah. Buka sesi itu sekali di meja pemiliknya agar baris itu disisihkan, lalu ulangi sync.",
                en: "\(names) ends with an unfinished line (a power cut, or a copy still running). Nothing was changed. "
                    + "Open that session once at the desk that owns it so that line is set aside, then sync again.")
        }
        guard diverged.isEmpty else {
            throw AulaError(
                id: "Riwayat berbeda untuk \(diverged.joined(separator: ", ")) di kedua salinan (meja yang sama menulis "
                    + "hal berbeda: dua laptop memakai nama meja yang sama). Tidak ada yang diubah. Simpan keduanya dengan: "
                    + "aula repair \(a.path) \(b.path), lalu ulangi sync, dan beri laptop itu nama meja lain (--desk).",
                en: "\(diverged.joined(separator: ", ")) differ between the two copies (the same desk wrote different "
                    + "lines: two laptops used the same desk name). Nothing was changed. Keep both with: "
                    + "aula repair \(a.path) \(b.path), then sync again, and give that laptop another desk name (--desk).")
        }
        let storedFiles = try storedFolders.flatMap { try missingFiles($0, a, b) + missingFiles($0, b, a) }
        var report = Report()
        for folder in [a, b] where !FileManager.default.fileExists(atPath: folder.path) {
            try NoFollow.privateFolders(folder)
        }
        for step in steps {
            switch step {
            case .create(let url, let data):
                try write(data, to: url, create: true)
                report.copied.append(url.lastPathComponent + " → " + url.deletingLastPathComponent().path)
            case .append(let url, let data, let count):
                try write(data, to: url, create: false)
                report.appended[url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent] = count
            }
        }
        for (file, copy) in storedFiles {
            _ = try NoFollow.folder(copy.deletingLastPathComponent())
            try SafeFile.write([UInt8](try NoFollow.read(file)), to: copy)
        }
        report.storedFiles = storedFiles.count
        return report
    }

    private static func deskNames(_ folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter(SessionFolder.isDeskFileName)
    }

    /// A desk file's bytes as they are, and its whole lines (a line still arriving is not history yet).
    private struct DeskBytes {
        var raw: Data
        var complete: Data
        var lines: Int

        init?(_ url: URL) throws {
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            raw = try NoFollow.read(url)
            complete = raw.prefix(raw.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            lines = complete.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
    }

    /// Appends (or creates, 0600) under the desk's lock, then fsyncs.
    /// A write that fails (a full stick) is rolled back: a new file is removed, an appended one cut back to its length
    /// before, so that no half line is left behind.
    private static func write(_ data: Data, to url: URL, create: Bool) throws {
        let fd = try NoFollow.open(url, O_WRONLY | O_APPEND | (create ? O_CREAT | O_EXCL : 0), verbID: "menulis ke",
                                   verbEN: "write to")
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            if create { unlink(url.path) }
            throw AulaError(id: "\(url.lastPathComponent) sedang dipakai aula yang berjalan; tutup dulu, lalu ulangi sync.",
                            en: "\(url.lastPathComponent) is in use by a running aula; close it, then sync again.")
        }
        let before = lseek(fd, 0, SEEK_END)
        var offset = 0
        var failure: Int32 = 0
        while offset < data.count, failure == 0 {
            let n = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno != EINTR { failure = errno } else if n > 0 { offset += n }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        guard failure == 0 else {
            if create { unlink(url.path) } else if ftruncate(fd, before) == 0 { fsync(fd) }
            throw DeskFile.ioError("menulis ke", "write to", url, failure)
        }
        if create { DeskFile.syncDirectory(url.deletingLastPathComponent()) }
    }

    /// The materials (named by their SHA-256, so a name is its content) that only `from` has, as (source, target)
    /// files; a link in either copy's materials/ is refused before anything is written.
    /// The folders whose files are named by their content and copied both ways.
    private static let storedFolders = ["materials", "images", Photo.folder, FiledInvitation.folder]

    private static func missingFiles(_ folder: String, _ from: URL, _ to: URL) throws -> [(URL, URL)] {
        let source = from.appendingPathComponent(folder)
        let target = to.appendingPathComponent(folder)
        try NoFollow.refuseLink(source)
        try NoFollow.refuseLink(target)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: source.path) else { return [] }
        var missing: [(URL, URL)] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let file = source.appendingPathComponent(name), copy = target.appendingPathComponent(name)
            try NoFollow.refuseLink(file)
            try NoFollow.refuseLink(copy)
            if !FileManager.default.fileExists(atPath: copy.path) { missing.append((file, copy)) }
        }
        return missing
    }
}
