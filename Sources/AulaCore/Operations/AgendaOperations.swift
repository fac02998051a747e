import Foundation

/// Stepping through the acara: start the next item (or item N), end the running one (or item N), go back one step,
/// add an item. The command line, the app's Acara tab and the projector all step through here.
public enum AgendaOperations {
    /// Starts the item after the last one started, ending whichever is running.
    public static func startNext(in session: Session, at now: Date, lang: Lang) throws(AulaError) -> Outcome {
        guard let next = session.nextItemToStart else {
            throw AulaError(id: "Semua acara sudah dimulai.", en: "Every agenda item has already started.")
        }
        return start(next, in: session, at: now, lang: lang)
    }

    /// Starts item `number` (1-based), ending whichever other item is running.
    public static func start(number: Int, in session: Session, at now: Date, lang: Lang) throws(AulaError) -> Outcome {
        start(try item(number, in: session), in: session, at: now, lang: lang)
    }

    /// Ends the running item.
    public static func endRunning(in session: Session, at now: Date, lang: Lang) throws(AulaError) -> Outcome {
        guard let running = session.runningItem else {
            throw AulaError(id: "Tidak ada acara yang sedang berjalan.", en: "No agenda item is running.")
        }
        return end(running, in: session, at: now, lang: lang)
    }

    /// Ends item `number`, which must be running.
    public static func end(number: Int, in session: Session, at now: Date, lang: Lang) throws(AulaError) -> Outcome {
        let item = try item(number, in: session)
        guard item.isRunning else {
            throw AulaError(id: "Acara \(number) tidak sedang berjalan.", en: "Item \(number) is not running.")
        }
        return end(item, in: session, at: now, lang: lang)
    }

    /// Ends item `number` at a time stated afterwards (minutes reconstructed from the notulis' paper): the item must
    /// have started, before that time; an item that has ended gets its end corrected.
    public static func end(number: Int, in session: Session, statedAt time: Date, lang: Lang) throws(AulaError) -> Outcome {
        let item = try item(number, in: session)
        guard let started = SessionClock.epochSeconds(ofISO: item.actualStart) else {
            throw AulaError(id: "Acara \(number) belum dimulai.", en: "Item \(number) has not started.")
        }
        guard time.timeIntervalSince1970 >= started else {
            let start = session.clock.clockTime(ofISO: item.actualStart) ?? ""
            let stated = ClockText.hoursMinutes(time, session.clock)
            throw AulaError(id: "Acara \(number) dimulai \(start); tidak bisa selesai \(stated).",
                            en: "Item \(number) started at \(start); it cannot end at \(stated).")
        }
        return end(item, in: session, at: time, lang: lang)
    }

    /// One step back: the latest started item returns to not started, and the one before it runs again.
    public static func back(in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        let agenda = session.agenda
        guard let last = agenda.lastIndex(where: { !$0.actualStart.isEmpty }), last > 0 else {
            throw AulaError(id: "Tidak ada acara sebelumnya.", en: "There is no earlier item.")
        }
        return Outcome([.agenda(id: agenda[last].id, fields: [.start: "", .end: ""]),
                        .agenda(id: agenda[last - 1].id, fields: [.end: ""])],
                       message: TextSanitizer.line(lang.t("Kembali ke: ", "Back to: ") + "\(last). \(agenda[last - 1].title)"))
    }

    /// Adds an item with id `id` at the end of the agenda. `plannedStart` is `HH:MM` or empty; `minutes` 1 to 1440.
    public static func add(id: String, title: String, speaker: String = "", plannedStart: String = "", minutes: Int? = nil,
                           in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        var fields = try checked(title: title, speaker: speaker, plannedStart: plannedStart, minutes: minutes)
        guard let cleanTitle = fields[.title] else { throw AulaError(id: "Nama acara wajib diisi.", en: "The item needs a title.") }
        if fields[.speaker] == "" { fields[.speaker] = nil }
        if fields[.plannedStart] == "" { fields[.plannedStart] = nil }
        return Outcome([.agenda(id: id, fields: fields)],
                       message: lang.t("Acara ditambahkan: ", "Item added: ") + "\(session.agenda.count + 1). \(cleanTitle)")
    }

