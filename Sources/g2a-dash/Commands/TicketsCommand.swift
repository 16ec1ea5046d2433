import ArgumentParser
import DashboardCore
import DashboardConfig
import Foundation
import GoToAssistAPI

/// `g2a-dash tickets`: a partner helpdesk's tickets, reached through the partner-system link
/// registered for its domain.
struct TicketsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tickets", abstract: "Search, create and attach helpdesk tickets through a partner-system link.",
        discussion: """
            The link is the one registered for --domain, else for partner_domain in the profile \
            (see `g2a-dash links list`). create and associate are writes: when stdin is a terminal \
            they ask for confirmation first (--yes skips the question; scripts are not asked), and \
            read-only mode refuses them with exit code 2.
            """,
        subcommands: [Search.self, Create.self, Associate.self])

    /// How the two ticket writes behave, for their help.
    static let writeNote = """
        When stdin is a terminal this asks for confirmation first (--yes skips the question); \
        scripts and cron jobs are not asked. Refused with exit code 2 in read-only mode.
        """

    /// The columns a ticket prints as.
    static let columns = ["TICKET", "TITLE", "URL", "DESCRIPTION"]

    /// A ticket's cells, sanitized: every field comes from the partner's server.
    static func cells(_ ticket: PartnerTicket) -> [String] {
        [ticket.partnerObject, ticket.title ?? "", ticket.partnerObjectUrl ?? "", ticket.description ?? ""]
            .map(TextSanitizer.sanitize)
    }

    /// `g2a-dash tickets search [--query Q] [--limit N] [--offset N]`.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the partner's tickets, a page at a time (searchObjects).")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var partner: LinkOptions

        @Option(help: ArgumentHelp("Text to search for; the partner decides how it matches.", valueName: "text"))
        var query: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("Tickets per page, 1…\(PartnerTicketClient.pageSize).", valueName: "n"))
        var limit = PartnerTicketClient.pageSize

        @Option(parsing: .unconditional, help: ArgumentHelp("Tickets to skip, for the next pages.", valueName: "n"))
        var offset = 0

        func run() async throws {
            try OptionRange.check(limit, "--limit", 1...PartnerTicketClient.pageSize)
            try OptionRange.check(offset, "--offset", 0...1_000_000)
            if let query, query.count > 256 { throw CLIError.usage("--query: at most 256 characters") }
            let tickets = try await partner.withTicketClient(connection: connection, needs: \.searchObjects, "search") { tickets, _ in
                try await tickets.search(query: query, limit: limit, offset: offset)
            }
            try output.emit(tickets, header: TicketsCommand.columns, rows: tickets.map(TicketsCommand.cells))
        }
    }

    /// `g2a-dash tickets create --session ID --title T [--body B]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a ticket for a session and attach it (createObject; sent once).",
            discussion: TicketsCommand.writeNote)

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var partner: LinkOptions
        @OptionGroup var write: WriteOptions

        @Option(help: ArgumentHelp("The session the ticket is for (see `g2a-dash sessions`).", valueName: "id"))
        var session: String

        @Option(help: ArgumentHelp("The ticket's title (at most 200 characters).", valueName: "text"))
        var title: String

        @Option(help: ArgumentHelp("The ticket's description.", valueName: "text"))
        var body: String?

        func run() async throws {
            try write.refuseIfReadOnly("tickets create", would: "create a helpdesk ticket", connection: connection)
            let sessionId = try LinkOptions.checkID(session, option: "--session")
            // The form's fields only; the link in its kind is not known yet and not used.
            let form = FormState.createTicket(sessionId: sessionId, link: SystemLink(systemName: "", systemDomain: ""))
            let values = try WriteOptions.check(form, ["title": ("--title", title), "body": ("--body", body)])
            let title = values["title"] ?? "", body = values["body"] ?? ""
            let ticket = try await partner.withTicketClient(connection: connection, needs: \.createObject, "create") { tickets, link in
                try write.confirm(WriteRequest.createTicket(link: link, sessionId: sessionId, title: title, body: body).question)
                return try await tickets.create(sessionId: sessionId, title: title, body: body)
            }
            try output.emit(ticket, header: TicketsCommand.columns, rows: [TicketsCommand.cells(ticket)])
        }
    }

    /// `g2a-dash tickets associate --session ID --ticket ID`.
    struct Associate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attach an existing ticket to a session (associateObject).",
            discussion: TicketsCommand.writeNote)

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var partner: LinkOptions
        @OptionGroup var write: WriteOptions

        @Option(help: ArgumentHelp("The session (see `g2a-dash sessions`).", valueName: "id"))
        var session: String

        @Option(help: ArgumentHelp("The partner's ticket id (see `g2a-dash tickets search`).", valueName: "id"))
        var ticket: String

        /// What `--output json` prints: the pair that is now linked, in the API's field names.
        struct Association: Encodable {
            var sessionId: String
            var partnerObject: String
        }

        func run() async throws {
            try write.refuseIfReadOnly("tickets associate", would: "attach a ticket to a session", connection: connection)
            let sessionId = try LinkOptions.checkID(session, option: "--session")
            let ticketId = try LinkOptions.checkID(ticket, option: "--ticket")
            try await partner.withTicketClient(connection: connection, needs: \.associateObject, "associate") { tickets, link in
                try write.confirm(WriteRequest.associateTicket(
                    link: link, sessionId: sessionId, ticket: PartnerTicket(partnerObject: ticketId)).question)
                try await tickets.associate(sessionId: sessionId, partnerObject: ticketId)
            }
            try output.emit(Association(sessionId: sessionId, partnerObject: ticketId), header: ["SESSION", "TICKET"],
                            rows: [[sessionId, ticketId].map(TextSanitizer.sanitize)])
        }
    }
}

