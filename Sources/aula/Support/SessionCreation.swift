import AulaCore
import Foundation

/// Making a session folder, for `aula new` and the start screen alike: the office's profile goes into it; made from
/// an earlier session, the office first learns that session's people, and the new one takes its seats, acara,
/// people and rates; the office lists it. A session never depends on the office: an office folder that cannot be
/// written is said and passed by.
enum SessionCreation {
    static func create(_ url: URL, details given: ChangeFields<Change.SessionField>, from earlier: SessionFolder?,
                       office: OfficeOptions, desk: String, lang: Lang) throws -> SessionFolder {
        var details = given
        var officeFolder: SessionFolder?
        do {
            officeFolder = try office.open(writable: true, desk: desk, lang: lang, name: details[.organizer] ?? "")
            if let earlier, let officeFolder { try OfficeMemory.remember(earlier, in: officeFolder) }
        } catch {
            Console.warn(lang.t("Folder kantor tidak dipakai: ", "The office folder is not used: ")
                         + ((error as? AulaError)?.message(lang) ?? String(describing: error)), lang: lang)
        }
        for (field, value) in OfficeProfile.details(office: officeFolder?.session, earlier: earlier?.session) where details[field] == nil {
            details[field] = value
        }
        let folder = try SessionFolder.create(url: url, desk: desk, details: details)
        var copied: [Change] = earlier.map { SessionCopy.changes(from: $0.session, office: officeFolder?.session) } ?? []
        // The logo: the office's, else the earlier session's, copied into this session's images/.
        let logos = [(officeFolder?.url, officeFolder?.session.papers.logo), (earlier?.url, earlier?.session.papers.logo)]
        if let (source, logo) = logos.first(where: { $0.0 != nil && !($0.1 ?? "").isEmpty }), let source, let logo {
            let copy = try PaperImages.add(source.appendingPathComponent(logo), into: "images", of: url)
            copied.append(.session([.logo: copy.storedPath]))
        }
        try folder.append(copied)
        if let officeFolder { try OfficeMemory.remember(folder, in: officeFolder, learn: false) }
        return folder
    }
}
