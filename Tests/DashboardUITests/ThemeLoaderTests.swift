import Foundation
import Testing

@testable import DashboardUI

@Suite struct ThemeLoaderTests {
    private func parse(_ toml: String) throws(ThemeError) -> Theme {
        try ThemeLoader.parse(toml, name: "test", path: "themes/test.toml")
    }

    private func error(_ toml: String) -> ThemeError? {
        do {
            _ = try parse(toml)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Format

    @Test func inlineTablesSetRoles() throws {
        let theme = try parse(
            """
            [roles]
            selection = { fg = "#ffffff", bg = "blue", bold = true, underline = true }
            "status.waiting" = { fg = 208 }
            """)
        #expect(
            theme.style(.selection)
                == Style(fg: .rgb(255, 255, 255), bg: .ansi(4), bold: true, underline: true))
        #expect(theme.style(.statusWaiting).fg == .indexed(208))
    }

    @Test func dottedKeysAndSubTablesNameTheSameRoles() throws {
        let theme = try parse(
            """
            [roles]
            status.waiting.fg = "yellow"
            status.active = { fg = "green" }
            table.sort-indicator.bold = false

            [roles.header]
            bg = "black"
            """)
        #expect(theme.style(.statusWaiting).fg == .ansi(3))
        #expect(theme.style(.statusActive).fg == .ansi(2))
        #expect(!theme.style(.tableSortIndicator).bold)
        #expect(theme.style(.header).bg == .ansi(0))
    }

    @Test func roleAndItsSubRolesCanBeNested() throws {
        let theme = try parse(
            """
            [roles.header]
            fg = "white"
            badge = { bg = "red" }
            """)
        #expect(theme.style(.header).fg == .ansi(7))
        #expect(theme.style(.headerBadge).bg == .ansi(1))
    }

    @Test func themesPatchTheBaseFieldByField() throws {
        let theme = try parse("[roles]\nselection = { bg = \"#000080\" }")
        let base = Theme.defaultDark.style(.selection)
        #expect(
            theme.style(.selection) == Style(fg: base.fg, bg: .rgb(0, 0, 0x80), bold: base.bold))
        #expect(theme.style(.border) == Theme.defaultDark.style(.border))
        #expect(theme.name == "test")
    }

    @Test func paletteNamesResolveInRoles() throws {
        let theme = try parse(
            """
            [palette]
            accent = "#61afef"
            red = "#e06c75"
            idx = 99

            [roles]
            "border.focused" = { fg = "accent" }
            "message.error" = { fg = "red", bg = "idx" }
            """)
        #expect(theme.style(.borderFocused).fg == .rgb(0x61, 0xAF, 0xEF))
        #expect(theme.style(.messageError).fg == .rgb(0xE0, 0x6C, 0x75))
        #expect(theme.style(.messageError).bg == .indexed(99))
    }

    @Test func emptyFileIsTheBaseTheme() throws {
        var expected = Theme.defaultDark
        expected.name = "test"
        #expect(try parse("") == expected)
        #expect(try parse("# only a comment\n[roles]\n") == expected)
    }

    // MARK: - Errors

