import ArgumentParser
import Foundation

/// `g2a-dash logout`: forgets a profile's saved tokens.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout", abstract: "Remove the saved tokens of a profile.")

    @OptionGroup var connection: ConnectionOptions

    mutating func run() async throws {
        let store = CredentialsStore(environment: ProcessInfo.processInfo.environment)
        let name = connection.profile ?? CredentialsStore.defaultProfile
        if try store.remove(profile: connection.profile) {
            print("logged out (profile \(name)); its tokens were removed from \(store.path)")
        } else {
            print("not logged in (profile \(name)); nothing to remove")
        }
    }
}
