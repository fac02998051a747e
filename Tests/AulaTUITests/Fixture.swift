import AulaCore
import Foundation
@testable import AulaTUI

/// A fixed session in a world kept in memory, driven through the app's own runtime: what the tests see is what the
/// app does, effects included, with fixed times.
struct Fixture {
    /// 27 March 2020, 09:14:03 WITA.
    static let now = Date(timeIntervalSince1970: 1_585_271_643)

    let world = MemoryWorld()

    /// Every event so far, in the order appended.
    var events: [Event] { world.events }

    static func seat(_ id: String, _ jabatan: String, _ unit: String, _ kecamatan: String, name: String = "",
                     phone: String = "", invited: Bool = true) -> Change {
        var fields: ChangeFields<Change.AttendeeField> = [.jabatan: jabatan, .unit: unit, .kecamatan: kecamatan]
        if !name.isEmpty { fields[.name] = name }
        if !phone.isEmpty { fields[.phone] = phone }
        return .attendee(id: id, fields: fields, invited: invited)
    }

    /// The roster: camat and kepala desa of Raihat and Tasifeto Timur, an official, a wide-character name.
    static let changes: [Change] = [
        .session([.title: "Sosialisasi Pembentukan KIM", .date: "2020-03-27", .start: "09:00",
                  .venue: "Aula Kantor Bupati Belu Lt. I", .organizer: "Dinas Kominfo Kabupaten Belu",
                  .timeZone: "Asia/Makassar"]),
        seat("k1", "Kepala Dinas", "Dinas Kominfo", "", name: "Johanes Andes Prihatin, SE, MM"),
        seat("c1", "Camat", "Kecamatan Raihat", "Raihat", name: "Yosefina Dahu, S.Sos"),
        seat("d1", "Kepala Desa", "Desa Tohe", "Raihat", name: "Yohanes Bau", phone: "081237019846"),
        seat("d2", "Kepala Desa", "Desa Tohe Leten", "Raihat"),
        seat("c2", "Camat", "Kecamatan Tasifeto Timur", "Tasifeto Timur", name: "Fransiskus Seran"),
        seat("d3", "Kepala Desa", "Desa Fatuba'a", "Tasifeto Timur", name: "Hendrikus Mau Tasi"),
        seat("d4", "Kepala Desa", "Desa Sadi", "Tasifeto Timur", name: "王小明 (Wang)"),
        .agenda(id: "i1", fields: [.title: "Pembukaan", .plannedStart: "09:00", .minutes: "15", .speaker: "Kadis Kominfo"]),
        .agenda(id: "i2", fields: [.title: "Materi: Pembentukan KIM", .plannedStart: "09:15", .minutes: "45",
                                   .speaker: "Johanes Andes Prihatin, SE, MM"]),
        .agenda(id: "i3", fields: [.title: "Tanya jawab", .plannedStart: "10:00", .minutes: "30"]),
    ]

    init(_ extra: [Change] = []) {
        for change in Fixture.changes + extra { append(change, at: Fixture.now.addingTimeInterval(-3600)) }
    }

    /// Appends a change as this desk would, at `date`.
    func append(_ change: Change, at date: Date) {
        world.now = date
        try! world.append([change])
    }

    var session: Session { world.session }

    func state(size: Size = Size(width: 100, height: 30), lang: Lang = .id) -> AppState {
        AppState(session: session, lang: lang, desk: "meja1", folderPath: "/data/kim.aula", size: size, now: Fixture.now)
    }

    /// Sends an action through the app's runtime against the world in memory (slow work done at once); returns the
    /// effects the action asked for.
    @discardableResult
    func send(_ state: inout AppState, _ action: Action) -> [Effect] {
        world.now = state.now
        let runtime = AppRuntime(state: state, world: world, background: .inline)
        let effects = runtime.send(action)
        state = runtime.state
        return effects
    }

    /// One effect performed and the actions its result brought back.
    struct Step: Equatable {
        var effect: Effect
        var results: [Action]
    }

