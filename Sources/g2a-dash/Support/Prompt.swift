import Foundation

/// Questions on the terminal for `login`: prompts on stderr, answers from stdin.
///
/// Secrets are read with the terminal's echo off, so a password or token never appears on
/// screen (or in a tmux scrollback, or a screen recording of a support session). Without a
/// terminal (a pipe from a password manager) the answer is read as a plain line.
enum Prompt {
    /// Asks `question` and returns the answer without its newline; nil at end of input.
    static func line(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        return readLine(strippingNewline: true)
    }

    /// Asks for a secret with echo off when stdin is a terminal; the echo comes back on
    /// whatever happens, and a newline is printed since the user's Enter was not echoed.
    static func secret(_ question: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return line(question) }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return line(question) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        FileHandle.standardError.write(Data(question.utf8))
        // Ctrl-C or a kill while echo is off must not leave the shell without echo.
        let restore = saved
        let watchers = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                var original = restore
                tcsetattr(STDIN_FILENO, TCSANOW, &original)
                FileHandle.standardError.write(Data("\n".utf8))
                exit(128 + number)
            }
            source.resume()
            return (number, source)
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            for (number, source) in watchers {
                source.cancel()
                signal(number, SIG_DFL)
            }
        }
        return readLine(strippingNewline: true)
    }
}
