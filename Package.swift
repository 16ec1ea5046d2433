// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "g2a-dash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "g2a-dash", targets: ["g2a-dash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // Test support only: a clock that advances on command, readable state diffs, and
        // `Task.megaYield` so effects reach their sleeps before a test advances the clock.
        .package(url: "https://github.com/pointfreeco/swift-clocks", from: "1.1.1"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
        .package(url: "https://github.com/pointfreeco/swift-concurrency-extras", from: "1.4.3"),
    ],
    targets: [
        // The shared REST client: models, auth, retries, rate limiting.
        .target(
            name: "GoToAssistAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                // SHA-256 of downloaded recordings, computed while they stream to disk.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A faithful local simulator of the API and of a partner ticket system.
        // It writes its own wire types and never imports GoToAssistAPI.
        .target(
            name: "GoToAssistSimulator",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                // Only to POST session-status callbacks to the URL a caller registered.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Pure view-model: state, actions, reducers, effects, text safety. No terminal.
        .target(
            name: "DashboardCore",
            dependencies: [
                "GoToAssistAPI",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The config file and its profiles: read, validated and merged, for the CLI and the
        // dashboard alike; no UI in it, so headless commands need not import DashboardUI.
        .target(
            name: "DashboardConfig",
            dependencies: [
                "DashboardCore",
                "GoToAssistAPI",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Terminal-agnostic UI: grid, panes, themes, run loop.
        .target(
            name: "DashboardUI",
            dependencies: [
                "DashboardCore",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        // The crash handler's signal-safe half (restores the terminal, writes the report), in C.
        .target(name: "CCrashGuard"),
        // The only module that talks to ncurses.
        .target(
            name: "CursesTerminal",
            dependencies: ["DashboardUI", "DashboardCore", "CNcursesw", "CCrashGuard"]
        ),
        .executableTarget(
            name: "g2a-dash",
            dependencies: [
                "GoToAssistAPI",
                "GoToAssistSimulator",
                "DashboardCore",
                "DashboardConfig",
                "DashboardUI",
                "CursesTerminal",
                // Only for the loopback redirect listener of `login --method browser`.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GoToAssistAPITests",
            dependencies: [
                "GoToAssistAPI",
                .product(name: "InMemoryLogging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GoToAssistSimulatorTests",
            dependencies: [
                "GoToAssistSimulator",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "GoToAssistAPI",
                "GoToAssistSimulator",
                .product(name: "InMemoryLogging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DashboardCoreTests",
            dependencies: [
                "DashboardCore",
                .product(name: "Clocks", package: "swift-clocks"),
                .product(name: "CustomDump", package: "swift-custom-dump"),
                .product(name: "ConcurrencyExtras", package: "swift-concurrency-extras"),
            ]
        ),
        .testTarget(
            name: "DashboardConfigTests",
            dependencies: ["DashboardConfig", "DashboardCore"]
        ),
        .testTarget(
            name: "DashboardUITests",
            dependencies: ["DashboardUI", "DashboardCore"]
        ),
        .testTarget(
            name: "CursesTerminalTests",
            dependencies: ["CursesTerminal", "DashboardUI"]
        ),
        // Starts child processes for the CLI and end-to-end tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Drives the real binary in tmux with key presses and reads the screen.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["TestSupport"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["GoToAssistSimulator", "TestSupport"]
        ),
    ]
)
