import Foundation
import Testing

@testable import DashboardUI

/// Walks the shipped `themes/` folder: every file must load and stay readable at every depth.
@Suite struct ThemesFolderTests {
    /// The repository's `themes/` folder, found from this file's path.
    static let themesDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // DashboardUITests, Tests, repo root
        return url.appendingPathComponent("themes").path
    }()

    static let themeFiles: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: themesDirectory)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.sorted()
    }()

    static let statuses: [ThemeRole] = [
        .statusWaiting, .statusActive, .statusComplete, .statusAbandoned, .statusNotStarted,
    ]

    private func load(_ file: String) throws -> Theme {
        try ThemeLoader.load(contentsOfFile: Self.themesDirectory + "/" + file)
    }

    @Test func theFiveShippedThemesArePresent() {
        #expect(
            Self.themeFiles == [
                "colorblind-safe.toml", "default-dark.toml", "high-contrast.toml", "light.toml",
                "monochrome.toml",
            ])
    }

    @Test(arguments: themeFiles)
    func everyThemeLoadsWithAKebabCaseName(file: String) throws {
        let theme = try load(file)
        #expect(ThemeLoader.isValidName(theme.name))
        #expect(file == theme.name + ".toml")
    }

    @Test(arguments: themeFiles)
    func selectionStaysReadableAtEveryDepth(file: String) throws {
        let theme = try load(file)
        for depth in ColorDepth.allCases {
            let selection = theme.degraded(to: depth).style(.selection)
            let normal = theme.degraded(to: depth).style(.textPrimary)
            #expect(
                selection.fg != selection.bg || selection.reverse,
                "\(file) at \(depth): selection fg equals bg")
            #expect(selection != normal, "\(file) at \(depth): selection looks like plain text")
        }
    }

    @Test(arguments: themeFiles)
    func noRoleHasInvisibleTextAtAnyDepth(file: String) throws {
        let theme = try load(file)
        for depth in ColorDepth.allCases {
            let degraded = theme.degraded(to: depth)
            for role in ThemeRole.allCases {
                let style = degraded.style(role)
                #expect(
                    style.fg == .default || style.fg != style.bg,
                    "\(file) at \(depth): \(role.rawValue) fg equals bg")
            }
        }
    }

    @Test(arguments: themeFiles)
    func statusesStayDistinctWithoutColour(file: String) throws {
        let mono = try load(file).degraded(to: .mono)
        #expect(Set(Self.statuses.map(mono.style)).count == Self.statuses.count, "\(file)")
    }

    @Test func defaultDarkFileSpellsOutTheBuiltInTheme() throws {
        let blank = Theme(
            name: "blank",
            styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map { ($0, Style()) }))
        let fromFile = try ThemeLoader.load(
            contentsOfFile: Self.themesDirectory + "/default-dark.toml", base: blank)
        for role in ThemeRole.allCases {
            #expect(fromFile.style(role) == Theme.defaultDark.style(role), "\(role.rawValue)")
        }
    }

    @Test func monochromeUsesOnlyTheTerminalsColours() throws {
        let theme = try load("monochrome.toml")
        for role in ThemeRole.allCases {
            #expect(theme.style(role).fg == .default, "\(role.rawValue)")
            #expect(theme.style(role).bg == .default, "\(role.rawValue)")
        }
        #expect(theme.style(.selection).reverse)
    }

    @Test func colorblindSafeStatusesUseOkabeItoAndDistinctAttributes() throws {
        let okabeIto: Set<Color> = [
            .rgb(0xE6, 0x9F, 0x00), .rgb(0x56, 0xB4, 0xE9), .rgb(0x00, 0x9E, 0x73),
            .rgb(0xF0, 0xE4, 0x42), .rgb(0x00, 0x72, 0xB2), .rgb(0xD5, 0x5E, 0x00),
            .rgb(0xCC, 0x79, 0xA7), .rgb(0, 0, 0), .default,
        ]
        let theme = try load("colorblind-safe.toml")
        let styles = Self.statuses.map(theme.style)
        #expect(styles.allSatisfy { okabeIto.contains($0.fg) })
        let shapes = styles.map { [$0.bold, $0.dim, $0.reverse, $0.underline] }
        #expect(Set(shapes).count == Self.statuses.count, "statuses differ by colour alone")
    }

    @Test func readmeDocumentsEveryRole() throws {
        let readme = try String(
            contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(readme.contains("| `\(role.rawValue)` |"), "README misses \(role.rawValue)")
        }
    }

    @Test func readmeFormatExampleLoads() throws {
        let readme = try String(
            contentsOfFile: Self.themesDirectory + "/README.md", encoding: .utf8)
        let example = try #require(
            readme.components(separatedBy: "```toml\n").dropFirst().first?
                .components(separatedBy: "```").first)
        let theme = try ThemeLoader.parse(example, name: "example", path: "README.md")
        #expect(theme.style(.statusWaiting).bold)
    }
}
