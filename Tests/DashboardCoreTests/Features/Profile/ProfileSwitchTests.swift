@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `:profile NAME`: the old profile's data leaves the screen, the new one's loads, and a
/// failed switch leaves everything as it was.
struct ProfileSwitchTests {
    static let emea = DashboardSettings(profileName: "emea", host: "emea.example.com", sessionsInterval: 10,
                                        window: .week, themeName: "light", readOnly: true, partnerDomain: "desk.emea")

    /// Types `:text` and Enter.
    static func command(_ text: String, _ h: inout ReducerHarness) -> Effect<DashboardAction> {
        h.send(.commandLine(.opened))
        h.send(h.commandText(text))
        return h.send(.commandLine(.submitted))
    }

    /// A harness whose first profile has loaded rows in all three panes.
    static func loaded(switchProfile: @escaping @Sendable (String) async throws -> DashboardSettings) -> ReducerHarness {
        var h = ReducerHarness(settings: DashboardSettings(profileName: "default", host: "api.getgo.com"),
                               switchProfile: switchProfile)
        h.send(.sessions(.response(.success([SessionFixtures.session(1, customer: "Old Customer"), SessionFixtures.session(2)]))))
        h.send(.companies(.response(offset: 0, .success(CompanyPage(totalNumCompanies: 1, companies: [
            Company(companyId: "9", companyName: "Old Company"),
        ])))))
        return h
    }

    @Test func switchingDropsTheOldRowsAndLoadsTheNewProfile() async {
        let asked = ActionBox()
        var h = Self.loaded { name in
            _ = asked.append(.commandLine(.edited(.insert(name))))
            return Self.emea
        }
        h.send(.app(.helpKeyPressed))
        let effect = Self.command("profile emea", &h)
        #expect(effect.runIDs == [.profileSwitch])
        #expect(h.state.messages.entries.last?.text == "connecting to profile emea…")
        // Until the new profile answers, the old one stays on screen.
        #expect(h.state.sessions.table.items.count == 2)

        let produced = await effect.actions(of: .profileSwitch)
        #expect(asked.actions == [.commandLine(.edited(.insert("emea")))])
        #expect(produced == [.profile(.switched(name: "emea", .success(Self.emea)))])
        let next = h.send(produced[0])

        #expect(h.state.sessions.table.items.isEmpty, "the old profile's sessions are gone")
        #expect(h.state.companies.table.items.isEmpty, "and its companies")
        #expect(h.state.sessions.refresh.lastSuccess != nil || h.state.sessions.refresh.inFlight)
        #expect(h.state.overlay == nil)
        #expect(h.state.settings.profileName == "emea")
        #expect(h.state.settings.host == "emea.example.com")
        #expect(h.state.settings.readOnly)
        #expect(h.state.settings.partnerDomain == "desk.emea")
        #expect(h.state.window == .week)
        #expect(h.state.settings.themeName == "default-dark", "the theme stays the technician's")
        #expect(h.state.messages.entries.last?.text == "profile emea: emea.example.com (read-only)")
        // The old profile's refreshes are cancelled and the new one's start at once.
        #expect(next.cancelledIDs.contains(.refresh(.sessions)))
        #expect(next.cancelledIDs.contains(.write))
        #expect(next.runIDs.contains(.refresh(.sessions)))
        #expect(next.runIDs.contains(.refresh(.companies)))
    }

    @Test func aFailedSwitchKeepsTheOldProfileAndSaysWhy() async {
        var h = Self.loaded { _ in throw APIError.invalidToken(message: "session expired — run g2a-dash login --profile emea") }
        let effect = Self.command("profile emea", &h)
        for action in await effect.actions(of: .profileSwitch) { h.send(action) }
        #expect(h.state.settings.profileName == "default")
        #expect(h.state.sessions.table.items.count == 2)
        #expect(h.state.messages.entries.last?.level == .error)
        #expect(h.state.messages.entries.last?.text
            == "profile emea: authentication failed: session expired — run g2a-dash login --profile emea; still on default")
    }

    @Test func aProfileNeedsOneNameAndNoSwitchHappensWhileAWriteIsSent() {
        var h = Self.loaded { _ in Self.emea }
        #expect(Self.command("profile", &h).runIDs.isEmpty)
        #expect(h.state.messages.entries.last?.text == ":profile needs one name, e.g. :profile emea (now: default)")

        h.state.modals = [.confirm(ConfirmState(write: .startSession(StartSessionRequest(customerName: "Ann"))))]
        if case .confirm(var confirm) = h.state.modals[0] {
            confirm.isSending = true
            h.state.modals[0] = .confirm(confirm)
        }
        #expect(Self.command("profile emea", &h).runIDs.isEmpty)
        #expect(h.state.messages.entries.last?.text == "a write is being sent; switch profiles once it has finished")
    }
}
