import Foundation

/// Which session a desk file belongs to, from its first line (a join). Files of two sessions in one folder, or two
/// copies of different sessions, are refused with a message naming both by title and date: last month's stick must
/// not merge its attendees into this month's session.
struct SessionIdentity: Equatable {
    var id: String
    var title: String
    var date: String

    /// The identity a desk's events name, or nil for a file older than joins (or empty).
    init?(events: [Event]) {
        guard case .join(let id, let title, let date, _)? = events.first?.change else { return nil }
        self.id = id
        self.title = title
        self.date = date
    }

    /// "'Sosialisasi KIM' (Jumat, 27 Maret 2020)".
    func name(_ lang: Lang) -> String {
        let day = SessionClock.longDate(date, lang: lang) ?? date
        return "'\(TextSanitizer.line(title))'" + (day.isEmpty ? "" : " (\(day))")
    }

    /// The identity the first line of a desk file's bytes names, or nil.
    init?(head: Data) {
        guard let end = head.firstIndex(of: 0x0A),
              let event = try? Event(fields: FlatJSON.parse([UInt8](head[head.startIndex..<end]))) else { return nil }
        self.init(events: [event])
    }

    /// The identity a desk file's first line names (only its beginning is read), or nil.
    init?(file: URL) throws {
        self.init(head: try NoFollow.read(file, limit: 1 << 16))
    }

    /// Refuses desk files that name more than one session; returns the one they name (nil: none does).
    @discardableResult
    static func check(_ files: [URL], in folder: URL) throws -> SessionIdentity? {
        var first: (file: String, identity: SessionIdentity)?
        for file in files {
            guard let identity = try SessionIdentity(file: file) else { continue }
            guard let known = first else {
                first = (file.lastPathComponent, identity)
                continue
            }
            if identity.id != known.identity.id { throw mixed(folder, known, (file.lastPathComponent, identity)) }
        }
        return first?.identity
    }

    /// The first join in `events` that names a session other than `session` (empty: none known yet), or nil.
    static func foreignJoin(in events: [Event], session: String) -> SessionIdentity? {
        guard !session.isEmpty else { return nil }
        for event in events {
            if case .join(let id, let title, let date, _) = event.change, id != session {
                return SessionIdentity(id: id, title: title, date: date)
            }
        }
        return nil
    }

    /// Refuses one desk file whose events name two sessions (a copy of another session's changes inside it).
    static func checkOne(_ events: [Event], of file: URL) throws {
        guard let first = SessionIdentity(events: events),
              let other = foreignJoin(in: events, session: first.id) else { return }
        throw AulaError(
            id: "\(file.path) memuat perubahan dari dua sesi berbeda: \(first.name(.id)) dan \(other.name(.id)). Tidak ada "
                + "yang ditulis. Pindahkan berkas itu keluar dari folder sesi.",
            en: "\(file.path) holds changes of two different sessions: \(first.name(.en)) and \(other.name(.en)). Nothing "
                + "was written. Move that file out of the session folder.")
    }

    /// The error for two sessions' files in one folder.
    static func mixed(_ folder: URL, _ a: (file: String, identity: SessionIdentity),
                      _ b: (file: String, identity: SessionIdentity)) -> AulaError {
        AulaError(
            id: "\(folder.path) memuat berkas dari dua sesi berbeda: \(a.file) dari \(a.identity.name(.id)), \(b.file) dari "
                + "\(b.identity.name(.id)). Tidak ada yang ditulis. Pindahkan berkas yang bukan milik sesi ini.",
            en: "\(folder.path) holds files of two different sessions: \(a.file) of \(a.identity.name(.en)), \(b.file) of "
                + "\(b.identity.name(.en)). Nothing was written. Move out the file that does not belong to this session.")
    }

    /// Refuses two copies of a session folder that hold different sessions, before anything in either is changed.
    static func checkCopies(_ a: URL, _ b: URL) throws {
        var found: [(file: String, identity: SessionIdentity)] = []
        for folder in [a, b] where FileManager.default.fileExists(atPath: folder.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where SessionFolder.isDeskFileName(name) {
                if let identity = try SessionIdentity(file: folder.appendingPathComponent(name)) {
                    found.append((folder.lastPathComponent + "/" + name, identity))
                }
            }
        }
        if let first = found.first, let other = found.first(where: { $0.identity.id != first.identity.id }) {
            throw differentCopies(a, b, first, other)
        }
    }

    /// The error for syncing two copies that are different sessions.
    static func differentCopies(_ a: URL, _ b: URL, _ one: (file: String, identity: SessionIdentity),
                                _ other: (file: String, identity: SessionIdentity)) -> AulaError {
        AulaError(
            id: "\(a.path) dan \(b.path) bukan sesi yang sama: \(one.file) dari \(one.identity.name(.id)), \(other.file) dari "
                + "\(other.identity.name(.id)). Tidak ada yang diubah.",
            en: "\(a.path) and \(b.path) are not the same session: \(one.file) is of \(one.identity.name(.en)), \(other.file) "
                + "of \(other.identity.name(.en)). Nothing was changed.")
    }

    /// The warning for another session's desk file that appeared while this one is open (it is left out).
    static func foreign(_ file: String, _ other: SessionIdentity, session: Session, in folder: URL) -> AulaError {
        let this = SessionIdentity(id: session.id, title: session.title, date: session.date)
        return AulaError(
            id: "\(folder.path)/\(file) milik sesi lain, \(other.name(.id)), bukan \(this.name(.id)); berkas itu tidak dibaca.",
            en: "\(folder.path)/\(file) belongs to another session, \(other.name(.en)), not \(this.name(.en)); it is not read.")
    }

    private init(id: String, title: String, date: String) {
        self.id = id
        self.title = title
        self.date = date
    }
}
