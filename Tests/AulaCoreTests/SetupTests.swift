import Foundation
import Testing

/// The fresh machine's set-up reads one list of Debian packages: Package.swift's system libraries, the README's
/// first command, .ci/run and the .deb's fonts must all agree with it.
@Suite struct SetupTests {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { dir.deleteLastPathComponent() }
        return dir
    }()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The packages a list file names (one a line, `#` comments).
    static func listed(_ path: String) throws -> Set<String> {
        Set(try text(path).split(separator: "\n").compactMap { line in
            let name = line.split(separator: " ").first.map(String.init) ?? ""
            return name.isEmpty || name.hasPrefix("#") ? nil : name
        })
    }

    @Test func everyProviderInPackageSwiftIsInTheBuildList() throws {
        let manifest = try Self.text("Package.swift")
        let providers = manifest.matches(of: #/\.apt\(\[([^\]]*)\]\)/#).flatMap { match in
            match.1.matches(of: #/"([^"]+)"/#).map { String($0.1) }
        }
        #expect(providers.count >= 5, "\(providers)")
        let build = try Self.listed("Scripts/build-packages.txt")
        #expect(Set(providers).subtracting(build).isEmpty, "missing from Scripts/build-packages.txt: \(Set(providers).subtracting(build))")
        // pkg-config finds them for the build.
        #expect(build.contains("pkg-config"))
    }

    @Test func theReadmeAndCIInstallFromTheLists() throws {
        let readme = try Self.text("README.md")
        #expect(readme.contains("Scripts/install-packages.sh Scripts/build-packages.txt && swift run aula"))
        #expect(readme.contains("bash .ci/run"))
        let ci = try Self.text(".ci/run")
        #expect(ci.contains("Scripts/install-packages.sh Scripts/build-packages.txt Scripts/test-packages.txt"))
        #expect(ci.contains("swift test"))
        // The two lists do not overlap (each package has one home).
        #expect(try Self.listed("Scripts/build-packages.txt").isDisjoint(with: Self.listed("Scripts/test-packages.txt")))
    }

    @Test func theDebsFontsAreTheOnesTheBuildInstalls() throws {
        let script = try Self.text("Scripts/package-deb.sh")
        let depends = try #require(script.split(separator: "\n").first { $0.hasPrefix("Depends:") })
        let fonts = depends.matches(of: #/fonts-[a-z0-9-]+/#).map { String($0.0) }
        #expect(!fonts.isEmpty)
        #expect(Set(fonts).isSubset(of: try Self.listed("Scripts/build-packages.txt")), "\(fonts)")
    }
}
