import ArgumentParser
import DashboardConfig
import DashboardCore
import DashboardUI
import Foundation

/// `g2a-dash config path|show|check`: where the config lives, what it means, whether it loads.
///
/// These read the file exactly as the dashboard does (same loader, same profile overlay), so a
/// clean `config check` means the dashboard will accept the file too.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show and check the config file.",
        subcommands: [Path.self, Show.self, Check.self])

    /// `g2a-dash config path`: the config file's path, for scripts (`$EDITOR "$(g2a-dash config path)"`).
    struct Path: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the config file's path (whether or not it exists).",
            discussion: """
                Prints only the path, so `$EDITOR "$(g2a-dash config path)"` works. With --all, \
                prints `config: PATH`, `credentials: PATH` and `log: PATH`, one per line.
                """)

        @Flag(help: "Also print the credentials file and the log file, each as `name: path`.")
        var all = false

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let config = ConfigLoader.defaultPath(environment: environment)
            guard all else { return print(config) }
            print("config: \(config)")
            print("credentials: \(CredentialsStore.defaultPath(environment: environment))")
            print("log: \(StatePaths.logFile(environment: environment))")
        }
    }

    /// `g2a-dash config show`: the effective settings as TOML, secrets masked.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective settings as TOML, with defaults and secrets masked.",
            discussion: """
                Every setting is printed with the value the dashboard would use: from the file's \
                top level, laid over by --profile, by the environment (G2A_BASE_URL, G2A_CLIENT_ID, \
                G2A_CLIENT_SECRET, G2A_TOKEN_URL) and by options such as --base-url. A trailing \
                comment says where a value comes from (`# default` when the file does not set it); \
                settings with no value are printed as comments. client_secret is always shown as \
                "****". Exit code 2 when the file is invalid.
                """)

        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let path = ConfigLoader.defaultPath(environment: environment)
            let file = try ConfigCommand.loadFile(path: path)
            if file == nil, let profile = connection.profile {
                throw CLIError.usage("profile \(profile) requested but there is no config file at \(path)")
            }
            let effective: AppConfig
            do {
                effective = try (file ?? AppConfig()).resolved(profile: connection.profile, path: path)
            } catch {
                throw CLIError.usage(error.description)
            }
            let settings = try ConfigShowSettings(
                file: file, effective: effective, profile: connection.profile,
                connection: connection, environment: environment)
            let header = ConfigShowRenderer.header(
                path: path, fileExists: file != nil, profile: connection.profile,
                profilesInFile: file?.profiles.keys.sorted() ?? [],
                credentials: InfoReport.credentialsLine(environment: environment, profile: connection.profile))
            print(header + ConfigShowRenderer.render(settings), terminator: "")
        }
    }

    /// `g2a-dash config check`: loads the file and every profile (or the one named); exit 2 on error.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the config file: syntax, every setting, every profile and its theme.",
            discussion: """
                Prints `ok: PATH` and the profiles checked, and exits 0. On a problem, prints one \
                line naming the file, the line and the key on stderr and exits 2. A missing file is \
                fine (the defaults apply) unless --profile names a profile.
                """)

        @OptionGroup var connection: ConnectionOptions

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let path = ConfigLoader.defaultPath(environment: environment)
            guard let file = try ConfigCommand.loadFile(path: path) else {
                if let profile = connection.profile {
                    throw CLIError.usage("profile \(profile) requested but there is no config file at \(path)")
                }
                return print("no config file at \(path) (defaults apply)")
            }
            let names = connection.profile.map { [$0] } ?? file.profiles.keys.sorted()
            // The top level is what runs without --profile, so it is checked whenever no profile is named.
            let candidates: [String?] = connection.profile == nil ? [nil] + names : names
            let themes = ConfigCommand.themeLoader(environment: environment)
            for profile in candidates {
                let effective: AppConfig
                do {
                    effective = try file.resolved(profile: profile, path: path)
                } catch {
                    throw CLIError.usage(error.description)
                }
                if let theme = effective.theme {
                    do {
                        _ = try themes.load(named: theme)
                    } catch {
                        let key = profile.map { "profiles.\($0).theme" } ?? "theme"
                        throw CLIError.usage("\(path): \(key): \(error.description)")
                    }
                }
            }
            print("ok: \(path)")
            if connection.profile != nil || !names.isEmpty {
                print("profiles: \(names.joined(separator: ", "))")
            }
        }
    }

    /// The parsed file, nil when there is none; a broken file is a usage error (exit 2).
    static func loadFile(path: String) throws -> AppConfig? {
        do {
            return try ConfigLoader.load(path: path)
        } catch {
            throw CLIError.usage(error.description)
        }
    }

    /// The theme search path the dashboard uses, so a theme that passes here loads there.
    static func themeLoader(environment: [String: String]) -> ThemeLoader {
        StatePaths.themeLoader(environment: environment)
    }
}
