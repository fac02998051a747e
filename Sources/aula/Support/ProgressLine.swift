import AulaCore
import Foundation
import Glibc

/// Long work saying how far it is: one line on stderr, redrawn in place at most ten times a second, cleared when
/// done; nothing at all when stderr is not a terminal (a script's log stays clean).
final class ProgressLine: @unchecked Sendable {
    private let shown: Bool
    private var last = Date.distantPast
    private let lock = NSLock()

    init() { shown = isatty(STDERR_FILENO) == 1 }

    /// Shows `text` unless the last line went out less than 0.1 s ago (`force`: always).
    func show(_ text: String, force: Bool = false) {
        guard shown else { return }
        lock.withLock {
            let now = Date()
            guard force || now.timeIntervalSince(last) >= 0.1 else { return }
            last = now
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        }
    }

    /// Clears the line.
    func finish() {
        guard shown else { return }
        lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// "45.000 dari 100.000".
    static func count(_ done: Int, of total: Int, lang: Lang) -> String {
        Rupiah.grouped(UInt(max(0, done))) + lang.t(" dari ", " of ") + Rupiah.grouped(UInt(max(0, total)))
    }
}
