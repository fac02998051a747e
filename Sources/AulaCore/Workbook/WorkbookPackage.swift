import Foundation
import ZIPFoundation

/// The zip container of an .xlsx or .ods file, read with limits: a part may inflate to at most a given number of
/// bytes however small the file, so a zip bomb is refused after reading that much, not after filling the memory.
struct WorkbookPackage {
    /// The most entries a workbook's zip may list.
    static let mostEntries = 10_000

    private let archive: Archive
    private let file: String
    private let limit: Int

    /// Opens `bytes` as a zip; an encrypted workbook, an old .xls or anything else gets a message saying which.
    /// `limit` is the most bytes a part may inflate to.
    init(bytes: [UInt8], file: String, limit: Int) throws {
        self.file = file
        self.limit = limit
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw AulaError(
                id: "\(file): berkas ini terkunci sandi atau berformat .xls lama. Buka di Excel/LibreOffice, hapus sandinya, "
                    + "lalu simpan sebagai .xlsx.",
                en: "\(file): this workbook is password-protected or an old .xls. Open it in Excel/LibreOffice, remove the "
                    + "password and save it as .xlsx.")
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw AulaError(id: "\(file): bukan berkas .xlsx (isinya bukan arsip zip).",
                            en: "\(file): not an .xlsx file (its content is not a zip archive).")
        }
        // Read through a private temporary file: ZIPFoundation's in-memory archive traps on a seek past the end of
        // a damaged zip (found by the fuzz test), its file-backed one reports it. The file is gone once opened.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("aula-workbook-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: copy.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw AulaError(id: "\(file): tidak dapat menulis salinan sementara di \(copy.deletingLastPathComponent().path).",
                            en: "\(file): cannot write a temporary copy in \(copy.deletingLastPathComponent().path).")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw Self.broken(file, "arsip zip rusak atau terpotong", "the zip archive is damaged or cut short")
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > Self.mostEntries {
                throw Self.broken(file, "lebih dari \(Self.mostEntries) bagian", "more than \(Self.mostEntries) parts")
            }
        }
    }

    /// Whether the package has a part at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of the part at `path`, or nil when there is none.
    func part(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(limit) {
            throw tooLarge(path)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1024 * 1024)))
        do {
            _ = try archive.extract(entry) { chunk in
                guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
                bytes.append(contentsOf: chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch {
            throw Self.broken(file, "bagian \(path) rusak", "the part \(path) is damaged")
        }
        return bytes
    }

    private struct PartTooLarge: Error {}

    private func tooLarge(_ path: String) -> AulaError {
        let megabytes = limit / 1024 / 1024
        return Self.broken(file, "\(path) mengembang lebih dari \(megabytes) MB; bukan daftar undangan (bom zip?)",
                           "\(path) inflates past \(megabytes) MB; not an invitation list (a zip bomb?)")
    }

    /// "FILE: berkas .xlsx rusak (REASON)."
    static func broken(_ file: String, _ id: String, _ en: String) -> AulaError {
        let kind = file.lowercased().hasSuffix(".ods") ? ".ods" : ".xlsx"
        return AulaError(id: "\(file): berkas \(kind) rusak (\(id)).", en: "\(file): a damaged \(kind) file (\(en)).")
    }
}
