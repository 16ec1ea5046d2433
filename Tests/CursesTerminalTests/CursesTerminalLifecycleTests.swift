import DashboardUI
import Foundation
import Testing

@testable import CursesTerminal

#if canImport(Glibc)
    import Glibc
#endif

extension LiveTerminalTests {
    /// End-to-end behaviour on a pty and on pipes: keys in, hang-ups, shutdown, signals.
    @Suite struct Lifecycle {
        private func ptyTerminal(
            _ pty: PseudoTerminal, handlesSignals: Bool = false
        ) throws -> CursesTerminal {
            try CursesTerminal(
                options: .init(
                    inputFD: pty.slave, outputFD: pty.slave, environment: Fixtures.environment,
                    handlesSignals: handlesSignals))
        }

        @Test func sizeComesFromTheTtyWhenNotFixed() throws {
            let pty = PseudoTerminal(columns: 100, rows: 30)
            let terminal = try ptyTerminal(pty)
            #expect(terminal.size == TerminalSize(width: 100, height: 30))
            terminal.restoreNow()
        }

        @Test func typedBytesArriveAsKeys() async throws {
            let pty = PseudoTerminal(columns: 80, rows: 24)
            let terminal = try ptyTerminal(pty)
            // q, Up in normal cursor mode (defined beyond terminfo), Ctrl-C, é, 界, Shift-Tab, Enter.
            pty.type("q\u{1B}[A\u{03}é界\u{1B}[Z\r")
            let expected: [TerminalEvent] = [
                .key(.character("q")), .key(.up), .key(.ctrl("c")), .key(.character("é")),
                .key(.character("界")), .key(.backTab), .key(.enter),
            ]
            let (events, _) = await collectEvents(from: terminal.events) {
                $0.count >= expected.count
            }
            #expect(events == expected)
            await terminal.shutdown()
        }

        @Test func closingTheInputPipeDeliversHangupAndEndsEvents() async throws {
            let pipe = try PipeTerminal(width: 20, height: 5)
            pipe.input.closeWriteEnd()
            let (events, finished) = await collectEvents(from: pipe.terminal.events)
            #expect(events == [.hangup])
            #expect(finished)
            await pipe.terminal.shutdown()
        }

        @Test func closingThePtyMasterDeliversHangupAndEndsEvents() async throws {
            let pty = PseudoTerminal(columns: 80, rows: 24)
            let terminal = try ptyTerminal(pty)
            terminal.present(Fixtures.dashboard(width: 80, height: 24))
            await terminal.waitUntilPresented()
            pty.closeMaster()
            let (events, finished) = await collectEvents(from: terminal.events)
            #expect(events == [.hangup])
            #expect(finished)
            await terminal.shutdown()
        }

        @Test func shutdownRestoresTtyModesAndCursor() async throws {
            let pty = PseudoTerminal(columns: 80, rows: 24)
            var before = termios()
            tcgetattr(pty.slave, &before)
            let terminal = try ptyTerminal(pty)
            terminal.present(Fixtures.dashboard(width: 80, height: 24))
            await terminal.waitUntilPresented()
            var during = termios()
            tcgetattr(pty.slave, &during)
            #expect(during.c_lflag & tcflag_t(ICANON | ECHO) == 0, "raw mode while running")

            await terminal.shutdown()
            pty.writeMarker("<<after-shutdown>>")
            #expect(pty.waitForOutput(containing: Array("<<after-shutdown>>".utf8)))
            var after = termios()
            tcgetattr(pty.slave, &after)
            #expect(after.c_lflag == before.c_lflag)
            #expect(after.c_iflag == before.c_iflag)
            // xterm's cnorm ends with "show cursor"; rmcup leaves the alternate screen.
            #expect(pty.bytes.contains(Array("\u{1B}[?25h".utf8)))
            #expect(pty.bytes.contains(Array("\u{1B}[?1049l".utf8)))
        }

        @Test func shutdownIsIdempotentAndFinishesEvents() async throws {
            let pipe = try PipeTerminal(width: 20, height: 5)
            await pipe.terminal.shutdown()
            await pipe.terminal.shutdown()
            #expect(pipe.terminal.restoreNow())
            let (events, finished) = await collectEvents(from: pipe.terminal.events)
            #expect(events.isEmpty && finished)
            // Frames after shutdown are dropped without touching the closed screen.
            pipe.terminal.present(Fixtures.dashboard(width: 20, height: 5))
            await pipe.terminal.waitUntilPresented()
            #expect(await pipe.terminal.withScreen { $0.size } == nil)
        }

        @Test func restoreNowWorksWithoutAsync() throws {
            let pipe = try PipeTerminal(width: 20, height: 5)
            pipe.terminal.present(Fixtures.dashboard(width: 20, height: 5))
            #expect(pipe.terminal.restoreNow())
            #expect(pipe.terminal.restoreNow())
        }
    }
}
