// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Steward",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "steward", targets: ["steward"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor.git", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        // Already resolved through Vapor; named so the SMTP client may import them.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // Resolved through Leaf; named so the page renderer can be built with its cache as configured.
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
    ],
    targets: [
        // MARK: Pure libraries (no I/O, no clock, no Vapor)
        .target(name: "StewardCore"),
        .target(
            name: "PolicyEngine",
            dependencies: ["StewardCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "DataGuard",
            dependencies: ["StewardCore"],
            exclude: [
                "Vocabulary/SOURCES.md", "Vocabulary/SCOWL-COPYRIGHT.txt", "Vocabulary/LIBPHONENUMBER-LICENSE.txt",
                "Vocabulary/CLDR-COPYRIGHT.txt",
            ],
            // A release build generates code on several threads, one part per source file, and LLVM then no longer
            // sees the scanner's many private helpers as called from one place only, so it stops inlining them:
            // about 13% more instructions a scan. A higher inlining threshold gives the one-part figure back
            // (docs/performance.md, "DataGuard").
            swiftSettings: [.unsafeFlags(["-Xllvm", "-inline-threshold=5000"], .when(configuration: .release))]
        ),
        .target(name: "Analytics"),

        // MARK: Server and command line
        .target(
            name: "StewardAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            resources: [.copy("openapi.yaml")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .target(
            name: "StewardServer",
            dependencies: [
                "StewardCore", "PolicyEngine", "DataGuard", "Analytics",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                "StewardAPI",
            ],
            resources: [.copy("Resources/Views"), .copy("Resources/Public")]
        ),
        .executableTarget(
            name: "steward",
            dependencies: [
                "StewardServer", "StewardCore", "Analytics", "DataGuard", "PolicyEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "steward-bench",
            dependencies: [
                "Analytics", "DataGuard", "PolicyEngine", "StewardCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),

        // MARK: Tests
        .testTarget(
            name: "PolicyEngineTests",
            dependencies: [
                "PolicyEngine", "StewardCore", .product(name: "Yams", package: "Yams"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "StewardServerTests",
            dependencies: [
                "StewardServer", "StewardCore", "StewardAPI", "PolicyEngine",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "DataGuardTests",
            dependencies: ["DataGuard", "StewardCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "AnalyticsTests",
            dependencies: ["Analytics", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "StewardCoreTests",
            dependencies: ["StewardCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ]
)
