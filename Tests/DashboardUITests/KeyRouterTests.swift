import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// Keys mean commands in normal mode and text while editing.
struct KeyRouterTests {
    static func state() -> DashboardState { DashboardState(settings: DashboardSettings(), now: Date()) }

    @Test func normalModeUsesTheKeymap() {
        let s = Self.state()
        #expect(KeyRouter.action(for: .character("j"), state: s, keymap: .standard) == .pane(.sessions, .moved(.down)))
        #expect(KeyRouter.action(for: .down, state: s, keymap: .standard) == .pane(.sessions, .moved(.down)))
        #expect(KeyRouter.action(for: .character("G"), state: s, keymap: .standard) == .pane(.sessions, .moved(.bottom)))
        #expect(KeyRouter.action(for: .backTab, state: s, keymap: .standard) == .app(.paneCycleKeyPressed(forward: false)))
        #expect(KeyRouter.action(for: .character("3"), state: s, keymap: .standard) == .app(.paneKeyPressed(.recordings)))
        #expect(KeyRouter.action(for: .character("S"), state: s, keymap: .standard) == .pane(.sessions, .sortReverseKeyPressed))
        #expect(KeyRouter.action(for: .character("x"), state: s, keymap: .standard) == nil)
        #expect(KeyRouter.action(for: .ctrl("c"), state: s, keymap: .standard) == .app(.quitPressed))
    }

    @Test func everyCommandHasADefaultKey() {
        for command in KeyCommand.allCases { #expect(!KeyMap.standard.keys(for: command).isEmpty, "\(command)") }
        #expect(KeyMap.standard.keys(for: .quit) == [.character("q")])
    }

    @Test func whileFilteringKeysAreText() {
        var s = Self.state()
        s.sessions.table.isEditingFilter = true
        s.sessions.table.setFilter("ac")
        #expect(KeyRouter.action(for: .character("q"), state: s, keymap: .standard) == .pane(.sessions, .filterEdited(.insert("q"))))
        #expect(KeyRouter.action(for: .backspace, state: s, keymap: .standard) == .pane(.sessions, .filterEdited(.deleteBackward)))
        #expect(KeyRouter.action(for: .enter, state: s, keymap: .standard) == .pane(.sessions, .filterSubmitted))
        #expect(KeyRouter.action(for: .escape, state: s, keymap: .standard) == .pane(.sessions, .filterCleared))
        #expect(KeyRouter.action(for: .down, state: s, keymap: .standard) == .pane(.sessions, .moved(.down)))
        #expect(KeyRouter.action(for: .ctrl("c"), state: s, keymap: .standard) == .app(.quitPressed))
    }

    @Test func theCommandLineEditsAndBrowsesHistory() {
        var s = Self.state()
        s.commandLine.isActive = true
        s.commandLine.line = LineEditor("them")
        #expect(KeyRouter.action(for: .character("e"), state: s, keymap: .standard) == .commandLine(.edited(.insert("e"))))
        #expect(KeyRouter.action(for: .up, state: s, keymap: .standard) == .commandLine(.historyBrowsed(older: true)))
        #expect(KeyRouter.action(for: .enter, state: s, keymap: .standard) == .commandLine(.submitted))
        #expect(KeyRouter.action(for: .tab, state: s, keymap: .standard) == .commandLine(.completionRequested))
        s.commandLine.line = LineEditor("")
        #expect(KeyRouter.action(for: .backspace, state: s, keymap: .standard) == .commandLine(.cancelled))
    }

    @Test func rebindingMovesAKeyFromOneCommandToAnother() {
        var map = KeyMap.standard
        map.rebind(.refresh, to: [.character("j")])
        #expect(map.command(for: .character("j")) == .refresh)
        #expect(map.keys(for: .down) == [.down])
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.character("q"), .character("G"), .ctrl("r"), .backTab, .pageDown, .function(5), .character(" "), .enter, .escape] {
            #expect(Key(name: key.description) == key, "\(key)")
        }
        #expect(Key(name: "ctrl-") == nil)
        #expect(Key(name: "f99") == nil)
    }
}
