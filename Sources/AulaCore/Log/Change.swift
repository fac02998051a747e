/// What an event changes. Every change that sets fields is an upsert: the first event for an id creates
/// the thing, later ones overwrite only the fields they carry (the later event wins a field). The rare changes with
/// large payloads (a material, a photo, a rate, a question) are boxed, so that every event of a 100,000-seat log is
/// not as large as the largest.
public enum Change: Equatable, Sendable {
    /// Session details; only the fields present are set.
    case session(ChangeFields<SessionField>)
    /// A roster seat: created on first sight, else the given fields are set. `invited` is kept from the first event.
    case attendee(id: String, fields: ChangeFields<AttendeeField>, invited: Bool?)
    /// Attendance of a seat. `time` is the time the user stated (empty: the event's own time).
    case checkIn(attendee: String, status: AttendanceStatus, standIn: String, standInJabatan: String, time: String, reason: String = "")
    /// An agenda item: created on first sight, else the given fields are set.
    case agenda(id: String, fields: ChangeFields<AgendaField>)
    /// A material attached to an agenda item.
    indirect case material(Material)
    /// A photo of the event was added (or its caption changed: the same photo again).
    indirect case photo(Photo)
    /// Someone serving the session in a role (narasumber, moderator, pembawa acara, panitia): created on first sight,
    /// else the given fields are set.
    case person(id: String, fields: ChangeFields<PersonField>)
    /// A payment rate (the same kind and target again replaces it; amount 0 takes it back).
    indirect case rate(PaymentRate)
    /// A PPh 21 rate for a group ("III", "non-pns"), in basis points.
    case tax(group: String, basisPoints: Int)
    /// A notulen paragraph (same id again replaces the text).
    case note(id: String, item: String, text: String)
    /// A question from the floor (same id again replaces it, e.g. when the answer is added).
    indirect case question(id: String, item: String, askerId: String, asker: String, text: String, answer: String)
    /// Cancels an earlier event of the same desk.
    case undo(target: String)
    /// An office's directory forgets a person (UU PDP): a tombstone, so that no copy of the log brings them back.
    case forget(person: String)
    /// An office's index of its sessions: one session folder, where it is, its title and date.
    case indexed(session: String, path: String, title: String, date: String)
    /// The first line of every desk file: which session the file belongs to (its id, made when the session was
    /// created, with its title and date to name it by), and whether this desk created it (the session's details
    /// follow in the next line). Desk files of another session are refused by it.
    case join(session: String, title: String, date: String, creates: Bool)

    /// Session fields an event can set.
    public enum SessionField: String, CaseIterable, Sendable {
        case title, date, start, venue, organizer, timeZone, chair, notulis
        case letterhead, place, chairNip, notulisNip, official, officialTitle, officialNip
        case background, purpose, scope, basis, conclusion, followUp, obstacles, suggestions
        case paperSize, logo
        case letterNumber, letterNature, letterDate, copiesTo
        case end
        case commitmentOfficer, commitmentOfficerNip, treasurer, treasurerNip, budgetUser, budgetUserNip
        case fiscalYear, subActivity, accountCode, dpaNumber, amountInWords, stampDuty
        /// The undangan as first made for sending (`filed/<sha256>.json`) and when.
        case filedInvitation, filedInvitationAt
        /// Whether PPh 21 is withheld from the peserta's uang transport and uang saku ("ya"; empty: not).
        case taxTransport, taxPocketMoney
        /// The NPWP or NIK the bukti potong is signed with (the bendahara's); the berkas's parts in the office's order.
        case withholderID, filingOrder
        /// The Pejabat Pelaksana Teknis Kegiatan, who signs each kuitansi "Mengetahui" where the office uses one.
        case technicalOfficer, technicalOfficerNip
        /// The office's address, printed as the kop's last line when the kop does not already carry it.
        case address

