import DashboardConfig
import DashboardCore
import Foundation

/// Loads the config file and picks the profile, for the dashboard and the headless commands.
enum ConfigResolution {
    /// The effective settings: the file's top level with the chosen profile laid over it.
    /// Without a file, an empty config; naming a profile then is an error.
    static func load(profile: String?, environment: [String: String]) throws -> (AppConfig, path: String) {
        let path = ConfigLoader.defaultPath(environment: environment)
        do {
            guard let config = try ConfigLoader.load(path: path) else {
                if let profile {
                    throw CLIError.usage("profile \(profile) requested but there is no config file at \(path)")
                }
                return (AppConfig(), path)
            }
            return (try config.resolved(profile: profile, path: path), path)
        } catch let error as ConfigError {
            throw CLIError.usage(error.description)
        }
    }
}
