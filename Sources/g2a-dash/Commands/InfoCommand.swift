import ArgumentParser
import DashboardConfig
import DashboardCore
import DashboardUI
import Foundation

/// `g2a-dash info`: everything a bug report needs, one `name: value` per line, never a token.
///
/// It answers "why does the dashboard not work here?" without starting it: which files it
/// reads, who is logged in until when, what the terminal can show, and whether the API answers.
/// Problems are reported as values, not thrown, so the whole report always prints; only a
/// broken config (or base URL) changes the exit code, to 2, after the report.
struct InfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Print diagnostics: version, files, login, terminal, locale, API check.",
        discussion: """
            One `name: value` per line (or --output json / csv). Tokens are never printed, only \
            whether there is one and when the saved one expires. The API check is one request \
            (sessions of the last minute) with a 10-second limit and no retries; it is skipped \
            when there are no credentials. The colour depth is guessed from TERM, COLORTERM and \
            NO_COLOR, because starting curses would take over the terminal. Exit code 0, or 2 \
            when the config file or the base URL is invalid.
            """)

    /// The version `info` reports.
    static let version = "0.1.0"

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var report = InfoReport()
        report.add("version", "g2a-dash \(Self.version)")

        let configPath = ConfigLoader.defaultPath(environment: environment)
        let configExists = FileManager.default.fileExists(atPath: configPath)
        var problem: CLIError?
        var config = AppConfig()
        do {
            config = try connection.loadConfig(environment: environment)
            report.add("config", "\(configPath) (\(configExists ? "exists" : "missing: defaults apply"))")
        } catch let error as CLIError {
            problem = error
            report.add("config", "\(configPath) (invalid: \(error.description))")
        }
        report.add("credentials", InfoReport.credentialsLine(environment: environment, profile: connection.profile))
        report.add("token", InfoReport.tokenSource(connection: connection, environment: environment))
        report.add("log", StatePaths.logFile(environment: environment))
        report.add("profile", connection.profile ?? CredentialsStore.defaultProfile)

        var baseURL: String?
        if problem == nil {
            do {
                baseURL = try connection.resolvedBaseURL(environment: environment, config: config)
                report.add("base_url", baseURL ?? "")
            } catch let error as CLIError {
                problem = error
                report.add("base_url", "invalid (\(error.description))")
            }
        } else {
            report.add("base_url", "unknown (the config file is invalid)")
        }

        report.add("term", environment["TERM"].flatMap { $0.isEmpty ? nil : $0 } ?? "not set")
        report.add("colors", InfoReport.describe(InfoReport.guessedColorDepth(environment: environment))
            + " (guessed from TERM, COLORTERM and NO_COLOR; the dashboard asks terminfo)")
        report.add("locale", InfoReport.locale(environment: environment))
        report.add("utf-8", InfoReport.utf8Status(environment: environment))

        if let baseURL {
            report.add("api", await InfoReport.probeAPI(connection: connection, config: config, baseURL: baseURL,
                                                         environment: environment))
        } else {
            report.add("api", "not checked (fix the configuration first)")
        }

        let text = try report.render(output.output)
        FileHandle.standardOutput.write(Data(text.utf8))
        if let problem { throw problem }
    }
}