    /// Changes what is given of item `number` (nil: left as it is; an empty speaker or planned start clears it).
    /// `started`/`ended` correct the actual times afterwards, `HH:MM` on the session's day ("" takes one back: an
    /// item without a start has no end either).
    public static func edit(number: Int, title: String? = nil, speaker: String? = nil, plannedStart: String? = nil,
                            minutes: Int? = nil, started: String? = nil, ended: String? = nil,
                            in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        let item = try item(number, in: session)
        if let title, TextSanitizer.line(title).isEmpty {
            throw AulaError(id: "Nama acara wajib diisi.", en: "The item needs a title.")
        }
        var fields = try checked(title: title, speaker: speaker, plannedStart: plannedStart, minutes: minutes)
        let start = try started.map { text throws(AulaError) in try actualTime(text, in: session) } ?? item.actualStart
        let end = try ended.map { text throws(AulaError) in try actualTime(text, in: session) } ?? item.actualEnd
        if !end.isEmpty {
            guard let from = SessionClock.epochSeconds(ofISO: start) else {
                throw AulaError(id: "Acara \(number) belum dimulai: isi jam mulai dulu.",
                                en: "Item \(number) has not started: give its start first.")
            }
            if let to = SessionClock.epochSeconds(ofISO: end), to < from {
                let shown = (session.clock.clockTime(ofISO: start) ?? "", session.clock.clockTime(ofISO: end) ?? "")
                throw AulaError(id: "Acara \(number) dimulai \(shown.0); tidak bisa selesai \(shown.1).",
                                en: "Item \(number) started at \(shown.0); it cannot end at \(shown.1).")
            }
        }
        if start != item.actualStart { fields[.start] = start }
        if end != item.actualEnd { fields[.end] = end }
        guard !fields.isEmpty else {
            throw AulaError(id: "Tidak ada yang diubah.", en: "Nothing to change.", remedy: .nameAnAgendaChange)
        }
        return Outcome([.agenda(id: item.id, fields: fields)],
                       message: TextSanitizer.line(lang.t("Acara diubah: ", "Item edited: ") + "\(number). " + (fields[.title] ?? item.title)))
    }

    /// An actual time stated as `HH:MM` on the session's day, as the log keeps it; "" stays "".
    private static func actualTime(_ text: String, in session: Session) throws(AulaError) -> String {
        if text.isEmpty { return "" }
        let time = try ClockTime.parsed(text)
        guard let instant = try? session.clock.instant(date: session.date, time: time.text) else { throw SessionDate.invalid(session.date) }
        return session.clock.iso(instant)
    }

    /// The fields given, cleaned and checked: a title without control characters, a time `HH:MM`, minutes 1 to 1440.
    private static func checked(title: String?, speaker: String?, plannedStart: String?,
                                minutes: Int?) throws(AulaError) -> ChangeFields<Change.AgendaField> {
        var fields: ChangeFields<Change.AgendaField> = [:]
        if let title, !TextSanitizer.line(title).isEmpty { fields[.title] = TextSanitizer.line(title) }
        if let speaker { fields[.speaker] = TextSanitizer.line(speaker) }
        if let plannedStart {
            if plannedStart.isEmpty {
                fields[.plannedStart] = ""
            } else {
                fields[.plannedStart] = try ClockTime.parsed(plannedStart).text
            }
        }
        if let minutes {
            guard (1...1440).contains(minutes) else {
                throw AulaError(id: "Menit: angka 1–1440.", en: "Minutes: a number 1–1440.")
            }
            fields[.minutes] = String(minutes)
        }
        return fields
    }

    /// Item `number` (1-based), or an error that says how many there are.
    public static func item(_ number: Int, in session: Session) throws(AulaError) -> AgendaItem {
        guard number >= 1, number <= session.agenda.count else {
            throw AulaError(id: "Tidak ada acara nomor \(number) (ada \(session.agenda.count)).",
                            en: "There is no agenda item \(number) (there are \(session.agenda.count)).", remedy: .listAgenda)
        }
        return session.agenda[number - 1]
    }

    private static func start(_ item: AgendaItem, in session: Session, at now: Date, lang: Lang) -> Outcome {
        let time = session.clock.iso(now)
        let others = session.agenda.filter { $0.isRunning && $0.id != item.id }.map { Change.agenda(id: $0.id, fields: [.end: time]) }
        return Outcome(others + [.agenda(id: item.id, fields: [.start: time, .end: ""])],
                       message: announce(lang.t("Dimulai: ", "Started: "), item, at: now, in: session))
    }

    private static func end(_ item: AgendaItem, in session: Session, at now: Date, lang: Lang) -> Outcome {
        Outcome([.agenda(id: item.id, fields: [.end: session.clock.iso(now)])],
                message: announce(lang.t("Selesai: ", "Ended: "), item, at: now, in: session))
    }

    /// "Dimulai: 2. Pembukaan 09:02 WITA".
    private static func announce(_ what: String, _ item: AgendaItem, at now: Date, in session: Session) -> String {
        TextSanitizer.line(what + "\(item.number). \(item.title) " + ClockText.hoursMinutes(now, session.clock)
                           + " \(session.clock.abbreviation)")
    }
}

extension Session {
    /// The item after the last one started: what "start the next item" starts, and what the projector shows next.
    public var nextItemToStart: AgendaItem? {
        let last = agenda.lastIndex { !$0.actualStart.isEmpty } ?? -1
        return last + 1 < agenda.count ? agenda[last + 1] : nil
    }
}
