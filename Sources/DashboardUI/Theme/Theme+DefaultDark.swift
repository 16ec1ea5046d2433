extension Theme {
    /// The built-in dark theme: the fallback for every role a theme file leaves out.
    ///
    /// Backgrounds stay the terminal's own (`.default`) except for bars, selections and
    /// overlays, so transparent terminals and tmux backgrounds keep working (k9s #3722). The
    /// colours are One Dark-like RGB values; ``degraded(to:)`` maps them for poorer terminals.
    /// `themes/default-dark.toml` spells out the same values for people copying a theme.
    public static let defaultDark = Theme(name: "default-dark", completeStyles: defaultDarkStyles)

    private static let defaultDarkStyles: [ThemeRole: Style] = {
        let fg = hex(0xABB2BF), faint = hex(0x7F848E), bright = hex(0xE6E6E6)
        let blue = hex(0x61AFEF), cyan = hex(0x56B6C2), green = hex(0x98C379)
        let yellow = hex(0xE5C07B), orange = hex(0xD19A66), red = hex(0xE06C75)
        let purple = hex(0xC678DD), dark = hex(0x282C34), bar = hex(0x21252B)
        let raised = hex(0x3E4451), field = hex(0x2C313A), selected = hex(0x264F78)
        return [
            .textPrimary: Style(),
            .textFaint: Style(fg: faint),
            .textAccent: Style(fg: blue, bold: true),
            .textEscaped: Style(fg: purple, underline: true),
            .header: Style(fg: fg, bg: bar),
            .headerBadge: Style(fg: dark, bg: blue, bold: true),
            .headerTitle: Style(fg: bright, bg: bar, bold: true),
            .border: Style(fg: hex(0x5C6370)),
            .borderFocused: Style(fg: blue, bold: true),
            .title: Style(fg: fg),
            .titleFocused: Style(fg: blue, bold: true),
            .selection: Style(fg: hex(0xFFFFFF), bg: selected, bold: true),
            .selectionUnfocused: Style(fg: fg, bg: raised),
            .tableHeader: Style(fg: fg, bold: true),
            .tableSortIndicator: Style(fg: blue, bold: true),
            .statusWaiting: Style(fg: yellow, bold: true),
            // Statuses differ by attributes as well as colour, so they stay apart for
            // colour-blind users and in monochrome: bold, plain, dim, underline, dim+underline.
            .statusActive: Style(fg: green),
            .statusComplete: Style(fg: cyan, dim: true),
            .statusAbandoned: Style(fg: red, underline: true),
            .statusNotStarted: Style(fg: fg, dim: true, underline: true),
            .messageInfo: Style(fg: blue),
            .messageWarn: Style(fg: yellow, bold: true),
            .messageError: Style(fg: red, bold: true),
            .stale: Style(fg: orange, bold: true),
            .statusbar: Style(fg: fg, bg: bar),
            .statusbarKey: Style(fg: blue, bg: bar, bold: true),
            .overlay: Style(fg: fg, bg: bar),
            .overlayBorder: Style(fg: blue, bg: bar),
            .overlayKey: Style(fg: yellow, bg: bar, bold: true),
            .input: Style(fg: bright, bg: field),
            .inputCursor: Style(fg: dark, bg: blue),
            .formLabel: Style(fg: fg, bold: true),
            .formError: Style(fg: red),
            .button: Style(fg: fg, bg: raised),
            .buttonFocused: Style(fg: dark, bg: blue, bold: true),
            .progressDone: Style(fg: blue),
            .progressTodo: Style(fg: raised),
            .marked: Style(fg: purple, bold: true),
        ]
    }()

    private static func hex(_ value: UInt32) -> Color {
        .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
