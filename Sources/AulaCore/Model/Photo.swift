/// A photo of the event for the laporan's Lampiran dokumentasi, copied into the session's `photos/` folder under its
/// SHA-256 after it was checked to be a whole PNG or JPEG.
public struct Photo: Codable, Equatable, Sendable {
    /// The file's SHA-256 (hex): its id and its name in `photos/`.
    public var sha256: String
    /// What the photo shows, printed under it ("Sambutan Kepala Dinas Kominfo").
    public var caption: String
    /// The file's original name.
    public var fileName: String
    /// Path inside the session folder (`photos/<sha256>.jpg` or `.png`).
    public var storedPath: String
    /// Size in bytes.
    public var size: Int

    /// Creates a photo record.
    public init(sha256: String, caption: String, fileName: String, storedPath: String, size: Int) {
        self.sha256 = sha256
        self.caption = caption
        self.fileName = fileName
        self.storedPath = storedPath
        self.size = size
    }

    /// The folder photos are copied into.
    public static let folder = "photos"

    /// The caption, or the file's name when none was given.
    public var label: String { caption.isEmpty ? fileName : caption }
}
