/// Values that try to break a terminal UI: escapes, control characters, bidi overrides, huge strings.
///
/// Used only in the `.hostile` scenario; a correct client shows them inert, never interprets them.
enum HostileStrings {
    static let huge = String(repeating: "Ω-long-", count: 1_429) + "end"  // 10,006 characters

    static let names = [
        "\u{1b}[2J\u{1b}[HScreen Wiper",
        "Evil\u{1b}]0;pwned\u{7} Corp",
        "\u{1b}[31mRed Alert\u{1b}[0m Ltd",
        "C1\u{9b}31m Control",
        "Del\u{7f}eted Name",
        "\u{202E}gnp.exe Bidi",
        "Bell\u{7}Back\u{8}space\rReturn",
        "Tab\tNewline\nNul\u{0}Byte",
        String(repeating: "W", count: 10_000),
        huge,
    ]

    /// The hostile value for the `index`-th hostile slot, cycling through the list.
    static func value(_ index: Int) -> String {
        names[index % names.count]
    }
}
