import DashboardCore
import Foundation
import Testing

@testable import DashboardUI

/// The recordings keys in normal mode, and the keys of the downloads panel.
@Suite struct KeyRouterDownloadTests {
    let state = DashboardState(settings: DashboardSettings(), now: Date(timeIntervalSince1970: 0))

    @Test func recordingKeysMapToTheirActions() {
        let expected: [(Key, DashboardAction)] = [
            (.character("f"), .recordings(.filterKeyPressed)), (.character(" "), .recordings(.markKeyPressed)),
            (.character("d"), .downloads(.downloadKeyPressed)), (.character("D"), .downloads(.downloadMarkedKeyPressed)),
            (.character("w"), .downloads(.panelKeyPressed)),
        ]
        for (key, action) in expected {
            #expect(KeyRouter.action(for: key, state: state, keymap: .standard) == action, "\(key)")
        }
    }

    @Test func theyCanBeRemappedAndTheHelpShowsTheRemap() {
        var keymap = KeyMap.standard
        keymap.rebind(.download, to: [.function(5)])
        keymap.rebind(.mark, to: [.character("m")])
        #expect(KeyRouter.action(for: .function(5), state: state, keymap: keymap) == .downloads(.downloadKeyPressed))
        #expect(KeyRouter.action(for: .character("d"), state: state, keymap: keymap) == nil)
        #expect(KeyRouter.action(for: .character("m"), state: state, keymap: keymap) == .recordings(.markKeyPressed))
        var help = RenderFixtures.loaded(width: 120, height: 60)
        help.overlay = .help(scroll: 0)
        let text = RenderFixtures.render(help, keymap: keymap).lines.joined(separator: "\n")
        #expect(text.contains("  f5           download the selected recording (MP4, events, thumbnail)"))
        #expect(text.contains("  m            mark/unmark the selected recording for a batch download"))
    }

    @Test func theDownloadsPanelTakesItsOwnKeys() {
        var panel = state
        panel.modals = [.downloads(DownloadsPanelState())]
        let expected: [(Key, DashboardAction)] = [
            (.character("x"), .downloads(.cancelKeyPressed)), (.character("X"), .downloads(.cancelAllKeyPressed)),
            (.character("j"), .dialog(.moved(.down))), (.up, .dialog(.moved(.up))),
            (.escape, .dialog(.escapePressed)), (.character("w"), .dialog(.escapePressed)),
        ]
        for (key, action) in expected {
            #expect(KeyRouter.action(for: key, state: panel, keymap: .standard) == action, "\(key)")
        }
        #expect(KeyRouter.action(for: .character("d"), state: panel, keymap: .standard) == nil)
    }
}
