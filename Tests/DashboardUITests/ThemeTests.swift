import Testing

@testable import DashboardUI

@Suite struct ThemeTests {
    @Test func builtInDefaultDarkStylesEveryRole() {
        let theme = Theme.defaultDark
        #expect(theme.name == "default-dark")
        #expect(Theme.builtIn(named: "default-dark") == theme)
        for role in ThemeRole.allCases {
            let style = theme.style(role)
            #expect(role == .textPrimary || style != .plain, "\(role.rawValue) is unstyled")
        }
    }

    @Test func roleRawValuesAreDottedKebabCaseKeys() {
        for role in ThemeRole.allCases {
            let parts = role.rawValue.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.allSatisfy { ThemeLoader.isValidName(String($0)) }, "\(role.rawValue)")
        }
        #expect(ThemeRole(rawValue: "table.sort-indicator") == .tableSortIndicator)
        #expect(ThemeRole(rawValue: "status.not-started") == .statusNotStarted)
    }

    @Test func missingRolesFallBackToTheBase() {
        let theme = Theme(name: "mine", styles: [.selection: Style(reverse: true)])
        #expect(theme.style(.selection) == Style(reverse: true))
        #expect(theme.style(.border) == Theme.defaultDark.style(.border))
    }

    @Test func degradingToTrueColorChangesNothing() {
        #expect(Theme.defaultDark.degraded(to: .trueColor) == Theme.defaultDark)
    }

    @Test func degradingMapsEveryColourToTheDepth() {
        for depth in [ColorDepth.c256, .c16] {
            let theme = Theme.defaultDark.degraded(to: depth)
            for role in ThemeRole.allCases {
                let style = theme.style(role)
                for color in [style.fg, style.bg] {
                    switch color {
                    case .rgb: Issue.record("\(role.rawValue) kept RGB at \(depth)")
                    case .indexed where depth == .c16:
                        Issue.record("\(role.rawValue) indexed at c16")
                    default: break
                    }
                }
            }
        }
    }

    @Test func coloursThatCollapseTogetherAreSeparated() {
        let murky = Theme(
            name: "murky",
            styles: [.selection: Style(fg: .rgb(0x10, 0x10, 0x10), bg: .rgb(0x20, 0x20, 0x20))])
        let style = murky.degraded(to: .c16).style(.selection)
        #expect(style.bg == .ansi(0))
        #expect(style.fg == .ansi(15))
    }

    @Test func monoKeepsAttributesAndDropsColours() {
        let theme = Theme.defaultDark.degraded(to: .mono)
        for role in ThemeRole.allCases {
            #expect(theme.style(role).fg == .default && theme.style(role).bg == .default)
        }
        #expect(theme.style(.messageError).bold)
    }

    @Test func monoMakesSelectionAndFocusVisibleWithoutColour() {
        let colourOnly = Theme(
            name: "colour-only",
            styles: [
                .selection: Style(fg: .ansi(0), bg: .ansi(6)),
                .borderFocused: Style(fg: .ansi(6)),
                .inputCursor: Style(bg: .ansi(7)),
            ])
        let mono = colourOnly.degraded(to: .mono)
        #expect(mono.style(.selection).reverse)
        #expect(mono.style(.inputCursor).reverse)
        #expect(mono.style(.borderFocused).bold)
        #expect(mono.style(.selectionUnfocused).underline)
        #expect(mono.style(.selection) != mono.style(.textPrimary))
    }

    @Test func monoKeepsStatusesApart() {
        let mono = Theme.defaultDark.degraded(to: .mono)
        let statuses: [ThemeRole] = [
            .statusWaiting, .statusActive, .statusComplete, .statusAbandoned, .statusNotStarted,
        ]
        #expect(Set(statuses.map(mono.style)).count == statuses.count)
    }
}
