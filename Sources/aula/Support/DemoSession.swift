import AulaCore
import AulaResources
import Foundation

/// The bundled demo: the KIM sosialisasi of 27 March 2020 in Atambua, built from `Resources/demo` through the
/// same paths a user takes (new session, roster import, agenda, material).
enum DemoSession {
    /// Creates the demo session in `url` as `desk`.
    static func create(at url: URL, desk: String) throws -> SessionFolder {
        let source = AulaResources.demoFolder
        var details: ChangeFields<Change.SessionField> = [:]
        for row in try csvRows("session.csv", in: source).dropFirst() where row.count == 2 {
            if let field = Change.SessionField(rawValue: row[0]) { details[field] = row[1] }
        }
        let folder = try SessionFolder.create(url: url, desk: desk, details: details)
        let rosterFile = source.appendingPathComponent("roster.csv")
        let table = try RosterTable(bytes: [UInt8](try Data(contentsOf: rosterFile)), file: rosterFile.path)
        try folder.append(RosterImport.plan(RosterImport.entries(from: table), into: folder.session).changes)
        var agenda: [Change] = []
        for row in try csvRows("agenda.csv", in: source).dropFirst() where row.count == 4 {
            agenda.append(.agenda(id: RecordID.make(.item, desk: desk),
                                  fields: [.plannedStart: row[0], .minutes: row[1], .title: row[2], .speaker: row[3]]))
        }
        try folder.append(agenda)
        let kimItem = folder.session.agenda.first { $0.title.contains("KIM") }!
        let material = try MaterialCopy.add(source.appendingPathComponent("materi-kim.md"), item: kimItem.id,
                                            title: "Paparan: Mekanisme Pembentukan KIM", to: folder)
        try folder.append([.material(material)])
        return folder
    }

    private static func csvRows(_ name: String, in folder: URL) throws -> [[String]] {
        let url = folder.appendingPathComponent(name)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return try CSVReader.records(text, delimiter: ",", file: url.path).map(\.fields)
    }
}
