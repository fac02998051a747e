/// Adding a speaker's material to an agenda item: the one place that turns a copied file into the change to append
/// and the words to show, for the command line and the app alike (copying the file is theirs: it is I/O).
public enum MaterialOperation {
    /// The change that records `material` (already copied into `materials/`), and what to say.
    public static func add(_ material: Material, in session: Session, lang: Lang) -> Outcome {
        let number = session.agenda.first { $0.id == material.item }.map { String($0.number) } ?? "?"
        return Outcome([.material(material)],
                       message: TextSanitizer.line(lang.t("Materi ditambahkan ke acara \(number): ",
                                                          "Material added to item \(number): ")
                                                   + material.title + " (" + size(material.size, lang) + ")"))
    }

    /// "812 B", "12 KB", "2,3 MB" (a comma in Indonesian).
    static func size(_ bytes: Int, _ lang: Lang) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1 << 20 { return "\(bytes / 1024) KB" }
        let tenths = bytes * 10 / (1 << 20)
        return "\(tenths / 10)" + lang.t(",", ".") + "\(tenths % 10) MB"
    }
}
