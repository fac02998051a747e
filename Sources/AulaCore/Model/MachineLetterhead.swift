import Foundation
import Glibc

/// This machine's kop surat (`kop.txt` in the config directory) for papers whose session has none. A file that
/// others can change, or that belongs to someone else, is not trusted: its lines would be printed on official
/// papers. Then the papers go without it, and the warning says why.
public struct MachineLetterhead: Equatable, Sendable {
    /// The kop's text, or "" when there is none or it is not trusted.
    public var text = ""
    /// Why `kop.txt` was not used, when it was there but not trusted.
    public var warning: AulaError?

    /// Reads `kop.txt` from the config directory that `environment` names.
    public init(_ environment: [String: String]) {
        let file = DeskID.configDirectory(environment).appendingPathComponent("kop.txt")
        var info = stat()
        guard lstat(file.path, &info) == 0 else { return }
        let writableByOthers = info.st_mode & 0o022 != 0
        guard info.st_mode & S_IFMT == S_IFREG, !writableByOthers, info.st_uid == getuid() else {
            warning = AulaError(
                id: "\(file.path) diabaikan: bukan berkas milik Anda yang hanya bisa Anda ubah (jalankan: chmod 600 \(file.path)).",
                en: "\(file.path) was ignored: it is not a file of yours that only you can change (run: chmod 600 \(file.path)).")
            return
        }
        text = (try? NoFollow.read(file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
