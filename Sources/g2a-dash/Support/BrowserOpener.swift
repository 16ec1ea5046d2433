import Foundation

/// Opens a URL with `$BROWSER` or `xdg-open`, but only where a local display exists.
///
/// On a jump host over SSH there is no display, and starting a text browser inside the
/// dashboard's terminal would fight it for the screen; the user is told to copy instead.
enum BrowserOpener {
    /// Whether a browser can be opened here: a local X11 or Wayland display.
    static func hasDisplay(_ environment: [String: String]) -> Bool {
        [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
    }

    static func open(_ url: String, environment: [String: String]) -> String {
        guard hasDisplay(environment) else { return "no local display (DISPLAY unset): press y to copy the URL instead" }
        let command = environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 } ?? "xdg-open"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The URL is one argument, never passed through a shell.
        process.arguments = [command, url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "could not start \(command): \(error.localizedDescription)"
        }
        return "opened with \(command)"
    }
}
