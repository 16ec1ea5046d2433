/// One `:` command: its names, what it does, and how it runs.
///
/// The one table of commands: the parser, the help overlay and Tab completion read it, so a
/// command cannot be listed in one and missing from another.
public struct DashboardCommand: Sendable {
    /// The name shown in the help and completed by Tab, then its aliases.
    public let names: [String]
    /// How its argument is written in the help (`NAME`, `24h|7d|30d`), nil when it takes none.
    public let argument: String?
    public let summary: String
    /// Whether it leads to a change on the server; read-only mode greys it in the help.
    public let isWrite: Bool
    let run: @Sendable (inout DashboardState, String, DashboardEnvironment) -> Effect<DashboardAction>

    init(_ names: [String], argument: String? = nil, _ summary: String, isWrite: Bool = false,
         run: @escaping @Sendable (inout DashboardState, String, DashboardEnvironment) -> Effect<DashboardAction>) {
        self.names = names
        self.argument = argument
        self.summary = summary
        self.isWrite = isWrite
        self.run = run
    }

    /// `:name ARG` as the help writes it.
    public var usage: String { ":" + names[0] + (argument.map { " " + $0 } ?? "") }

    /// The command called `name` (case-insensitive), if any.
    public static func named(_ name: String) -> DashboardCommand? {
        let lower = name.lowercased()
        return all.first { $0.names.contains(lower) }
    }

    /// The command names that start with `prefix`, in table order, for Tab.
    public static func completions(of prefix: String) -> [String] {
        let lower = prefix.lowercased()
        return all.map { $0.names[0] }.filter { $0.hasPrefix(lower) }
    }
}
