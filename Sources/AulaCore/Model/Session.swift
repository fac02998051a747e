import Foundation

/// A sosialisasi session as the log says it is now: what, when, where, who, and what happened.
public struct Session: Codable, Equatable, Sendable {
    /// Made when the session is created and written first in every desk file, so that a desk file or a copy of
    /// another session is refused, not merged. Empty for sessions made before it existed.
    public var id = ""
    /// "Rapat Koordinasi dan Sosialisasi Pembentukan KIM".
    public var title = ""
    /// Local date, `yyyy-MM-dd`.
    public var date = ""
    /// Planned start, `HH:MM` in the session's zone.
    public var start = ""
    /// Planned end, `HH:MM`; empty: "s.d. selesai".
    public var end = ""
    /// "Aula Kantor Bupati Belu Lt. I".
    public var venue = ""
    /// The organising office ("Dinas Komunikasi dan Informatika Kabupaten Belu").
    public var organizer = ""
    /// IANA time zone of the session; Belu is Asia/Makassar (WITA).
    public var timeZone = Session.defaultTimeZone
    /// Who chairs the meeting (pimpinan rapat).
    public var chair = ""
    /// Who takes the minutes (notulis).
    public var notulis = ""
    /// What the printed papers need beyond the meeting itself (letterhead, signatories, narrative).
    public var papers = PaperDetails()
    /// Every payment rate set, in the order set (with desk and time); the latest for a kind and target holds.
    public var rates: [PaymentRate] = []
    /// PPh 21 rates changed for this session, in basis points by group ("III", "non-pns").
    public var taxOverrides: [String: Int] = [:]
    /// The roster, in row order.
    public var attendees = Roster()
    /// Walk-in numbers that were given and then undone: never given again, so a printed code never names another.
    public var retiredNumbers: Set<Int> = []
    /// The acara, in order.
    public var agenda: [AgendaItem] = []
    /// Items taken out of the acara (`aula agenda remove`), kept so that history and undo can name them.
    public var removedAgenda: [AgendaItem] = []
    /// Speakers' files.
    public var materials: [Material] = []
    /// Photos of the event, in the order added.
    public var photos: [Photo] = []
    /// The notulen, in the order written.
    public var notes: [Note] = []
    /// Questions from the floor, in the order asked.
    public var questions: [Question] = []
    /// Who serves the session in a role of their own (narasumber, moderator, pembawa acara, panitia): not invitees.
    public var people: [Person] = []
    /// An office's log only (not exported): the sessions it knows of, and the people its directory has forgotten
    /// (never brought back).
    public var index: [IndexedSession] = []
    public var forgotten: Set<String> = []
    /// Which fold made this session and how many times it changed the roster's words (a seat added or edited, a
    /// stand-in named): the same version means the same words, so the app keeps its search index without comparing
    /// 100,000 seats (not exported).
    public var rosterWords = RosterWordsVersion()
    /// Where each seat is in `attendees`, by id, kept by the fold (not exported).
    public var seatPositions = SeatPositions()
    /// Each desk's latest event, when that desk's clock wrote it (ISO 8601): what tells a laptop whose clock is wrong.
    /// Read from the logs each time; not part of the session as exported.
    public var lastEventAt: [String: String] = [:]

    /// The session as exported (`aula export`): everything but what is only about the desks' clocks.
    enum CodingKeys: String, CodingKey {
        case id, title, date, start, end, venue, organizer, timeZone, chair, notulis, papers, rates, taxOverrides, attendees
        case retiredNumbers, agenda, removedAgenda, materials, photos, notes, questions, people
    }

    /// WITA, the zone of Kabupaten Belu.
    public static let defaultTimeZone = "Asia/Makassar"

    /// Creates an empty session.
    public init() {}

    /// The session's clock (falls back to WITA if the stored zone is unknown to this machine).
    public var clock: SessionClock {
        (try? SessionClock(zoneIdentifier: timeZone)) ?? SessionClock(zone: TimeZone(identifier: Session.defaultTimeZone)!)
    }

    /// The attendee with this id.
    public func attendee(id: String) -> Attendee? {
        position(of: id).map { attendees[$0] }
    }

    /// The index of the seat `id` in `attendees`: at once from the fold's positions, else (a session put together by
    /// hand) by looking.
    public func position(of id: String) -> Int? {
        if let known = seatPositions.byID[id], attendees.indices.contains(known), attendees[known].id == id { return known }
        return attendees.firstIndex { $0.id == id }
    }

    /// The agenda item that is running now, if any.
    public var runningItem: AgendaItem? { agenda.last { $0.isRunning } }
}

/// One session an office knows of: its id, its folder, its title and date.
public struct IndexedSession: Codable, Equatable, Sendable {
    public var id: String
    public var path: String
    public var title: String
    public var date: String

    public init(id: String, path: String, title: String, date: String) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
    }
}

/// The version of a roster's words: the fold that made it (a fresh fold, after an undo, is another) and its count
/// of changes to them. It says nothing of the session's content: two sessions are equal whatever their versions
/// (`==` always holds); `same(as:)` compares versions.
public struct RosterWordsVersion: Equatable, Sendable {
    public var fold: UInt64 = 0
    public var changes = 0

    public init() {}

    /// Whether both come from one fold with no change to the words between them.
    public func same(as other: RosterWordsVersion) -> Bool { fold == other.fold && changes == other.changes }

    public static func == (_: RosterWordsVersion, _: RosterWordsVersion) -> Bool { true }
}

/// Where each seat is in a session's roster, by id: derived from the roster, so it never makes two sessions unequal
/// (`==` always holds).
public struct SeatPositions: Equatable, Sendable {
    public var byID: [String: Int] = [:]

    public init() {}

    public static func == (_: SeatPositions, _: SeatPositions) -> Bool { true }
}
