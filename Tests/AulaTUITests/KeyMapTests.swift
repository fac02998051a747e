import AulaCore
import Foundation
import Testing
@testable import AulaTUI

/// The key table is the one source of keys, hints and help: a key that does something is listed.
@Suite struct KeyMapTests {
    static let keys: [Key] = "abcdefghijklmnopqrstuvwxyz0123456789".map { Key.char($0) }
        + "abcdefghijklmnopqrstuvwxyz".map { Key.ctrl($0) } + (1...12).map { Key.function($0) }
        + [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]

    /// Typing and deleting what was typed are not listed key by key.
    static func isTyping(_ action: Action) -> Bool {
        switch action {
        case .searchType, .formType, .editorType, .directoryType, .searchBackspace, .formBackspace, .formDelete, .editorBackspace, .editorDelete,
             .directoryBackspace:
            return true
        default:
            return false
        }
    }

    /// The whole key names a help line shows: its words, with a run of arrows ("↑↓←→") as one name per arrow.
    static func names(in displays: [String]) -> Set<String> {
        var names = Set<String>()
        for word in displays.flatMap({ $0.split(separator: " ") }) {
            if word.allSatisfy({ "↑↓←→".contains($0) }) { names.formUnion(word.map(String.init)) } else { names.insert(String(word)) }
        }
        return names
    }

    @Test func helpNamesAreComparedWhole() {
        // "b" is not listed by "Tab", nor "Home" by "Home/End"-like neighbours: only whole names count.
        #expect(!Self.names(in: ["Tab", "⇧Tab"]).contains("b"))
        #expect(Self.names(in: ["↑↓←→ PgUp PgDn"]) == ["↑", "↓", "←", "→", "PgUp", "PgDn"])
    }

    @Test func everyKeyThatActsIsInTheHelp() {
        let everywhere = KeyMap.globalHelp(.id).map(\.0)
        for mode in KeyMap.Mode.allCases {
            let displays = KeyMap.help(mode, .id).map(\.0) + everywhere
            let listed = Self.names(in: displays)
            for key in Self.keys {
                guard let action = KeyMap.action(for: key, in: mode), !Self.isTyping(action) else { continue }
                if case .selectTab = action, listed.contains("1-4") { continue }
                #expect(listed.contains(KeyMap.name(key)), "\(mode): \(KeyMap.name(key)) does \(action) but help does not list it")
            }
        }
    }

    @Test func theHelpNamesEveryKeyOfAnAction() {
        let acara = Dictionary(uniqueKeysWithValues: KeyMap.help(.acara, .id).map { ($0.1, $0.0) })
        #expect(acara["mulai berikutnya"] == "n s")
        #expect(acara["notulen"] == "Enter c")
        #expect(Dictionary(uniqueKeysWithValues: KeyMap.help(.materi, .en).map { ($0.1, $0.0) })["open"] == "Enter o r")
    }

    @Test func theBottomBarShowsOnlyKeysThatWorkThere() {
        #expect(KeyMap.hints(.form, .id).map(\.0) == ["^Q", "Enter", "↑↓", "Esc"])
        #expect(KeyMap.hints(.hadir, .id).prefix(3).map(\.0) == ["F1", "^Q", "a-z 0-9"])
        for mode in KeyMap.Mode.allCases {
            for (key, _) in KeyMap.hints(mode, .id) where !key.contains(" ") && !key.contains("↑↓") && key != "a-z" {
                let works = Self.keys.contains { KeyMap.name($0) == key && KeyMap.action(for: $0, in: mode) != nil }
                #expect(works, "\(mode): the bar shows \(key), which does nothing there")
            }
        }
    }

    @Test func theReadmesKeyTableIsTheAppsKeyTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let open = try #require(text.range(of: "swift test --filter KeyMapTests rewrites it -->\n"))
        let close = try #require(text.range(of: "<!-- /keys -->"))
        let table = KeyTable.markdown() + "\n"
        if ProcessInfo.processInfo.environment["AULA_UPDATE_SNAPSHOTS"] == "1" {
            try (text[..<open.upperBound] + table + text[close.lowerBound...]).write(to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[open.upperBound..<close.lowerBound]) == table)
    }
}
