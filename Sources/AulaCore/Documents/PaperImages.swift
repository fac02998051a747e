import Foundation

/// Pictures the papers carry (the kop's logo, photos of the event): checked when they are added, so a file that is not
/// a whole PNG or JPEG is refused there, naming it, and nothing is written.
public enum PaperImages {
    /// The largest picture taken in: a phone's photo is a few megabytes.
    public static let largest = 30 << 20

    /// "png" or "jpg" for the bytes of a whole PNG or JPEG; otherwise an error naming `name` and what is wrong.
    public static func kind(of data: Data, name: String) throws -> String {
        let bytes = [UInt8](data.prefix(16)), tail = [UInt8](data.suffix(16))
        func refuse(_ id: String, _ en: String) -> AulaError {
            AulaError(id: "\(name): \(id); tidak ada yang disimpan.", en: "\(name): \(en); nothing was saved.")
        }
        guard data.count <= largest else {
            throw refuse("terlalu besar (\(data.count >> 20) MB, paling besar \(largest >> 20) MB)",
                         "too large (\(data.count >> 20) MB, at most \(largest >> 20) MB)")
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // The IHDR chunk first, the IEND chunk last: a file cut short has no IEND.
            guard data.count > 33, bytes[12...15].elementsEqual("IHDR".utf8),
                  tail.count >= 12, tail[tail.count - 8 ..< tail.count - 4].elementsEqual("IEND".utf8) else {
                throw refuse("PNG terpotong atau rusak", "the PNG is cut short or broken")
            }
            return "png"
        }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            // A JPEG ends with its EOI marker (some cameras pad a few zero bytes after it).
            let end = data.lastIndex { $0 != 0 }
            guard let end, end > data.startIndex, data[end] == 0xD9, data[data.index(before: end)] == 0xFF else {
                throw refuse("JPEG terpotong atau rusak", "the JPEG is cut short or broken")
            }
            return "jpg"
        }
        throw refuse("bukan gambar PNG atau JPEG", "not a PNG or JPEG image")
    }

    /// Reads the picture at `file` (not through a link) and checks it; its bytes and "png" or "jpg".
    public static func checked(_ file: URL) throws -> (data: Data, kind: String) {
        let data: Data
        do {
            data = try NoFollow.read(file, limit: largest + 1)
        } catch let error as AulaError {
            throw error
        } catch {
            throw AulaError(id: "Tidak bisa membaca \(file.path): \(error.localizedDescription)",
                            en: "Cannot read \(file.path): \(error.localizedDescription)")
        }
        return (data, try kind(of: data, name: TextSanitizer.line(file.path)))
    }

    /// Reads the picture at `file`, checks it and copies it into the session's `folder` (`images` for the logo,
    /// `photos` for photos); returns the copy.
    public static func add(_ file: URL, into folder: String, of session: URL) throws -> StoredFile.Copy {
        let picture = try checked(file)
        return try StoredFile.store(picture.data, extension: picture.kind, in: folder, of: session)
    }
}
