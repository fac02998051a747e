// swift-tools-version:6.0
import PackageDescription

// Linux only: Aula talks to the system through Glibc (flock, O_NOFOLLOW, fsync of folders) and ncursesw.
let package = Package(
    name: "Aula",
    products: [
        .executable(name: "aula", targets: ["aula"]),
        .executable(name: "aula-bench", targets: ["aula-bench"]),
        .library(name: "AulaCore", targets: ["AulaCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "AulaCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "AulaResources",
            path: "Resources",
            sources: ["AulaResources.swift"],
            resources: [.copy("demo"), .copy("templates"), .copy("wilayah")]
        ),
        .target(name: "AulaTUI", dependencies: ["AulaCore"]),
        // Seeded randomness for the fuzz tests and the benchmark's synthetic sessions; not in the app.
        .target(name: "AulaTestSupport"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "AulaTUI"]),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo gdk-pixbuf-2.0 libqrencode",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libgdk-pixbuf-2.0-dev", "libqrencode-dev"])]
        ),
        // Papers as PDF: the one module that draws them (Cairo, Pango, gdk-pixbuf, libqrencode).
        .target(name: "PaperPDF", dependencies: ["AulaCore", "CPangoCairo"]),
        .executableTarget(
            name: "aula",
            dependencies: [
                "AulaCore",
                "AulaTUI",
                "CursesTerminal",
                "PaperPDF",
                "AulaResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "aula-bench", dependencies: [
            "AulaCore", "AulaTUI", "AulaResources", "AulaTestSupport", "PaperPDF", "CPangoCairo",
        ]),
        .testTarget(name: "AulaCoreTests", dependencies: [
            "AulaCore", "AulaTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Golden"]),
        .testTarget(name: "AulaTUITests", dependencies: ["AulaTUI", "AulaCore"], exclude: ["Snapshots"]),
        .testTarget(name: "PaperPDFTests", dependencies: ["PaperPDF"]),
        .testTarget(name: "EndToEndTests", dependencies: ["aula", "AulaCore"]),
    ]
)
