import AulaCore

/// The README's table of keys, generated from `KeyMap` as F1 help is: a key cannot be listed there without working,
/// nor work without being listed (a test compares the README with this).
public enum KeyTable {
    /// The modes as the README names them, in its order.
    static let sections: [(name: String, mode: KeyMap.Mode)] = [
        ("Hadir", .hadir), ("Acara", .acara), ("Materi", .materi), ("Dokumen", .dokumen), ("forms", .form),
        ("notes editor", .editor), ("help, history", .help), ("projector", .projector),
    ]

    /// The Markdown table: "| where | key | what it does (in the app) |", the keys that work everywhere first.
    public static func markdown() -> String {
        var lines = ["| where | key | what it does (as the app says it) |", "|---|---|---|"]
        func rows(_ name: String, _ entries: [(String, String)], _ indonesian: [(String, String)]) {
            for (index, entry) in entries.enumerated() {
                let id = indonesian[index].1
                let what = entry.1 == id ? entry.1 : "\(entry.1) (*\(id)*)"
                lines.append("| \(index == 0 ? name : "") | \(escape(entry.0)) | \(escape(what)) |")
            }
        }
        rows("everywhere", KeyMap.globalHelp(.en), KeyMap.globalHelp(.id))
        for (name, mode) in sections { rows(name, KeyMap.help(mode, .en), KeyMap.help(mode, .id)) }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
