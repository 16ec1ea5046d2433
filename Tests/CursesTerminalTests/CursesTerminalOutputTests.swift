import DashboardUI
import Testing

@testable import CursesTerminal

/// Output-budget tests: ncurses writes into a pipe, and the bytes per frame are counted.
///
extension LiveTerminalTests {
    /// These pin the SSH-bandwidth promises: an unchanged frame costs nothing and a clock tick
    /// costs a few dozen bytes, never a repaint.
    @Suite struct Output {
        @Test func firstFrameWritesBytes() async throws {
            let pipe = try PipeTerminal()
            let bytes = await pipe.bytes(presenting: Fixtures.dashboard())
            #expect(bytes.count > 500)
            await pipe.terminal.shutdown()
        }

        @Test func identicalFrameWritesZeroBytes() async throws {
            let pipe = try PipeTerminal()
            _ = await pipe.bytes(presenting: Fixtures.dashboard())
            #expect(await pipe.bytes(presenting: Fixtures.dashboard()).count == 0)
            #expect(await pipe.bytes(presenting: Fixtures.dashboard()).count == 0)
            await pipe.terminal.shutdown()
        }

        @Test func clockTickWritesFewerThan64Bytes() async throws {
            let pipe = try PipeTerminal()
            _ = await pipe.bytes(presenting: Fixtures.dashboard(clock: "12:00:01"))
            let tick = await pipe.bytes(presenting: Fixtures.dashboard(clock: "12:00:02"))
            #expect(tick.count > 0)
            #expect(tick.count < 64, "a one-field change cost \(tick.count) bytes")
            let longerTick = await pipe.bytes(presenting: Fixtures.dashboard(clock: "23:59:58"))
            #expect(longerTick.count < 64, "an 8-character change cost \(longerTick.count) bytes")
            await pipe.terminal.shutdown()
        }

        @Test func burstOfFramesDrawsOnlyTheNewest() async throws {
            let pipe = try PipeTerminal()
            _ = await pipe.bytes(presenting: Fixtures.dashboard(clock: "12:00:01"))
            for second in 2...9 {
                pipe.terminal.present(Fixtures.dashboard(clock: "12:00:0\(second)"))
            }
            await pipe.terminal.waitUntilPresented()
            _ = pipe.output.drain()
            // Whatever was skipped, the screen now holds the newest frame.
            let row = await pipe.terminal.withScreen { $0.text(row: 0) }
            #expect(row?.hasSuffix("12:00:09 ") == true)
            await pipe.terminal.shutdown()
        }

        @Test func hardwareCursorIsParkedOnTheSelectedRow() async throws {
            let pipe = try PipeTerminal()
            var grid = Fixtures.dashboard()
            _ = await pipe.bytes(presenting: grid)
            #expect(await pipe.terminal.withScreen { $0.physicalCursor } ?? (0, 0) == (1, 5))
            grid.cursor = (x: 1, y: 6)
            let bytes = await pipe.bytes(presenting: grid)
            #expect(
                !bytes.isEmpty && bytes.count < 16,
                "moving only the cursor cost \(bytes.count) bytes")
            #expect(await pipe.terminal.withScreen { $0.physicalCursor } ?? (0, 0) == (1, 6))
            await pipe.terminal.shutdown()
        }

        @Test func wideCharactersRoundTripThroughNcurses() async throws {
            let pipe = try PipeTerminal(width: 30, height: 3)
            var grid = Grid(width: 30, height: 3)
            grid.put("界面 é ✓ 🙂 ok", x: 0, y: 1, style: Style(fg: .ansi(2)))
            grid.put("bottom-right", x: 18, y: 2)
            let bytes = await pipe.bytes(presenting: grid)
            #expect(bytes.contains(Array("界面".utf8)))
            #expect(bytes.contains(Array("é".utf8)))
            #expect(bytes.contains(Array("🙂".utf8)))
            let rows = await pipe.terminal.withScreen { screen in
                (0..<3).map { screen.text(row: $0) }
            }
            #expect(rows == grid.lines)
            await pipe.terminal.shutdown()
        }

        @Test func stylesReachNcursesAsAttributesAndPairs() async throws {
            let pipe = try PipeTerminal(width: 20, height: 2)
            var grid = Grid(width: 20, height: 2)
            grid.put("red", x: 0, y: 0, style: Style(fg: .rgb(255, 0, 0), bold: true))
            grid.put("sel", x: 4, y: 0, style: Style(reverse: true))
            grid.put("red", x: 8, y: 0, style: Style(fg: .rgb(255, 0, 0)))
            _ = await pipe.bytes(presenting: grid)
            let cells = await pipe.terminal.withScreen { screen in
                [screen.cell(x: 0, y: 0), screen.cell(x: 4, y: 0), screen.cell(x: 8, y: 0)]
            }
            let red = try #require(cells?[0])
            let selected = try #require(cells?[1])
            let plainRed = try #require(cells?[2])
            #expect(red.isBold && red.pair != 0)
            #expect(selected.isReverse && selected.pair == 0)
            #expect(
                !plainRed.isBold && plainRed.pair == red.pair, "one pair per colour combination")
            await pipe.terminal.shutdown()
        }

        @Test func nonUTF8LocaleGetsQuestionMarksForNonASCII() async throws {
            let pipe = try PipeTerminal(
                width: 10, height: 1, environment: ["TERM": "xterm-256color", "LANG": "C"])
            #expect(!pipe.terminal.capabilities.isUTF8)
            var grid = Grid(width: 10, height: 1)
            grid.put("界é-ok", x: 0, y: 0)
            let bytes = await pipe.bytes(presenting: grid)
            #expect(bytes.allSatisfy { $0 < 0x80 })
            let row = await pipe.terminal.withScreen { $0.text(row: 0) }
            #expect(row == "? ?-ok    ")
            await pipe.terminal.shutdown()
        }
    }
}
