import DashboardCore

/// Loads themes by name and keeps them, adapted to what the terminal can show.
///
/// Lives on the main actor with the store and the renderer; the reducer reaches it only
/// through the environment's `loadTheme` closure, which reports an error text or nil.
@MainActor
public final class ThemeProvider {
    private let loader: ThemeLoader
    private let depth: ColorDepth
    private var cache: [String: Theme] = [:]

    public init(loader: ThemeLoader, depth: ColorDepth, initial: Theme) {
        self.loader = loader
        self.depth = depth
        cache[initial.name] = initial.degraded(to: depth)
    }

    /// The theme of a name already loaded, else the built-in default.
    public func theme(named name: String) -> Theme {
        cache[name] ?? cache.values.first ?? Theme.defaultDark.degraded(to: depth)
    }

    /// Loads a theme; returns a one-line error, or nil when it is ready to use.
    public func load(_ name: String) -> String? {
        if cache[name] != nil { return nil }
        do {
            let theme = try loader.load(named: name)
            cache[name] = theme.degraded(to: depth)
            return nil
        } catch {
            return error.description
        }
    }
}