    /// Sends an action as `send` does, and returns every effect performed on the way with what it brought back,
    /// in order (the effects of those actions too).
    func steps(_ state: inout AppState, _ action: Action) -> [Step] {
        world.now = state.now
        let runtime = AppRuntime(state: state, world: world, background: .inline)
        var steps: [Step] = []
        runtime.observe = { steps.append(Step(effect: $0, results: $1)) }
        runtime.send(action)
        state = runtime.state
        return steps
    }

    /// Sends an action that asks for a confirming key (start, end, go back), and the confirmation.
    func confirmed(_ state: inout AppState, _ action: Action) {
        send(&state, action)
        send(&state, action)
    }

    /// Sends each key through the key map, as the terminal would.
    func type(_ state: inout AppState, _ keys: [Key]) {
        for key in keys {
            if let action = KeyMap.action(for: key, in: KeyMap.mode(state)) { send(&state, action) }
        }
    }

    func type(_ state: inout AppState, _ text: String) {
        type(&state, text.map { Key.char($0) })
    }
}

/// A desk's session kept in memory: appends fold as a session folder folds them, undo takes back what a folder's
/// undo would, files are a list of names, and papers are counted, not written.
final class MemoryWorld: World {
    let desk = "meja1"
    /// When the next appended change happens.
    var now = Fixture.now
    private(set) var events: [Event] = []
    /// Files that "exist" for adding materials, by path, with their sizes.
    var files: [String: Int] = [:]
    /// Materials whose copy is damaged, by sha256.
    var damaged: Set<String> = []
    var warnings: [AulaError] = []
    /// Another desk's changes and the problems reading them, found at the next refresh.
    var arriving: [Event] = [], arrivingWarnings: [AulaError] = []
    var papers: any PaperDesk = CountedPapers()

    var session: Session { Fold.state(from: EventOrder.merge([events])).current }
    var lastUndoable: Event? { UndoneEvents.lastUndoable(in: events.filter { $0.desk == desk }) }

    func append(_ changes: [Change]) throws {
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        for change in changes {
            events.append(Event(id: "e\(events.count + 1)", desk: desk, seq: events.count + 1, at: clock.iso(now), change: change))
        }
    }

    func refresh() throws -> Bool {
        defer { (arriving, arrivingWarnings) = ([], []) }
        events += arriving
        warnings += arrivingWarnings
        return !arriving.isEmpty
    }

    func copyMaterial(from path: String, item: String, title: String) throws -> Material {
        guard let size = files[path] else {
            throw AulaError(id: "Berkas tidak ada: \(path)", en: "No such file: \(path)")
        }
        let name = (path as NSString).lastPathComponent
        return Material(sha256: "sha-\(name)", item: item, title: title.isEmpty ? name : title, fileName: name,
                        storedPath: "materials/\(name)", size: size)
    }

    func isIntact(_ storedPath: String, sha256: String) -> Bool { !damaged.contains(sha256) }

    /// The office's log, in memory.
    var officeEvents: [Event] = []

    func appendOffice(_ changes: [Change]) throws -> Session {
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        for change in changes {
            officeEvents.append(Event(id: "o\(officeEvents.count + 1)", desk: desk, seq: officeEvents.count + 1, at: clock.iso(now), change: change))
        }
        return Fold.state(from: officeEvents).current
    }

    func open(_ storedPath: String) -> (path: String, opened: Bool) { ("/data/kim.aula/" + storedPath, false) }
}

/// Papers that say how many they would write, that no printer is there, and what the PDF maker warned about.
struct CountedPapers: PaperDesk {
    var warnings: [String] = []

    func exportAll(_ session: Session, lang: Lang, progress: @escaping @Sendable (String) -> Void) throws -> ExportReport {
        progress("daftar-hadir.pdf")
        return ExportReport(folder: "/data/kim.aula/exports", count: Paper.Kind.filed.count * 4, warnings: warnings)
    }

    func print(_ kind: Paper.Kind, _ session: Session, lang: Lang) throws
        -> (file: String, result: Printing.Result, warnings: [String]) {
        ("/data/kim.aula/exports/\(kind.rawValue).pdf", .unavailable("lp tidak ada / lp not found"), warnings)
    }
}
