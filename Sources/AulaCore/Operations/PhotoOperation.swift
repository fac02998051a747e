import Foundation

/// Photos of the event for the laporan's Lampiran dokumentasi: added from files, captioned, listed.
public enum PhotoOperation {
    /// Checks every file first (a whole PNG or JPEG, not through a link, at most `PaperImages.largest` bytes) and only
    /// then copies them into the session's `photos/` folder, so one bad file refuses the lot and nothing is written.
    /// Each photo gets `caption`; a photo already in the session keeps its place and takes the new caption.
    public static func add(_ files: [URL], caption: String, to session: URL, lang: Lang) throws -> Outcome {
        guard !files.isEmpty else {
            throw AulaError(id: "Sebutkan minimal satu berkas foto.", en: "Name at least one photo file.")
        }
        let caption = TextSanitizer.line(caption).trimmingCharacters(in: .whitespaces)
        let pictures = try files.map { file in (file, try PaperImages.checked(file)) }
        var photos: [Photo] = []
        for (file, picture) in pictures {
            let copy = try StoredFile.store(picture.data, extension: picture.kind, in: Photo.folder, of: session)
            photos.append(Photo(sha256: copy.sha256, caption: caption, fileName: TextSanitizer.line(file.lastPathComponent),
                                storedPath: copy.storedPath, size: copy.size))
        }
        let names = photos.map(\.fileName).joined(separator: ", ")
        return Outcome(photos.map(Change.photo), message: lang.t("Foto ditambahkan (\(photos.count)): \(names)",
                                                                 "Photos added (\(photos.count)): \(names)"))
    }

    /// Sets the caption of photo `number` (1-based, in the order shown by `list`).
    public static func caption(_ number: Int, to caption: String, in session: Session, lang: Lang) throws -> Outcome {
        guard session.photos.indices.contains(number - 1) else {
            throw AulaError(id: "Tidak ada foto nomor \(number) (ada \(session.photos.count)).",
                            en: "There is no photo number \(number) (there are \(session.photos.count)).")
        }
        var photo = session.photos[number - 1]
        photo.caption = TextSanitizer.line(caption).trimmingCharacters(in: .whitespaces)
        return Outcome([.photo(photo)], message: lang.t("Keterangan foto \(number): ", "Caption of photo \(number): ") + photo.label)
    }

    /// The photos as a table: number, caption, file, size, and whether the copy is still intact.
    public static func list(_ session: Session, folder: URL, lang: Lang) -> String {
        var table = TextTable(headers: ["No", lang.t("Keterangan", "Caption"), lang.t("Berkas", "File"),
                                        lang.t("Ukuran", "Size"), lang.t("Salinan", "Copy")],
                              maxWidths: [4, 40, 24, 10, 14])
        for (index, photo) in session.photos.enumerated() {
            table.rows.append([String(index + 1), photo.caption, photo.fileName, "\(photo.size / 1024) KB",
                               StoredFile.isIntact(photo.storedPath, sha256: photo.sha256, in: folder) ? "ok" : lang.t("RUSAK/HILANG", "CHANGED/MISSING")])
        }
        return session.photos.isEmpty ? lang.t("Belum ada foto.", "No photos yet.") : table.render()
    }
}
