import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash links`: partner-system links.
struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "Partner-system (helpdesk) links.",
        subcommands: [List.self, Register.self])

    /// `g2a-dash links list --domain D`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the links registered for a domain. User tokens are always masked.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("The partner system's domain.", valueName: "domain"))
        var domain: String

        func run() async throws {
            let links = try await connection.withClient { try await $0.systemLinks(domain: domain) }
            let masked = links.map { link -> SystemLink in
                var copy = link
                copy.userToken = SystemLinkRow.mask(link.userToken)
                return copy
            }
            try output.emit(masked, header: SystemLinkRow.columns, rows: links.map { SystemLinkRow($0).cells })
        }
    }

    /// `g2a-dash links register …`: registers, or overwrites, the link for a domain.
    ///
    /// The user token is a secret, so it is never an option: argv is visible to every user of
    /// the machine through `ps`. It comes from `G2A_PARTNER_TOKEN` or a file only its owner can
    /// read, and every output masks it.
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a partner-system link, replacing one with the same system name and domain.",
            discussion: """
                The partner's user token comes from the G2A_PARTNER_TOKEN environment variable or \
                --user-token-file (mode 0600), never from the command line; it is masked in the \
                output. When stdin is a terminal the command asks for confirmation first (--yes \
                skips the question; scripts are not asked). Refused with exit code 2 in read-only mode.
                """)

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var write: WriteOptions

        @Option(help: ArgumentHelp("The partner system's name, e.g. \"Example Helpdesk\".", valueName: "name"))
        var systemName: String

        @Option(help: ArgumentHelp("The partner system's domain (default: partner_domain from the profile).", valueName: "domain"))
        var domain: String?

        @Option(help: ArgumentHelp("Your email address at the partner system.", valueName: "email"))
        var userEmail: String

        @Option(help: ArgumentHelp("The partner's https URL for the ticket callbacks.", valueName: "url"))
        var callbackUrl: String

        @Option(help: ArgumentHelp("Callbacks the partner supports, comma-separated: createObject, searchObjects, associateObject.",
                                   valueName: "names"))
        var supportedCallbacks = FormState.callbackNames.joined(separator: ",")

        @Option(help: ArgumentHelp("Read the partner user token from this file (mode 0600) instead of G2A_PARTNER_TOKEN.",
                                   valueName: "path"))
        var userTokenFile: String?

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            try write.refuseIfReadOnly("links register", would: "register a partner-system link", connection: connection)
            let userToken = try partnerToken(environment: environment)
            let domain = try domain ?? connection.loadConfig(environment: environment).partnerDomain
            let values = try WriteOptions.check(FormState.registerLink(domain: ""), [
                "systemName": ("--system-name", systemName), "systemDomain": ("--domain", domain ?? ""),
                "userEmail": ("--user-email", userEmail), "callbackURL": ("--callback-url", callbackUrl),
                "supportedCallbacks": ("--supported-callbacks", supportedCallbacks),
            ])
            let callbacks = Set(FormField.words(values["supportedCallbacks"] ?? ""))
            let link = SystemLink(
                systemName: values["systemName"] ?? "", systemDomain: values["systemDomain"] ?? "",
                userEmail: values["userEmail"], userToken: userToken, callbackURL: values["callbackURL"],
                supportedCallbacks: SupportedCallbacks(
                    createObject: callbacks.contains("createObject"), searchObjects: callbacks.contains("searchObjects"),
                    associateObject: callbacks.contains("associateObject")))
            try write.confirm(WriteRequest.registerLink(link).question)
            var stored: SystemLink
            do {
                stored = try await connection.withClient { try await $0.registerSystemLink(link) }
            } catch let error as APIError {
                // Whatever a server puts in its error text, the token is not printed.
                let text = Redaction.scrub(error.description, secrets: [userToken])
                throw error.isAuthenticationFailure ? CLIError.auth(text) : CLIError.failure(text)
            }
            stored.userToken = SystemLinkRow.mask(stored.userToken)
            try output.emit(stored, header: SystemLinkRow.columns, rows: [SystemLinkRow(stored).cells])
        }

        /// The partner user token from `--user-token-file`, else `G2A_PARTNER_TOKEN`.
        func partnerToken(environment: [String: String]) throws -> String {
            if let path = userTokenFile {
                do {
                    return try TokenFile.read(path)
                } catch let error as CLIError {
                    throw CLIError.usage("--user-token-file: \(error.description)")
                }
            }
            if let token = environment["G2A_PARTNER_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
                guard token.count <= 512 else { throw CLIError.usage("G2A_PARTNER_TOKEN: at most 512 characters") }
                return token
            }
            throw CLIError.usage("no partner user token: set G2A_PARTNER_TOKEN or pass --user-token-file PATH (never on the command line)")
        }
    }
}
