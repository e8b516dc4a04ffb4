// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for figaudit, one executable per target. A package of its own so that the
// sanitizer flags never reach the main package's normal builds: run.sh builds it with
// `-sanitize=fuzzer,address`, which instruments the main package's modules too.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "figaudit-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "figaudit", path: ".."),
    ],
    targets: [
        // Invariant checks and fixed inputs shared by the targets.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "FigauditKit", package: "figaudit")]
        ),
        .executableTarget(
            name: "fuzz-extractor",
            dependencies: ["FuzzSupport", .product(name: "FigauditKit", package: "figaudit")],
            swiftSettings: fuzzTarget
        ),
        .executableTarget(
            name: "fuzz-yaml",
            dependencies: ["FuzzSupport", .product(name: "FigauditKit", package: "figaudit")],
            swiftSettings: fuzzTarget
        ),
        .executableTarget(
            name: "fuzz-rules",
            dependencies: ["FuzzSupport", .product(name: "FigauditKit", package: "figaudit")],
            swiftSettings: fuzzTarget
        ),
    ]
)
