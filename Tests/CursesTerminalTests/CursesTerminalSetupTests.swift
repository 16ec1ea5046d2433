import DashboardUI
import Testing

@testable import CursesTerminal

extension LiveTerminalTests {
    /// Start-up: capabilities from terminfo and the environment, and clear errors when the
    /// terminal cannot be used.
    @Suite struct Setup {
        private func capabilities(_ environment: [String: String]) throws -> TerminalCapabilities {
            let pipe = try PipeTerminal(width: 10, height: 2, environment: environment)
            defer { pipe.terminal.restoreNow() }
            return pipe.terminal.capabilities
        }

        @Test(arguments: [
            ("xterm-256color", ColorDepth.c256), ("tmux-256color", .c256), ("xterm", .c16),
            ("vt100", .mono),
        ])
        func colorDepthComesFromTerminfo(term: String, depth: ColorDepth) throws {
            let capabilities = try capabilities(["TERM": term, "LANG": "C.UTF-8"])
            #expect(capabilities.colorDepth == depth)
            #expect(capabilities.isUTF8)
        }

        @Test func noColorTurnsColorOff() throws {
            let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1"]
            #expect(try capabilities(environment).colorDepth == .mono)
        }

        @Test func emptyNoColorIsIgnored() throws {
            let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": ""]
            #expect(try capabilities(environment).colorDepth == .c256)
        }

        @Test func fixedSizeIsReportedForPipes() throws {
            let pipe = try PipeTerminal(width: 77, height: 11)
            #expect(pipe.terminal.size == TerminalSize(width: 77, height: 11))
            pipe.terminal.restoreNow()
        }

        @Test func dumbTerminalIsRefusedWithOneLineMessage() throws {
            let error = #expect(throws: CursesTerminalError.self) {
                _ = try PipeTerminal(environment: ["TERM": "dumb", "LANG": "C.UTF-8"])
            }
            #expect(error == .noCursorAddressing("dumb"))
            #expect(
                error?.description
                    == "cannot start the terminal UI: TERM=dumb has no cursor addressing")
        }

        @Test func unknownTerminalTypeIsRefused() {
            #expect(throws: CursesTerminalError.unknownTerminalType("no-such-term")) {
                _ = try PipeTerminal(environment: ["TERM": "no-such-term"])
            }
        }

        @Test func missingTermIsRefused() {
            #expect(throws: CursesTerminalError.terminalTypeMissing) {
                _ = try PipeTerminal(environment: ["LANG": "C.UTF-8"])
            }
        }

        @Test func pipeWithoutFixedSizeIsNotATerminal() {
            let input = TestPipe()
            let output = TestPipe()
            let error = #expect(throws: CursesTerminalError.self) {
                _ = try CursesTerminal(
                    options: .init(
                        inputFD: input.readFD, outputFD: output.writeFD,
                        environment: Fixtures.environment, handlesSignals: false))
            }
            #expect(error == .notATerminal("fd \(input.readFD)"))
        }

        @Test func notATerminalMessageNamesStdin() {
            #expect(
                CursesTerminalError.notATerminal("stdin").description
                    == "cannot start the terminal UI: stdin is not a terminal")
        }

        @Test(
            arguments: [
                ([:], 25), (["ESCDELAY": "100"], 100), (["ESCDELAY": "x"], 25),
            ] as [([String: String], Int32)])
        func escapeDelayDefaultsTo25Milliseconds(environment: [String: String], delay: Int32) {
            #expect(CursesTerminal.Options(environment: environment).escapeDelay == delay)
        }
    }
}
