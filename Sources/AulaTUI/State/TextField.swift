/// A one-line text field with a cursor (counted in characters).
public struct TextField: Equatable, Sendable {
    public var text: String
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    mutating func insert(_ c: Character) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(c, at: index)
        cursor += 1
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    mutating func move(_ delta: Int) { cursor = min(max(0, cursor + delta), text.count) }
    mutating func home() { cursor = 0 }
    mutating func end() { cursor = text.count }
}
