import AsyncHTTPClient
import Foundation
import GoToAssistSimulator
import NIOCore
import TestSupport
import Testing

/// The headless write commands (start, tickets, links register, browser-link), run as a script
/// or a person would run them, against a simulator on loopback.
///
/// What is checked is what a user would notice: the launch URL, the ticket on the session, the
/// masked token, and (through the simulator's request log) that a write is sent exactly once,
/// or not at all when it is refused.
@Suite(.serialized) struct WriteCommandTests {
    typealias Logged = (method: String, path: String)

    /// The session JSON of `g2a-dash sessions --output json` over the simulator's 30 days.
    static func sessions(_ server: SimulatorServer, _ env: [String: String]) async throws -> [[String: Any]] {
        let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-31 * 86_400))
        let result = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL, "--from", from, "--output", "json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(try HeadlessCommandTests.json(result.stdout) as? [String: Any])
        return try #require(doc["sessions"] as? [[String: Any]])
    }

    /// A session that has an id (the expert started it), with the ticket it carries now.
    static func someSession(_ server: SimulatorServer, _ env: [String: String]) async throws -> (id: String, ticket: String?) {
        let session = try #require(try await sessions(server, env).first { $0["sessionId"] is String })
        return (try #require(session["sessionId"] as? String), session["partnerObject"] as? String)
    }

    /// The API requests the simulator saw.
    ///
    /// The simulator logs a request before its answer goes out (RequestLogMiddleware), so once
    /// the binary has exited every request it made is in the log: no waiting is needed.
    static func requestLog(_ server: SimulatorServer) async throws -> [Logged] {
        let response = try await HTTPClient.shared.execute(
            HTTPClientRequest(url: server.rootURL + "/_sim/requests"), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
        let list = try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [[String: Any]] ?? []
        return list.map { (method: $0["method"] as? String ?? "", path: $0["path"] as? String ?? "") }
    }

    /// Empties the request log, so a test sees only what follows.
    static func clearRequestLog(_ server: SimulatorServer) async throws {
        var request = HTTPClientRequest(url: server.rootURL + "/_sim/requests")
        request.method = .DELETE
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        #expect(response.status == .noContent)
    }

    /// The requests that change something on the server.
    static func writes(_ log: [Logged]) -> [Logged] {
        log.filter { $0.method == "POST" || $0.method == "PUT" }
    }

    /// The environment with a config file holding `toml`.
    static func withConfig(_ env: [String: String], _ toml: String) throws -> [String: String] {
        let dir = try #require(env["XDG_CONFIG_HOME"]) + "/g2a-dash"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try toml.write(toFile: dir + "/config.toml", atomically: true, encoding: .utf8)
        return env
    }

    // MARK: - start

    @Test func startPrintsTheLaunchURLSendsOnePOSTAndTheSessionAppears() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let result = try await BinaryRunner.run([
                "start", "--base-url", server.baseURL, "--customer-name", "Ann Example", "--customer-email", "ann@example.com",
                "--ticket", "456", "--ticket-url", "https://helpdesk.example.com/tickets/456",
            ], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "stdin is not a terminal: nothing is asked")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let url = try #require(lines.first { $0.hasPrefix("launch-url: ") }?.dropFirst("launch-url: ".count))
            #expect(url.hasPrefix("https://"))
            #expect(lines.contains { $0.hasPrefix("session-token: ") })

            let log = try await Self.requestLog(server)
            #expect(Self.writes(log).map { "\($0.method) \($0.path)" } == ["POST /G2A/rest/v1/sessions"])

            // It has no id until the expert starts it, but it is listed, waiting for the expert.
            let created = try await Self.sessions(server, env).filter { $0["customerName"] as? String == "Ann Example" }
            #expect(created.count == 1)
            #expect(created.first?["partnerObject"] as? String == "456")
            #expect(created.first?["status"] as? String == "notStarted")
        }
    }

    @Test func startJSONIsTheAPIResponse() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let result = try await BinaryRunner.run(["start", "--base-url", server.baseURL, "--output", "json"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let doc = try #require(try HeadlessCommandTests.json(result.stdout) as? [String: Any])
            let inner = try #require(doc["startScreenSharing"] as? [String: Any])
            #expect((inner["launchUrl"] as? String)?.hasPrefix("https://") == true)
            #expect(inner["sessionToken"] is String)
        }
    }

    @Test func invalidInputIsAUsageErrorNamingTheOptionAndNothingIsSent() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let cases: [(arguments: [String], option: String)] = [
                (["--customer-email", "ann@"], "--customer-email"),
                (["--ticket-url", "ftp://helpdesk.example.com/456"], "--ticket-url"),
                (["--callback-url", "not a url"], "--callback-url"),
                (["--customer-name", String(repeating: "x", count: 129)], "--customer-name"),
            ]
            for (arguments, option) in cases {
                let result = try await BinaryRunner.run(["start", "--base-url", server.baseURL] + arguments, environment: env)
                #expect(result.status == 2, "\(option): \(result.stderr)")
                #expect(result.stderr.hasPrefix("g2a-dash: \(option):"), "\(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1)
                #expect(result.stdout.isEmpty)
            }
            #expect(try await Self.requestLog(server).isEmpty, "a refused start sends no request at all")
        }
    }

    // MARK: - read-only

    @Test func readOnlyRefusesEveryWriteBeforeAnyRequest() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let before = try await Self.someSession(server, env)
            let link = ["--base-url", server.baseURL, "--domain", server.partnerDomain]
            var partnerEnv = env
            partnerEnv["G2A_PARTNER_TOKEN"] = "partner-token-SECRET"
            let writes: [(command: String, arguments: [String], env: [String: String])] = [
                ("start", ["start", "--base-url", server.baseURL, "--customer-name", "Ann"], env),
                ("tickets create", ["tickets", "create", "--session", before.id, "--title", "Printer"] + link, env),
                ("tickets associate", ["tickets", "associate", "--session", before.id, "--ticket", "456"] + link, env),
                ("links register", ["links", "register", "--system-name", "Desk", "--user-email", "me@example.com",
                                    "--callback-url", "https://desk.example.com/cb"] + link, partnerEnv),
            ]
            try await Self.clearRequestLog(server)
            for write in writes {
                let result = try await BinaryRunner.run(write.arguments + ["--readonly", "--yes"], environment: write.env)
                #expect(result.status == 2, "\(write.command): \(result.stderr)")
                #expect(result.stderr.hasPrefix("g2a-dash: read-only mode: \(write.command) would "))
                #expect(result.stderr.contains("remove --readonly / read_only from the profile"))
                #expect(result.stderr.split(separator: "\n").count == 1)
            }
            #expect(try await Self.requestLog(server).isEmpty, "read-only refuses before any network call")

            // The profile's read_only does the same; reading still works.
            let safe = try Self.withConfig(env, "[profiles.safe]\nread_only = true\n")
            let refused = try await BinaryRunner.run(["start", "--base-url", server.baseURL, "--profile", "safe"], environment: safe)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("read-only mode: start would"))
            let read = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--profile", "safe", "--readonly"], environment: safe)
            #expect(read.status == 0, "\(read.stderr)")
            #expect(Self.writes(try await Self.requestLog(server)).isEmpty)

            let after = try await Self.someSession(server, env)
            #expect(after.id == before.id && after.ticket == before.ticket, "the session's ticket is unchanged")
        }
    }

    // MARK: - tickets

    @Test func ticketsSearchPagesThroughThePartnersTickets() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            // The domain comes from the profile here.
            let configured = try Self.withConfig(env, "partner_domain = \"\(server.partnerDomain)\"\n")
            let search = ["tickets", "search", "--base-url", server.baseURL, "--output", "json"]
            let first = try await BinaryRunner.run(search + ["--limit", "3"], environment: configured)
            #expect(first.status == 0, "\(first.stderr)")
            let page1 = try #require(try HeadlessCommandTests.json(first.stdout) as? [[String: Any]])
            #expect(page1.count == 3)
            #expect(page1.allSatisfy { $0["partnerObject"] is String && $0["title"] is String })
            let second = try await BinaryRunner.run(search + ["--limit", "3", "--offset", "3"], environment: configured)
            let page2 = try #require(try HeadlessCommandTests.json(second.stdout) as? [[String: Any]])
            #expect(page2.count == 3)
            #expect(Set(page1.compactMap { $0["partnerObject"] as? String })
                .isDisjoint(with: page2.compactMap { $0["partnerObject"] as? String }))

            let title = try #require(page1[0]["title"] as? String)
            let table = try await BinaryRunner.run(["tickets", "search", "--base-url", server.baseURL, "--query", title], environment: configured)
            #expect(table.status == 0)
            #expect(table.stdout.hasPrefix("TICKET"))
            #expect(table.stdout.contains(title))

            let tooMany = try await BinaryRunner.run(search + ["--limit", "50"], environment: configured)
            #expect(tooMany.status == 2)
            #expect(tooMany.stderr.contains("--limit"))
        }
    }

    @Test func ticketsWithoutALinkSayHowToRegisterOne() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let result = try await BinaryRunner.run(
                ["tickets", "search", "--base-url", server.baseURL, "--domain", "unlinked.example.org"], environment: env)
            #expect(result.status == 2)
            #expect(result.stderr.contains("no partner-system link for unlinked.example.org"))
            #expect(result.stderr.contains("g2a-dash links register"))
            let noDomain = try await BinaryRunner.run(["tickets", "search", "--base-url", server.baseURL], environment: env)
            #expect(noDomain.status == 2)
            #expect(noDomain.stderr.contains("--domain"))
            #expect(noDomain.stderr.contains("partner_domain"))
        }
    }

    @Test func ticketsAssociateShowsTheTicketOnTheSession() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let link = ["--base-url", server.baseURL, "--domain", server.partnerDomain]
            let session = try await Self.someSession(server, env)
            let search = try await BinaryRunner.run(["tickets", "search", "--output", "json"] + link, environment: env)
            let tickets = try #require(try HeadlessCommandTests.json(search.stdout) as? [[String: Any]])
            let ticket = try #require(tickets.compactMap { $0["partnerObject"] as? String }.first { $0 != session.ticket })

            let result = try await BinaryRunner.run(
                ["tickets", "associate", "--session", session.id, "--ticket", ticket] + link, environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(session.id) && result.stdout.contains(ticket))

            let after = try await Self.sessions(server, env).first { $0["sessionId"] as? String == session.id }
            #expect(after?["partnerObject"] as? String == ticket)
            #expect((after?["partnerObjectUrl"] as? String)?.hasSuffix("/\(ticket)") == true)

            let unknown = try await BinaryRunner.run(
                ["tickets", "associate", "--session", session.id, "--ticket", "99999999"] + link, environment: env)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("99999999"))
        }
    }

    @Test func ticketsCreateOpensATicketOnTheSession() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let link = ["--base-url", server.baseURL, "--domain", server.partnerDomain]
            let session = try await Self.someSession(server, env)
            let title = "Label printer jams on every 3rd label"
            let result = try await BinaryRunner.run(
                ["tickets", "create", "--session", session.id, "--title", title, "--body", "Seen at desk 12.", "--output", "json"] + link,
                environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let ticket = try #require(try HeadlessCommandTests.json(result.stdout) as? [String: Any])
            let id = try #require(ticket["partnerObject"] as? String)
            #expect(ticket["title"] as? String == title)

            let after = try await Self.sessions(server, env).first { $0["sessionId"] as? String == session.id }
            #expect(after?["partnerObject"] as? String == id)
            let found = try await BinaryRunner.run(["tickets", "search", "--query", "Label printer", "--output", "csv"] + link, environment: env)
            #expect(found.stdout.contains(id + "," + title))

            let untitled = try await BinaryRunner.run(["tickets", "create", "--session", session.id, "--title", " "] + link, environment: env)
            #expect(untitled.status == 2)
            #expect(untitled.stderr.contains("--title"))
        }
    }

    // MARK: - links register

    @Test func linksRegisterStoresTheLinkAndNeverPrintsTheToken() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let secret = "partner-token-SECRET-4711"
            var partnerEnv = env
            partnerEnv["G2A_PARTNER_TOKEN"] = secret
            let register = ["links", "register", "--base-url", server.baseURL, "--domain", "desk.example.org",
                            "--system-name", "Example Desk", "--user-email", "tech@example.org",
                            "--callback-url", "https://desk.example.org/g2a", "--supported-callbacks", "searchObjects,associateObject"]
            let stored = try await BinaryRunner.run(register, environment: partnerEnv)
            #expect(stored.status == 0, "\(stored.stderr)")
            #expect(stored.stdout.contains("Example Desk") && stored.stdout.contains("••••"))

            let list = try await BinaryRunner.run(
                ["links", "list", "--base-url", server.baseURL, "--domain", "desk.example.org", "--output", "json"], environment: env)
            let links = try #require(try HeadlessCommandTests.json(list.stdout) as? [[String: Any]])
            #expect(links.count == 1)
            #expect(links.first?["systemName"] as? String == "Example Desk")
            #expect(links.first?["callbackURL"] as? String == "https://desk.example.org/g2a")
            #expect(links.first?["userToken"] as? String == "••••••••")
            let callbacks = links.first?["supportedCallbacks"] as? [String: Any]
            #expect(callbacks?["createObject"] as? Bool == false && callbacks?["searchObjects"] as? Bool == true)

            // From a private file instead of the environment; a file others can read is refused.
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("partner-\(UUID().uuidString)").path
            _ = FileManager.default.createFile(atPath: path, contents: Data("\(secret)\n".utf8), attributes: [.posixPermissions: 0o644])
            defer { try? FileManager.default.removeItem(atPath: path) }
            let open = try await BinaryRunner.run(register + ["--user-token-file", path], environment: env)
            #expect(open.status == 2)
            #expect(open.stderr.contains("--user-token-file") && open.stderr.contains("chmod 600"))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            let fromFile = try await BinaryRunner.run(register + ["--user-token-file", path, "--output", "json"], environment: env)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")

            let missing = try await BinaryRunner.run(register, environment: env)
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("G2A_PARTNER_TOKEN"))
            let inArgv = try await BinaryRunner.run(register + ["--user-token", secret], environment: env)
            #expect(inArgv.status == 2, "there is no option that takes the token")

            for result in [stored, list, open, fromFile, missing] {
                #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
            }
            #expect(Self.writes(try await Self.requestLog(server)).count == 2, "one POST per successful register")
        }
    }

    // MARK: - browser-link

    @Test func browserLinkPrintsALaunchURL() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let result = try await BinaryRunner.run(["browser-link", "--base-url", server.baseURL, "--readonly"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(URL(string: String(lines[0]))?.scheme == "https")
        }
    }

    // MARK: - confirmation

    /// Runs the binary with a pseudo-terminal on stdin (through `script`), typing `answer`.
    /// stdout and stderr arrive together, as on a screen.
    static func onTerminal(_ arguments: [String], answer: String, environment: [String: String]) async throws -> ChildProcess.Output {
        var env = environment
        env["SHELL"] = "/bin/sh"
        env["G2A_COMMAND"] = ([BinaryRunner.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        env["G2A_ANSWER"] = answer
        let environment = env
        return try await offload {
            try ChildProcess.run("/bin/sh", ["-c", #"printf '%s\n' "$G2A_ANSWER" | timeout 60 script -qec "$G2A_COMMAND" /dev/null"#],
                                 environment: environment)
        }
    }

    @Test func onATerminalAWriteIsSentOnlyAfterYes() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let start = ["start", "--base-url", server.baseURL, "--customer-name", "Ann Example"]
            let declined = try await Self.onTerminal(start, answer: "n", environment: env)
            #expect(declined.status == 1)
            #expect(declined.stdoutText.contains("Start a screen-sharing session with Ann Example? [y/N]"))
            #expect(declined.stdoutText.contains("aborted: nothing was sent"))
            #expect(!declined.stdoutText.contains("launch-url:"))
            #expect(try await Self.requestLog(server).isEmpty, "a declined start sends nothing")

            let accepted = try await Self.onTerminal(start, answer: "yes", environment: env)
            #expect(accepted.status == 0, "\(accepted.stdoutText)")
            #expect(accepted.stdoutText.contains("[y/N]"))
            #expect(accepted.stdoutText.contains("launch-url: https://"))

            let unasked = try await Self.onTerminal(start + ["--yes"], answer: "n", environment: env)
            #expect(unasked.status == 0, "\(unasked.stdoutText)")
            #expect(!unasked.stdoutText.contains("[y/N]"))
            let log = try await Self.requestLog(server)
            #expect(Self.writes(log).count == 2, "one POST for each confirmed start")
        }
    }
}