        /// Where the field lives in the session.
        public var keyPath: WritableKeyPath<Session, String> {
            switch self {
            case .title: return \.title
            case .date: return \.date
            case .start: return \.start
            case .end: return \.end
            case .venue: return \.venue
            case .organizer: return \.organizer
            case .timeZone: return \.timeZone
            case .chair: return \.chair
            case .notulis: return \.notulis
            case .letterhead: return \.papers.letterhead
            case .place: return \.papers.place
            case .chairNip: return \.papers.chairNip
            case .notulisNip: return \.papers.notulisNip
            case .official: return \.papers.official
            case .officialTitle: return \.papers.officialTitle
            case .officialNip: return \.papers.officialNip
            case .background: return \.papers.background
            case .purpose: return \.papers.purpose
            case .scope: return \.papers.scope
            case .basis: return \.papers.basis
            case .conclusion: return \.papers.conclusion
            case .followUp: return \.papers.followUp
            case .obstacles: return \.papers.obstacles
            case .suggestions: return \.papers.suggestions
            case .paperSize: return \.papers.paperSize
            case .logo: return \.papers.logo
            case .letterNumber: return \.papers.letterNumber
            case .letterNature: return \.papers.letterNature
            case .letterDate: return \.papers.letterDate
            case .copiesTo: return \.papers.copiesTo
            case .commitmentOfficer: return \.papers.commitmentOfficer
            case .commitmentOfficerNip: return \.papers.commitmentOfficerNip
            case .treasurer: return \.papers.treasurer
            case .treasurerNip: return \.papers.treasurerNip
            case .budgetUser: return \.papers.budgetUser
            case .budgetUserNip: return \.papers.budgetUserNip
            case .fiscalYear: return \.papers.fiscalYear
            case .subActivity: return \.papers.subActivity
            case .accountCode: return \.papers.accountCode
            case .dpaNumber: return \.papers.dpaNumber
            case .amountInWords: return \.papers.amountInWords
            case .stampDuty: return \.papers.stampDuty
            case .filedInvitation: return \.papers.filedInvitation
            case .filedInvitationAt: return \.papers.filedInvitationAt
            case .taxTransport: return \.papers.taxTransport
            case .taxPocketMoney: return \.papers.taxPocketMoney
            case .withholderID: return \.papers.withholderID
            case .filingOrder: return \.papers.filingOrder
            case .technicalOfficer: return \.papers.technicalOfficer
            case .technicalOfficerNip: return \.papers.technicalOfficerNip
            case .address: return \.papers.address
            }
        }
    }
    /// Fields of a person serving the session.
    public enum PersonField: String, CaseIterable, Sendable {
        case role, name, nip, golongan, pangkat, jabatan, instansi, status, npwp, nik, address, bank, account
        /// In an office's directory: the phone, the roster seat the person holds ("Kepala Desa Tohe"), and the date and
        /// session they were last seen at.
        case phone, seat, seenOn, seenAt
    }

    /// Attendee fields an event can set.
    public enum AttendeeField: String, CaseIterable, Sendable {
        case jabatan, unit, kecamatan, name, phone, kode
        /// For the money papers: the person's NIP, pangkat/golongan and NPWP.
        case nip, golongan, npwp
        /// A walk-in's number, fixed by the desk that added it (see `WalkInNumber`); never set on an invited seat.
        case number

        /// The field's name as a user reads it in history and messages.
        public func label(_ lang: Lang) -> String {
            switch self {
            case .jabatan: return "jabatan"
            case .unit: return lang.t("unit", "unit")
            case .kecamatan: return "kecamatan"
            case .name: return lang.t("nama", "name")
            case .phone: return lang.t("no HP", "phone")
            case .kode: return lang.t("kode wilayah", "region code")
            case .nip: return "NIP"
            case .golongan: return "golongan"
            case .npwp: return "NPWP"
            case .number: return lang.t("nomor", "number")
            }
        }

        /// Where the field lives on a seat.
        public var keyPath: WritableKeyPath<Attendee, String> {
            switch self {
            case .jabatan: return \.jabatan
            case .unit: return \.unit
            case .kecamatan: return \.kecamatan
            case .name: return \.name
            case .phone: return \.phone
            case .kode: return \.kode
            case .nip: return \.nip
            case .golongan: return \.golongan
            case .npwp: return \.npwp
            case .number: return \.numberText
            }
        }
    }
    /// Agenda fields an event can set (`minutes` as decimal text; `start`/`end` are actual ISO times; `position` the
    /// item's place in the acara as decimal text, set for every item when one is moved; `removed` "1" when taken
    /// out of the acara, "" when put back).
    public enum AgendaField: String, CaseIterable, Sendable {
        case title, speaker, plannedStart, minutes, start, end, position, removed
    }

