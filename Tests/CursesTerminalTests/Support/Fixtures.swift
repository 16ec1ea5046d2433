import DashboardUI

@testable import CursesTerminal

/// Shared set-up for terminal tests.
enum Fixtures {
    /// A UTF-8, 256-colour environment with nothing else set.
    static let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

    /// A session-table-like frame: a title bar with a clock, a header, styled rows and the
    /// hardware cursor on the selected row.
    ///
    /// The clock is styled like the default theme's header (two 256-colour indices after
    /// downgrading, not bold), as `HeaderView` draws it.
    static func dashboard(width: Int = 120, height: Int = 40, clock: String = "12:00:01") -> Grid {
        var grid = Grid(width: width, height: height)
        let title = Style(fg: .rgb(0xE0, 0xE0, 0xE0), bg: .rgb(0x20, 0x30, 0x60), bold: true)
        grid.put(String(repeating: " ", count: width), x: 0, y: 0, style: title)
        grid.put("g2a-dash — sessions", x: 1, y: 0, style: title)
        let header = Style(fg: .rgb(0xAB, 0xB2, 0xBF), bg: .rgb(0x21, 0x25, 0x2B))
        grid.put(clock, x: width - 9, y: 0, style: header)
        grid.put(
            "ID     Customer              Status      Agent", x: 1, y: 2,
            style: Style(underline: true))
        let statuses: [(String, Color)] = [
            ("waiting", .ansi(3)), ("active", .ansi(2)), ("ended", .indexed(244)),
            ("failed", .rgb(255, 80, 80)),
        ]
        for row in 0..<min(30, height - 5) {
            let (status, color) = statuses[row % statuses.count]
            let selected = row == 2
            let base = selected ? Style(reverse: true) : .plain
            grid.put("\(4700 + row)   Customer \(row)", x: 1, y: 3 + row, style: base)
            var statusStyle = base
            statusStyle.fg = color
            grid.put(status, x: 30, y: 3 + row, style: statusStyle)
            grid.put("agent\(row % 5)", x: 42, y: 3 + row, style: base)
        }
        grid.cursor = (x: 1, y: 5)
        return grid
    }
}

/// A terminal on pipes with a fixed size: what the byte-count tests and benchmarks use.
final class PipeTerminal {
    let input = TestPipe()
    let output = TestPipe()
    let terminal: CursesTerminal

    init(
        width: Int = 120,
        height: Int = 40,
        environment: [String: String] = Fixtures.environment
    ) throws {
        terminal = try CursesTerminal(
            options: .init(
                inputFD: input.readFD,
                outputFD: output.writeFD,
                environment: environment,
                fixedSize: TerminalSize(width: width, height: height),
                handlesSignals: false))
    }

    deinit {
        // A failed `#require` must not leave the process's one screen open for the next test.
        terminal.restoreNow()
    }

    /// Presents `grid`, waits until it is written and returns the bytes it cost.
    func bytes(presenting grid: Grid) async -> [UInt8] {
        terminal.present(grid)
        await terminal.waitUntilPresented()
        return output.drain()
    }
}

/// Collects events until the stream finishes or `timeout` seconds pass.
func collectEvents(
    from events: AsyncStream<TerminalEvent>,
    timeout: Double = 10,
    until stop: @escaping @Sendable ([TerminalEvent]) -> Bool = { _ in false }
) async -> (events: [TerminalEvent], finished: Bool) {
    await withTaskGroup(of: (events: [TerminalEvent], finished: Bool)?.self) { group in
        group.addTask {
            var seen: [TerminalEvent] = []
            for await event in events {
                seen.append(event)
                if stop(seen) { return (seen, false) }
            }
            return Task.isCancelled ? nil : (seen, true)
        }
        group.addTask {
            // A failure deadline, not synchronisation: a passing test never waits for it.
            try? await Task.sleep(for: .seconds(timeout))
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first ?? ([], false)
    }
}
