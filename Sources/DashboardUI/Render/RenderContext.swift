import DashboardCore
import Foundation

/// What every view needs besides its own slice of state: the theme, glyphs, keys and clock.
///
/// Built once per frame by ``DashboardView``, so views never reach for globals (the process
/// time zone, the locale) and the same input always draws the same grid.
struct RenderContext {
    /// The whole state being drawn.
    let state: DashboardState
    /// The theme, already mapped to the terminal's colour depth.
    let theme: Theme
    /// Unicode or ASCII glyphs.
    let symbols: Symbols
    /// The live key bindings, for hints and help.
    let keymap: KeyMap
    /// How wall-clock times are written (local zone in the app, UTC in tests).
    let time: TimeText

    /// The time the frame shows: the state's last clock tick, never `Date()`.
    var now: Date { state.now }

    /// Returns the theme's style for `role`.
    func style(_ role: ThemeRole) -> Style {
        theme.style(role)
    }

    /// Returns the style for `role` drawn on `base`: where the role has no background of its own
    /// it takes `base`'s, so a coloured word inside a bar doesn't punch a hole in the bar.
    func style(_ role: ThemeRole, on base: Style) -> Style {
        var style = theme.style(role)
        if style.bg == .default { style.bg = base.bg }
        return style
    }
}
