/// Which keys run which commands: defaults plus the user's overrides from the config.
///
/// The help overlay is generated from the live keymap, so it cannot drift from what the keys
/// do. Defaults avoid tmux's prefixes (ctrl-a, ctrl-b) and any instant destructive key.
public struct KeyMap: Equatable, Sendable {
    public private(set) var bindings: [KeyCommand: [Key]]
    private var lookup: [Key: KeyCommand]

    public init(bindings: [KeyCommand: [Key]]) {
        self.bindings = bindings
        lookup = [:]
        rebuildLookup()
    }

    /// The default bindings.
    public static let standard = KeyMap(bindings: [
        .quit: [.character("q")],
        .help: [.character("?")],
        .nextPane: [.tab],
        .previousPane: [.backTab],
        .focusSessions: [.character("1")],
        .focusCompanies: [.character("2")],
        .focusRecordings: [.character("3")],
        .up: [.character("k"), .up],
        .down: [.character("j"), .down],
        .pageUp: [.pageUp, .ctrl("u")],
        .pageDown: [.pageDown, .ctrl("d")],
        .top: [.character("g"), .home],
        .bottom: [.character("G"), .end],
        .openDetail: [.enter],
        .filter: [.character("/")],
        .sortNext: [.character("s")],
        .sortReverse: [.character("S")],
        .refresh: [.character("r"), .ctrl("r")],
        .commandLine: [.character(":")],
        .messageLog: [.character("L")],
        .newSession: [.character("n")],
        .ticket: [.character("t")],
        .recordingsFilter: [.character("f")],
        .mark: [.character(" ")],
        .download: [.character("d")],
        .downloadMarked: [.character("D")],
        .transcode: [.character("T")],
        .downloads: [.character("w")],
    ])

    /// The command a key runs in normal mode, if any.
    public func command(for key: Key) -> KeyCommand? { lookup[key] }

    /// The keys of a command, in binding order.
    public func keys(for command: KeyCommand) -> [Key] { bindings[command] ?? [] }

    /// Replaces a command's keys; a key taken from another command is removed from it, so one
    /// key never means two things.
    public mutating func rebind(_ command: KeyCommand, to keys: [Key]) {
        for key in keys {
            for (other, otherKeys) in bindings where other != command && otherKeys.contains(key) {
                bindings[other] = otherKeys.filter { $0 != key }
            }
        }
        bindings[command] = keys
        rebuildLookup()
    }

    private mutating func rebuildLookup() {
        lookup = [:]
        for command in KeyCommand.allCases {
            for key in bindings[command] ?? [] where lookup[key] == nil { lookup[key] = command }
        }
    }
}
