// swift-tools-version:6.0
import PackageDescription

// Dependencies flow one way: figaudit -> AuditReports/AuditChecks -> Extraction -> AuditCore.
// AuditCore knows nothing of files, YAML or terminals.
let package = Package(
    name: "figaudit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "figaudit", targets: ["figaudit"]),
        // The library modules, for the fuzz targets in Fuzz/ (a separate package that depends on this one).
        .library(
            name: "FigauditKit",
            targets: ["AuditCore", "YAMLSource", "Extraction", "RuleLanguage", "DocumentIntake", "AuditChecks"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of each input document for the report header; Foundation on Linux has no CryptoKit.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Property-based tests (Tests/PropertyTests), through Swift Testing.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAMLSource", dependencies: ["CYAML", "AuditCore"]),
        .target(name: "AuditCore"),
        .target(name: "Extraction", dependencies: ["AuditCore"]),
        .target(
            name: "DocumentIntake",
            dependencies: ["AuditCore", "Extraction", "YAMLSource", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Expressions over named fields (kind: rule), evaluated on intervals with three-valued logic.
        .target(name: "RuleLanguage", dependencies: ["AuditCore"]),
        .target(name: "AuditChecks", dependencies: ["AuditCore", "Extraction", "YAMLSource", "RuleLanguage"]),
        .target(name: "AuditReports", dependencies: ["AuditCore"]),
        .executableTarget(
            name: "figaudit",
            dependencies: [
                "AuditCore", "Extraction", "DocumentIntake", "AuditChecks", "AuditReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["EmbedChecks"]
        ),
        // Extraction throughput over a corpus, in MB/s (Benchmarks/README.md).
        .executableTarget(name: "figaudit-bench", dependencies: ["AuditCore", "Extraction", "DocumentIntake"]),
        // Build-time tool and plugin that compile checks/*.yaml into the binary (see Plugins/EmbedChecks).
        .executableTarget(name: "embed-checks"),
        .plugin(name: "EmbedChecks", capability: .buildTool(), dependencies: ["embed-checks"]),
        .testTarget(name: "YAMLSourceTests", dependencies: ["YAMLSource"]),
        .testTarget(name: "AuditCoreTests", dependencies: ["AuditCore"]),
        .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "AuditCore"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "DocumentIntake"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DocumentIntakeTests", dependencies: ["DocumentIntake", "Extraction"]),
        .testTarget(name: "AuditChecksTests", dependencies: ["AuditChecks", "DocumentIntake", "Extraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AuditReportsTests", dependencies: ["AuditReports", "AuditChecks", "DocumentIntake"], exclude: ["Golden", "Fixtures"]),
        .testTarget(
            name: "PropertyTests",
            dependencies: [
                "AuditCore", "Extraction", "RuleLanguage", "YAMLSource", "AuditChecks", "DocumentIntake",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "CLITests", dependencies: ["figaudit"], exclude: ["Scenarios"]),
    ]
)
