import AulaCore

/// The start screen: the office's recent sessions (title, date, invited and present), to open one or make a new one
/// from it (`aula new --from` in a form), or the demo. A value with a pure update, like the app.
public struct StartScreen: Equatable, Sendable {
    /// One session the office lists.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var title: String
        public var date: String
        /// Nil when its folder cannot be read now.
        public var invited: Int?
        public var present: Int?

        public init(path: String, title: String, date: String, invited: Int?, present: Int?) {
            self.path = path
            self.title = title
            self.date = date
            self.invited = invited
            self.present = present
        }
    }

    /// What the shell does next.
    public enum Outcome: Equatable, Sendable {
        case open(path: String)
        /// A new session folder `dir` made from the session at `path`, with a new title and date.
        case copy(path: String, dir: String, title: String, date: String)
        case demo
        case quit
    }

    public var office: String
    /// Most recent first.
    public var entries: [Entry]
    public var selected = 0
    /// The copy form: folder, judul, tanggal; nil while choosing.
    public var form: [TextField]?
    public var focus = 0
    public var message: String?
    public var lang: Lang
    public var size: Size

    public init(office: String, entries: [Entry], lang: Lang, size: Size) {
        self.office = office
        self.entries = entries.sorted { ($0.date, $0.title) > ($1.date, $1.title) }
        self.lang = lang
        self.size = size
    }

    /// Applies a key; returns what to do when the screen is done.
    public mutating func update(_ key: Key) -> Outcome? {
        message = nil
        if key == .resize { return nil }
        guard var fields = form else {
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(max(0, entries.count - 1), selected + 1)
            case .home: selected = 0
            case .end: selected = max(0, entries.count - 1)
            case .enter: return entries.indices.contains(selected) ? .open(path: entries[selected].path) : nil
            case .char("c"), .char("C"):
                guard entries.indices.contains(selected) else { return nil }
                let source = entries[selected]
                form = [TextField(""), TextField(source.title), TextField("")]
                focus = 0
            case .char("d"), .char("D"): return .demo
            case .char("q"), .char("Q"), .ctrl("q"), .escape: return .quit
            default: break
            }
            return nil
        }
        switch key {
        case .escape: form = nil
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        case .char(let c): fields[focus].insert(c)
        case .backspace: fields[focus].backspace()
        case .delete: fields[focus].deleteForward()
        case .left: fields[focus].move(-1)
        case .right: fields[focus].move(1)
        case .home: fields[focus].home()
        case .end: fields[focus].end()
        case .enter:
            let values = fields.map { TextSanitizer.line($0.text) }
            guard !values[0].isEmpty, !values[1].isEmpty else {
                message = lang.t("Isi folder dan judul.", "Give the folder and the title.")
                return nil
            }
            guard SessionClock.parseDate(values[2]) != nil else {
                message = lang.t("Tanggal: TTTT-BB-HH, misalnya 2025-06-12.", "Date: YYYY-MM-DD, for example 2025-06-12.")
                return nil
            }
            return .copy(path: entries[selected].path, dir: values[0], title: values[1], date: values[2])
        default: break
        }
        if form != nil { form = fields }
        return nil
    }
}
