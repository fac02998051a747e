import AulaCore

/// A multi-line editor: the notulen of an agenda item, or a session field the papers print (kesimpulan, ...).
public struct NoteEditor: Equatable, Sendable {
    /// What the text is saved as.
    public enum Target: Equatable, Sendable {
        /// A note on an agenda item (a new id when the item had none).
        case note(item: String, id: String)
        /// A session field such as kesimpulan or tindak lanjut.
        case field(Change.SessionField)
    }

    /// What the text is saved as.
    public var target: Target
    /// The text, one entry per line.
    public var lines: [[Character]]
    public var row = 0
    public var column = 0
    /// The text when the editor opened, to know whether closing would lose anything.
    public var original: String
    /// Set by a first Esc on changed text: a second Esc discards.
    public var confirmDiscard = false

    public init(target: Target, text: String) {
        self.target = target
        original = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    /// The text as one string.
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// True when the text differs from what was saved.
    public var isModified: Bool { text != original }

    mutating func insert(_ c: Character) {
        lines[row].insert(c, at: column)
        column += 1
    }

    mutating func newline() {
        let rest = Array(lines[row][column...])
        lines[row].removeSubrange(column...)
        lines.insert(rest, at: row + 1)
        row += 1
        column = 0
    }

    mutating func backspace() {
        if column > 0 {
            lines[row].remove(at: column - 1)
            column -= 1
        } else if row > 0 {
            column = lines[row - 1].count
            lines[row - 1] += lines[row]
            lines.remove(at: row)
            row -= 1
        }
    }

    mutating func deleteForward() {
        if column < lines[row].count {
            lines[row].remove(at: column)
        } else if row + 1 < lines.count {
            lines[row] += lines[row + 1]
            lines.remove(at: row + 1)
        }
    }

    mutating func move(rows: Int, columns: Int) {
        if columns != 0 {
            if columns < 0 && column == 0 && row > 0 {
                row -= 1
                column = lines[row].count
            } else if columns > 0 && column == lines[row].count && row + 1 < lines.count {
                row += 1
                column = 0
            } else {
                column = min(max(0, column + columns), lines[row].count)
            }
        }
        if rows != 0 {
            row = min(max(0, row + rows), lines.count - 1)
            column = min(column, lines[row].count)
        }
    }

    mutating func home() { column = 0 }
    mutating func end() { column = lines[row].count }
}
