import AulaCore
import Foundation
import Testing
@testable import AulaTUI

@Suite struct EditorWrapTests {
    @Test func aLongLineWrapsAtASpaceAndTheCursorStaysOnScreen() {
        let fixture = Fixture()
        var state = fixture.state(size: Size(width: 80, height: 24))
        fixture.send(&state, .selectTab(.acara))
        fixture.send(&state, .editNotes)
        let words = (1...30).map { "kata\($0)" }.joined(separator: " ")
        for character in words { fixture.send(&state, .editorType(character)) }
        #expect(state.editor != nil)
        let lines = AppView.render(state).lines
        let body = lines.filter { $0.contains("kata") }
        // Every word whole on some line, the line broken between words, the last word (at the cursor) shown.
        #expect(body.count > 1)
        for word in words.split(separator: " ") { #expect(body.contains { $0.contains(" \(word) ") || $0.contains(" \(word)") }) }
        #expect(body.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(EditorView.segments(Array("abc def ghi"), width: 6).map { "\($0.0)-\($0.1)" } == ["0-4", "4-8", "8-11"])
        #expect(EditorView.segments(Array("abcdefghij"), width: 4).map { "\($0.0)-\($0.1)" } == ["0-4", "4-8", "8-10"])
    }
}