extension TicketsCommand {
    /// `--domain` and `--system`: which partner-system link the ticket commands go through.
    struct LinkOptions: ParsableArguments {
        @Option(help: ArgumentHelp("The partner system's domain (default: partner_domain from the profile).", valueName: "domain"))
        var domain: String?

        @Option(help: ArgumentHelp("The link's system name, when several are registered for the domain.", valueName: "name"))
        var system: String?

        /// Finds the link, then runs `body` with a ticket client for it; the connections are closed
        /// afterwards. `callback` names the partner callback the command needs, for the error when
        /// the link says it is not supported.
        func withTicketClient<T>(connection: ConnectionOptions, needs supported: KeyPath<SupportedCallbacks, Bool>,
                                 _ callback: String,
                                 _ body: (PartnerTicketClient, SystemLink) async throws -> T) async throws -> T {
            let environment = ProcessInfo.processInfo.environment
            let domain = try resolvedDomain(config: connection.loadConfig(environment: environment))
            let (client, transport) = try connection.makeClient(environment: environment)
            do {
                let link = try Self.pick(try await client.systemLinks(domain: domain), domain: domain, system: system)
                if let callbacks = link.supportedCallbacks, !callbacks[keyPath: supported] {
                    throw CLIError.failure("the \(link.systemName) link for \(domain) does not support \(callback) (supportedCallbacks)")
                }
                let tickets = try PartnerTicketClient(link: link, transport: transport, logger: connection.makeLogger())
                let result = try await body(tickets, link)
                await transport.shutdown()
                return result
            } catch {
                await transport.shutdown()
                throw error
            }
        }

        /// `--domain`, else the profile's `partner_domain`.
        func resolvedDomain(config: AppConfig) throws -> String {
            let domain = (domain ?? config.partnerDomain ?? "").trimmingCharacters(in: .whitespaces)
            guard !domain.isEmpty else {
                throw CLIError.usage("no partner domain: pass --domain D or set partner_domain in the profile")
            }
            return domain
        }

        /// The one link to use: the only one for the domain, or the one `--system` names.
        static func pick(_ links: [SystemLink], domain: String, system: String?) throws -> SystemLink {
            let register = "register one with `g2a-dash links register --domain \(domain) …`"
            if let system {
                guard let link = links.first(where: { $0.systemName.caseInsensitiveCompare(system) == .orderedSame }) else {
                    throw CLIError.usage("no partner-system link named \(system) for \(domain); \(register)")
                }
                return link
            }
            guard let first = links.first else {
                throw CLIError.usage("no partner-system link for \(domain); \(register)")
            }
            guard links.count == 1 else {
                let names = links.map(\.systemName).joined(separator: ", ")
                throw CLIError.usage("\(links.count) partner-system links for \(domain) (\(names)): choose one with --system NAME")
            }
            return first
        }

        /// An id option: required, one word, at most 64 characters.
        static func checkID(_ text: String, option: String) throws -> String {
            let id = text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { throw CLIError.usage("\(option): must not be empty") }
            guard id.count <= 64, !id.contains(where: { $0.isWhitespace || $0.isNewline }),
                  !TextSanitizer.needsSanitizing(id) else {
                throw CLIError.usage("\(option): not an id (one word, at most 64 characters)")
            }
            return id
        }
    }
}
