import Foundation
import Testing
@testable import AulaTUI

/// Compares a screen's plain text with `Snapshots/<name>.txt`. With AULA_UPDATE_SNAPSHOTS=1 the file is
/// written instead (review the diff before committing it).
func expectSnapshot(_ screen: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = screen.lines.joined(separator: "\n") + "\n"
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    if ProcessInfo.processInfo.environment["AULA_UPDATE_SNAPSHOTS"] == "1" {
        try! Data(text.utf8).write(to: file)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(file.path); run with AULA_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "screen differs from \(name).txt", sourceLocation: sourceLocation)
    for (i, line) in screen.lines.enumerated() {
        #expect(DisplayWidth.of(line) <= screen.width, "row \(i) is wider than the screen", sourceLocation: sourceLocation)
    }
}

import AulaCore
