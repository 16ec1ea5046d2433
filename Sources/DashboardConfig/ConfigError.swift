import DashboardCore

/// Why the config file cannot be used: one line naming the file, the line and the key.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(path: String, line: Int? = nil, key: String? = nil, message: String) {
        self.path = path
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        let keyPart = key.map { " \($0):" } ?? ""
        return TextSanitizer.sanitize("\(location):\(keyPart) \(message)")
    }
}
