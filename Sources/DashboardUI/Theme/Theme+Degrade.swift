extension Theme {
    /// Returns the theme as a terminal of `depth` can show it, keeping it readable.
    ///
    /// Every colour is mapped with ``Color/downgraded(to:)``. Two fixes keep the result usable:
    ///
    /// - If a role's foreground and background were different but land on the same palette
    ///   entry (dark greys often do at 16 colours), the foreground becomes black or white,
    ///   whichever contrasts with the background.
    /// - At `.mono` colour carries nothing, so roles that relied on it get attributes: the
    ///   selection, the input cursor and the focused button are always reverse, and roles such
    ///   as `border.focused` or `status.waiting` that have no bold, reverse or underline of
    ///   their own get one. That is what `NO_COLOR` users see.
    public func degraded(to depth: ColorDepth) -> Theme {
        guard depth != .trueColor else { return self }
        var result = self
        for role in ThemeRole.allCases {
            let original = style(role)
            var style = original.downgraded(to: depth)
            if depth == .mono {
                style = Self.emphasisedForMono(style, role: role)
            } else if original.fg != original.bg, style.fg == style.bg, style.fg != .default {
                style.fg = Self.contrasting(with: style.bg)
            }
            result[role] = style
        }
        return result
    }

    /// Attributes a role must always have in monochrome, or it can't be seen at all.
    private static let monoRequired: [ThemeRole: Style] = [
        .selection: Style(reverse: true),
        .inputCursor: Style(reverse: true),
        .buttonFocused: Style(reverse: true),
    ]

    /// Attributes a role gets in monochrome when it has no bold, reverse or underline.
    private static let monoFallback: [ThemeRole: Style] = [
        .textFaint: Style(dim: true),
        .textAccent: Style(bold: true),
        .textEscaped: Style(underline: true),
        .header: Style(reverse: true),
        .headerBadge: Style(bold: true, reverse: true),
        .headerTitle: Style(bold: true, reverse: true),
        .borderFocused: Style(bold: true),
        .titleFocused: Style(bold: true),
        .selectionUnfocused: Style(underline: true),
        .tableHeader: Style(bold: true),
        .tableSortIndicator: Style(bold: true),
        .statusWaiting: Style(bold: true),
        .statusComplete: Style(dim: true),
        .statusAbandoned: Style(underline: true),
        .statusNotStarted: Style(dim: true, underline: true),
        .messageWarn: Style(bold: true),
        .messageError: Style(bold: true, underline: true),
        .stale: Style(bold: true),
        .statusbar: Style(reverse: true),
        .statusbarKey: Style(bold: true, reverse: true),
        .overlayBorder: Style(bold: true),
        .overlayKey: Style(bold: true),
        .formError: Style(bold: true),
        .progressDone: Style(reverse: true),
        .progressTodo: Style(dim: true),
        .marked: Style(bold: true, underline: true),
    ]

    private static func emphasisedForMono(_ style: Style, role: ThemeRole) -> Style {
        var style = style
        if let required = monoRequired[role] {
            style.merge(attributesOf: required)
        }
        if !(style.bold || style.reverse || style.underline), let fallback = monoFallback[role] {
            style.merge(attributesOf: fallback)
        }
        return style
    }

    private static func contrasting(with background: Color) -> Color {
        (background.luminance ?? 0) < 0.5 ? .ansi(15) : .ansi(0)
    }
}

extension Style {
    /// Turns on every attribute that `other` has (colours are left alone).
    fileprivate mutating func merge(attributesOf other: Style) {
        bold = bold || other.bold
        dim = dim || other.dim
        reverse = reverse || other.reverse
        underline = underline || other.underline
    }
}