    /// The `type` written in the line.
    public var type: String {
        switch self {
        case .session: return "session"
        case .attendee: return "attendee"
        case .checkIn: return "checkIn"
        case .agenda: return "agenda"
        case .person: return "person"
        case .material: return "material"
        case .photo: return "photo"
        case .rate: return "rate"
        case .tax: return "tax"
        case .note: return "note"
        case .question: return "question"
        case .undo: return "undo"
        case .join: return "join"
        case .forget: return "forget"
        case .indexed: return "index"
        }
    }

    /// The change's own fields (the line without its header).
    public var fields: [String: FlatValue] {
        switch self {
        case .session(let values):
            return Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, .string($0.value)) })
        case .attendee(let id, let values, let invited):
            var f = Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, FlatValue.string($0.value)) })
            f["attendee"] = .string(id)
            if let invited { f["invited"] = .bool(invited) }
            return f
        case .checkIn(let attendee, let status, let standIn, let standInJabatan, let time, let reason):
            var f: [String: FlatValue] = ["attendee": .string(attendee), "status": .string(status.rawValue)]
            if !reason.isEmpty { f["reason"] = .string(reason) }
            if !standIn.isEmpty { f["standIn"] = .string(standIn) }
            if !standInJabatan.isEmpty { f["standInJabatan"] = .string(standInJabatan) }
            if !time.isEmpty { f["time"] = .string(time) }
            return f
        case .agenda(let id, let values):
            var f = Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, FlatValue.string($0.value)) })
            f["item"] = .string(id)
            return f
        case .material(let m):
            return ["sha256": .string(m.sha256), "item": .string(m.item), "title": .string(m.title),
                    "fileName": .string(m.fileName), "storedPath": .string(m.storedPath), "size": .int(m.size)]
        case .photo(let p):
            return ["sha256": .string(p.sha256), "caption": .string(p.caption), "fileName": .string(p.fileName),
                    "storedPath": .string(p.storedPath), "size": .int(p.size)]
        case .person(let id, let values):
            var f = Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, FlatValue.string($0.value)) })
            f["person"] = .string(id)
            return f
        case .rate(let r):
            var f: [String: FlatValue] = ["kind": .string(r.kind.rawValue), "target": .string(r.target.parts.0), "key": .string(r.target.parts.1),
                                 "amount": .int(r.amount), "hours": .int(r.hours), "golongan": .string(r.golongan)]
            if !r.person.isEmpty { f["person"] = .string(r.person) }
            if !r.accountCode.isEmpty { f["accountCode"] = .string(r.accountCode) }
            return f
        case .tax(let group, let basisPoints):
            return ["group": .string(group), "basisPoints": .int(basisPoints)]
        case .note(let id, let item, let text):
            return ["note": .string(id), "item": .string(item), "text": .string(text)]
        case .question(let id, let item, let askerId, let asker, let text, let answer):
            return ["question": .string(id), "item": .string(item), "askerId": .string(askerId),
                    "asker": .string(asker), "text": .string(text), "answer": .string(answer)]
        case .undo(let target):
            return ["target": .string(target)]
        case .join(let session, let title, let date, let creates):
            return ["session": .string(session), "title": .string(title), "date": .string(date), "creates": .bool(creates)]
        case .forget(let person):
            return ["person": .string(person)]
        case .indexed(let session, let path, let title, let date):
            return ["session": .string(session), "path": .string(path), "title": .string(title), "date": .string(date)]
        }
    }

    /// Reads a change from a parsed line (header keys included); unknown extra fields are ignored (newer writers may add some).
    public init(type: String, fields f: FlatObject) throws(EventFormatError) {
        func text(_ key: String) throws(EventFormatError) -> String {
            guard let value = f[key] else { throw EventFormatError("\(type) event without \"\(key)\"") }
            guard let s = value.string else { throw EventFormatError("\"\(key)\" must be a string") }
            return s
        }
        func optionalText(_ key: String) throws(EventFormatError) -> String {
            f[key] == nil || f[key] == .null ? "" : try text(key)
        }
        func present<K: CaseIterable>(_: K.Type) throws(EventFormatError) -> ChangeFields<K> {
            let keys = K.allCases.filter { f[$0.rawValue] != nil && f[$0.rawValue] != .null }
            var out = ChangeFields<K>(capacity: keys.count)
            for key in keys { out[key] = try text(key.rawValue) }
            return out
        }
        switch type {
        case "session":
            self = .session(try present(SessionField.self))
        case "attendee":
            let invited: Bool?
            switch f["invited"] {
            case nil, .null?: invited = nil
            case .bool(let b)?: invited = b
            default: throw EventFormatError("\"invited\" must be true or false")
            }
            self = .attendee(id: try text("attendee"), fields: try present(AttendeeField.self), invited: invited)
        case "checkIn":
            let raw = try text("status")
            guard let status = AttendanceStatus(rawValue: raw) else { throw EventFormatError("unknown status \"\(raw)\"") }
            self = .checkIn(attendee: try text("attendee"), status: status, standIn: try optionalText("standIn"),
                            standInJabatan: try optionalText("standInJabatan"), time: try optionalText("time"),
                            reason: try optionalText("reason"))
        case "agenda":
            self = .agenda(id: try text("item"), fields: try present(AgendaField.self))
        case "person":
            self = .person(id: try text("person"), fields: try present(PersonField.self))
        case "material":
            guard let size = f["size"]?.int, size >= 0 else { throw EventFormatError("material event without a valid \"size\"") }
            let stored = try text("storedPath")
            // The copy lives in the session's materials/ folder; a path leading anywhere else is never opened.
            guard Material.isStoredPath(stored) else {
                throw EventFormatError("\"storedPath\" must name a file in materials/ (letters, digits, one dot)")
            }
            self = .material(Material(sha256: try text("sha256"), item: try text("item"), title: try optionalText("title"),
                                      fileName: try optionalText("fileName"), storedPath: stored, size: size))
        case "photo":
            guard let size = f["size"]?.int, size >= 0 else { throw EventFormatError("photo event without a valid \"size\"") }
            let stored = try text("storedPath")
            guard StoredFile.isStoredPath(stored, in: Photo.folder) else {
                throw EventFormatError("\"storedPath\" must name a file in photos/ (letters, digits, one dot)")
            }
            self = .photo(Photo(sha256: try text("sha256"), caption: try optionalText("caption"),
                                fileName: try optionalText("fileName"), storedPath: stored, size: size))
        case "rate":
            guard let kind = PaymentRate.Kind(rawValue: try text("kind")),
                  let target = PaymentRate.Target(try text("target"), try text("key")) else {
                throw EventFormatError("rate event with an unknown \"kind\" or \"target\"")
            }
            guard let amount = f["amount"]?.int, (0...Rupiah.mostPerPerson).contains(amount),
                  let hours = f["hours"]?.int, (1...100).contains(hours) else {
                throw EventFormatError("rate event without a valid \"amount\" and \"hours\"")
            }
            var rate = PaymentRate(kind: kind, target: target, amount: amount, hours: hours, golongan: try optionalText("golongan"),
                                   person: try optionalText("person"))
            rate.accountCode = try optionalText("accountCode")
            self = .rate(rate)
        case "tax":
            guard let basisPoints = f["basisPoints"]?.int, (0...10_000).contains(basisPoints) else {
                throw EventFormatError("tax event without a valid \"basisPoints\"")
            }
            let group = try text("group")
            guard TaxRules.Group(key: group) != nil else { throw EventFormatError("tax event with an unknown \"group\"") }
            self = .tax(group: group, basisPoints: basisPoints)
        case "note":
            self = .note(id: try text("note"), item: try text("item"), text: try text("text"))
        case "question":
            self = .question(id: try text("question"), item: try text("item"), askerId: try optionalText("askerId"),
                             asker: try optionalText("asker"), text: try text("text"), answer: try optionalText("answer"))
        case "undo":
            self = .undo(target: try text("target"))
        case "join":
            guard case .bool(let creates)? = f["creates"] else { throw EventFormatError("join event without \"creates\"") }
            let session = try text("session")
            guard !session.isEmpty else { throw EventFormatError("join event with an empty \"session\"") }
            self = .join(session: session, title: try optionalText("title"), date: try optionalText("date"), creates: creates)
        case "forget":
            self = .forget(person: try text("person"))
        case "index":
            self = .indexed(session: try text("session"), path: try text("path"), title: try optionalText("title"),
                            date: try optionalText("date"))
        default:
            throw EventFormatError("unknown event type \"\(type)\"")
        }
    }
}
