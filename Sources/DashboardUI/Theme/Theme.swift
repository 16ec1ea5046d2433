/// A complete mapping from every ``ThemeRole`` to a ``Style``.
///
/// Themes are plain values: panes look up roles (`theme.style(.selection)`), never colours.
/// Every theme is complete, because theme files override the built-in ``defaultDark`` role by
/// role and field by field; a role a file does not mention keeps the built-in style.
public struct Theme: Equatable, Sendable {
    /// The theme's name, such as `default-dark` or a file's name without `.toml`.
    public var name: String
    private var styles: [ThemeRole: Style]

    /// Creates a theme from `styles`; roles missing from it take their style from `base`.
    public init(name: String, styles: [ThemeRole: Style] = [:], base: Theme = .defaultDark) {
        self.name = name
        self.styles = base.styles.merging(styles) { _, new in new }
    }

    /// Creates a theme that must list every role; used for the built-in theme itself.
    init(name: String, completeStyles: [ThemeRole: Style]) {
        assert(ThemeRole.allCases.allSatisfy { completeStyles[$0] != nil }, "missing roles")
        self.name = name
        self.styles = completeStyles
    }

    /// Returns the style for `role`.
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The style for `role`; setting it replaces that role's style.
    public subscript(role: ThemeRole) -> Style {
        get { style(role) }
        set { styles[role] = newValue }
    }

    /// The themes compiled into the binary, available even with no themes folder.
    public static let builtIns: [Theme] = [.defaultDark]

    /// Returns the built-in theme called `name`, if there is one.
    public static func builtIn(named name: String) -> Theme? {
        builtIns.first { $0.name == name }
    }
}