    @Test func unknownRoleIsNamedWithASuggestion() {
        let failure = error("[roles]\nselction = { bg = \"blue\" }")
        #expect(failure?.kind == .unknownRole("selction", suggestion: "selection"))
        #expect(
            failure?.description
                == #"themes/test.toml: roles.selction: unknown role "selction" (did you mean "selection"?); see themes/README.md for the list of roles"#
        )
    }

    @Test func unknownNestedRoleIsNamedByItsFullPath() {
        let failure = error("[roles]\nstatus.wating.fg = \"red\"")
        #expect(failure?.kind == .unknownRole("status.wating", suggestion: "status.waiting"))
        #expect(failure?.keyPath == "roles.status.wating")
    }

    @Test func attributesOnAGroupThatIsNotARoleAreRejected() {
        let failure = error("[roles]\nstatus.fg = \"red\"")
        #expect(
            failure?.kind
                == .groupIsNotARole(
                    "status",
                    roles: [
                        "status.waiting", "status.active", "status.complete", "status.abandoned",
                        "status.not-started",
                    ]))
        #expect(failure?.keyPath == "roles.status")
    }

    @Test func unknownAttributeIsNamed() {
        let failure = error("[roles]\nselection = { colour = \"red\" }")
        #expect(failure?.kind == .unknownAttribute("colour", suggestion: nil))
        #expect(failure?.keyPath == "roles.selection.colour")
        let typo = error("[roles]\nselection = { bols = true }")
        #expect(typo?.kind == .unknownAttribute("bols", suggestion: "bold"))
    }

    @Test func badColourIsNamedWithItsKeyPath() {
        let failure = error("[roles]\nborder = { fg = \"#12345\" }")
        #expect(failure?.kind == .invalidColor("#12345"))
        #expect(
            failure?.description.hasPrefix(
                ##"themes/test.toml: roles.border.fg: invalid colour "#12345""##) == true)
        #expect(error("[roles]\nborder = { fg = 300 }")?.kind == .invalidColor("300"))
        #expect(error("[roles]\nborder = { fg = \"300\" }")?.kind == .invalidColor("300"))
    }

    @Test func undefinedPaletteNameIsReported() {
        let failure = error("[palette]\naccent = \"#fff\"\n[roles]\nborder = { fg = \"acent\" }")
        #expect(failure?.kind == .unknownPaletteName("acent"))
        #expect(failure?.keyPath == "roles.border.fg")
    }

    @Test func paletteEntriesMustBeColours() {
        #expect(error("[palette]\na = \"b\"")?.kind == .invalidColor("b"))
        #expect(error("[palette]\na = \"b\"")?.keyPath == "palette.a")
        #expect(error("[palette]\ndefault = \"#fff\"")?.kind == .invalidColor("default"))
        #expect(
            error("[palette]\na = true")?.kind
                == .wrongType(expected: ##"a colour string such as "#61afef""##, found: "a boolean")
        )
    }

    @Test func wrongTypesAreReported() {
        #expect(
            error("[roles]\nselection = { bold = \"yes\" }")?.kind
                == .wrongType(expected: "true or false", found: "a string"))
        #expect(
            error("[roles]\nselection = { fg = true }")?.kind
                == .wrongType(expected: ##"a colour string such as "#61afef""##, found: "a boolean")
        )
        #expect(error("[roles]\nselection = \"red\"")?.keyPath == "roles.selection")
        #expect(error("roles = 3")?.kind == .wrongType(expected: "a table", found: "an integer"))
        #expect(error("palette = [1]")?.kind == .wrongType(expected: "a table", found: "an array"))
    }

    @Test func unknownTopLevelKeyIsRejected() {
        let failure = error("[colors]\nfg = \"red\"")
        #expect(failure?.kind == .unknownKey("colors"))
    }

    @Test func settingAFieldTwiceIsRejected() {
        let failure = error(
            "[roles]\n\"status.waiting\" = { fg = \"red\" }\nstatus.waiting.fg = \"blue\"")
        #expect(failure?.kind == .duplicate)
        #expect(failure?.keyPath?.hasSuffix("status.waiting.fg") == true)
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        let failure = error("[roles]\nselection = { fg = \"red\" \n")
        #expect(failure?.line == 2)
        #expect(failure?.column != nil)
        #expect(failure?.description.hasPrefix("themes/test.toml:2:") == true)
        #expect(failure?.description.contains("\n") == false)
    }

    @Test func errorDescriptionsNeverContainControlCharacters() {
        let failure = error("[roles]\n\"evil\\u001b[31m\" = { fg = \"red\" }")
        let description = failure?.description ?? ""
        #expect(description.contains(#"\e[31m"#))
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 })
    }

    // MARK: - Resolution

    @Test func namesResolveAgainstDirectoriesInOrderThenBuiltIns() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        try first.write("ocean.toml", "[roles]\nborder = { fg = \"blue\" }")
        try second.write("ocean.toml", "[roles]\nborder = { fg = \"red\" }")
        try second.write("forest.toml", "[roles]\nborder = { fg = \"green\" }")
        let loader = ThemeLoader(searchDirectories: [first.path, "/nonexistent", second.path])

        #expect(try loader.load(named: "ocean").style(.border).fg == .ansi(4))
        #expect(try loader.load(named: "forest").style(.border).fg == .ansi(2))
        #expect(try loader.load(named: "default-dark") == .defaultDark)
        #expect(loader.locate(named: "ocean") == first.path + "/ocean.toml")
        #expect(loader.availableThemeNames() == ["default-dark", "forest", "ocean"])
    }

    @Test func brokenFileIsAnErrorNotAFallback() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        try first.write("ocean.toml", "[roles]\nborder = { fg = \"blu\" }")
        try second.write("ocean.toml", "")
        let loader = ThemeLoader(searchDirectories: [first.path, second.path])
        #expect(throws: ThemeError.self) { try loader.load(named: "ocean") }
    }

    @Test func unknownNameListsWhereItLookedAndWhatExists() throws {
        let directory = try TemporaryDirectory()
        try directory.write("ocean.toml", "")
        try directory.write("Not Valid.toml", "")
        let loader = ThemeLoader(searchDirectories: [directory.path])
        do {
            _ = try loader.load(named: "desert")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.kind
                    == .notFound(
                        name: "desert", searched: [directory.path],
                        available: ["default-dark", "ocean"]))
            #expect(error.description.contains("available: default-dark, ocean"))
        }
    }

    @Test func invalidNamesAreRejectedBeforeTouchingTheDisk() {
        let loader = ThemeLoader(searchDirectories: ["."])
        for name in ["Dark", "my_theme", "-x", "a--b", "", "dark theme"] {
            #expect(throws: ThemeError(.invalidName(name))) { try loader.load(named: name) }
        }
    }

    @Test func pathsAreLoadedAsFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("custom.toml", "[roles]\nmarked = { fg = \"cyan\" }")
        let theme = try ThemeLoader(searchDirectories: []).load(
            named: directory.path + "/custom.toml")
        #expect(theme.name == "custom")
        #expect(theme.style(.marked).fg == .ansi(6))
    }

    @Test func unreadableFilesAreReportedWithTheirPath() throws {
        let directory = try TemporaryDirectory()
        do {
            _ = try ThemeLoader.load(contentsOfFile: directory.path + "/missing.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unreadable(reason: "no such file"))
            #expect(error.description.hasPrefix(directory.path + "/missing.toml: "))
        }
        #expect(throws: ThemeError(.unreadable(reason: "it is a directory"), path: directory.path))
        {
            try ThemeLoader.load(contentsOfFile: directory.path)
        }
        try directory.write("real.toml", "[roles]\nmarked = { bold = false }")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path + "/linked.toml",
            withDestinationPath: directory.path + "/real.toml")
        #expect(
            try ThemeLoader.load(contentsOfFile: directory.path + "/linked.toml").name == "linked")
        #expect(throws: ThemeError.self) { try ThemeLoader.load(contentsOfFile: "/dev/zero") }
        try directory.write("binary.toml", Data([0xFF, 0xFE, 0x00]))
        #expect(throws: ThemeError.self) {
            try ThemeLoader.load(contentsOfFile: directory.path + "/binary.toml")
        }
    }

    @Test func defaultSearchDirectoriesFollowTheDocumentedOrder() {
        let withXDG = ThemeLoader.defaultSearchDirectories(
            environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/t"],
            currentDirectory: "/work", executablePath: "/opt/g2a/bin/g2a-dash")
        #expect(
            withXDG == [
                "/work/themes", "/cfg/g2a-dash/themes", "/opt/g2a/bin/../share/g2a-dash/themes",
            ])
        let withoutXDG = ThemeLoader.defaultSearchDirectories(
            environment: ["HOME": "/home/t", "XDG_CONFIG_HOME": "relative"],
            currentDirectory: "/", executablePath: nil)
        #expect(withoutXDG == ["/themes", "/home/t/.config/g2a-dash/themes"])
    }
}
