import AulaCore
import Foundation
@testable import AulaTUI

/// A fixed session and a pretend shell: appends fold into the session as a real desk would, with fixed times.
struct Fixture {
    /// 27 March 2020, 09:14:03 WITA.
    static let now = Date(timeIntervalSince1970: 1_585_271_643)

    var events: [Event] = []

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

    mutating func append(_ change: Change, at date: Date) {
        let clock = SessionClock(zone: TimeZone(identifier: "Asia/Makassar")!)
        events.append(Event(id: "e\(events.count + 1)", desk: "meja1", seq: events.count + 1, at: clock.iso(date), change: change))
    }

    var session: Session { Fold.session(from: events) }

    func state(size: Size = Size(width: 100, height: 30), lang: Lang = .id) -> AppState {
        AppState(session: session, lang: lang, desk: "meja1", folderPath: "/data/kim.aula", size: size, now: Fixture.now)
    }

    /// Applies an action and performs append/undo effects like the real shell; returns the other effects.
    @discardableResult
    mutating func send(_ state: inout AppState, _ action: Action) -> [Effect] {
        var others: [Effect] = []
        for effect in update(&state, action) {
            switch effect {
            case .append(let changes, let message):
                for change in changes { append(change, at: state.now) }
                others += send(&state, .saved(session, message: message))
            case .undo:
                let undone = Set(events.compactMap { e -> String? in if case .undo(let t) = e.change { return t } else { return nil } })
                if let last = events.last(where: { e in
                    if case .undo = e.change { return false }
                    return !undone.contains(e.id)
                }) {
                    append(.undo(target: last.id), at: state.now)
                }
                others += send(&state, .saved(session, message: "undone"))
            default:
                others.append(effect)
            }
        }
        return others
    }

    /// Sends each key through the key map, as the terminal would.
    mutating func type(_ state: inout AppState, _ keys: [Key]) {
        for key in keys {
            if let action = KeyMap.action(for: key, in: KeyMap.mode(state)) { send(&state, action) }
        }
    }

    mutating func type(_ state: inout AppState, _ text: String) {
        type(&state, text.map { Key.char($0) })
    }
}
