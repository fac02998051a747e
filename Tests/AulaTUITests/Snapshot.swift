import Foundation
import Testing
@testable import AulaTUI

/// Compares a screen with `Snapshots/<name>.txt` (its text) and `Snapshots/<name>.styles.txt` (its styles, one
/// letter a cell, as ratatui's buffer tests compare both). With AULA_UPDATE_SNAPSHOTS=1 the files are written instead
/// (review the diff before committing them).
func expectSnapshot(_ screen: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    for (file, text) in [("\(name).txt", screen.lines.joined(separator: "\n") + "\n"), ("\(name).styles.txt", styleMap(screen))] {
        let url = folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["AULA_UPDATE_SNAPSHOTS"] == "1" {
            try! Data(text.utf8).write(to: url)
            continue
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(url.path); run with AULA_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            continue
        }
        #expect(text == expected, "screen differs from \(file)", sourceLocation: sourceLocation)
    }
    for (i, line) in screen.lines.enumerated() {
        #expect(DisplayWidth.of(line) <= screen.width, "row \(i) is wider than the screen", sourceLocation: sourceLocation)
    }
}

/// The screen's styles as text: a legend naming each style used (a letter each, in the order first met; "." is
/// plain), then one row of letters per screen row.
func styleMap(_ screen: ScreenBuffer) -> String {
    var letters: [Style: Character] = [.plain: "."]
    var legend: [String] = []
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    var rows: [String] = []
    for y in 0..<screen.height {
        var row = ""
        for x in 0..<screen.width {
            let style = screen.cells[y * screen.width + x].style
            if letters[style] == nil {
                let letter = alphabet[min(letters.count - 1, alphabet.count - 1)]
                letters[style] = letter
                let parts = [style.bold ? "bold" : nil, style.reverse ? "reverse" : nil, style.underline ? "underline" : nil,
                             style.role == .normal ? nil : "\(style.role)"].compactMap { $0 }
                legend.append("\(letter) = \(parts.joined(separator: " "))")
            }
            row.append(letters[style]!)
        }
        rows.append(row)
    }
    return (legend + ["---"] + rows).joined(separator: "\n") + "\n"
}

import AulaCore
