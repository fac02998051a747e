import Foundation

/// A temporary directory removed when the test ends.
final class TestFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("aula-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    func write(_ name: String, _ text: String) -> URL {
        let file = path(name)
        try! Data(text.utf8).write(to: file)
        return file
    }
}
