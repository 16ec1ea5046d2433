import Foundation

/// Runs child processes with posix_spawn and waitpid.
///
/// Foundation's `Process.waitUntilExit()` can hang on Linux when tests start processes from
/// several threads at once (the child exits but is never reaped), which froze whole test runs;
/// spawning and reaping directly has no shared run loop to get stuck in.
public enum ChildProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: [UInt8]
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    public enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        public var description: String {
            switch self {
            case .spawn(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// A running child whose stdout can be read while it runs.
    public struct Running: Sendable {
        public let pid: pid_t
        public let stdout: Int32

        /// Reads what is available or blocks until some output or end-of-file arrives.
        public func readSome() -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = read(stdout, &buffer, buffer.count)
            return n > 0 ? Array(buffer[0..<n]) : []
        }

        public func signal(_ number: Int32) { kill(pid, number) }

        /// Waits for the child and returns its exit status (128 + signal when killed).
        public func wait() -> Int32 {
            close(stdout)
            return ChildProcess.reap(pid)
        }
    }

    /// Runs a program to completion. With `captureOutput: false` its output goes to /dev/null,
    /// for programs (like a tmux server) that leave daemons holding their stdout open.
    public static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                           captureOutput: Bool = true) throws -> Output {
        if !captureOutput {
            let pid = try spawn(path, arguments, environment: environment, stdout: nil, stderr: nil)
            return Output(status: reap(pid), stdout: [], stderr: [])
        }
        var out: [Int32] = [0, 0]
        var err: [Int32] = [0, 0]
        pipe(&out)
        pipe(&err)
        let pid: pid_t
        do {
            pid = try spawn(path, arguments, environment: environment, stdout: out[1], stderr: err[1])
        } catch {
            [out[0], out[1], err[0], err[1]].forEach { close($0) }
            throw error
        }
        close(out[1])
        close(err[1])
        let (stdout, stderr) = drain(out[0], err[0])
        close(out[0])
        close(err[0])
        return Output(status: reap(pid), stdout: stdout, stderr: stderr)
    }

    /// Starts a program with its stdout on a pipe the caller reads; stderr is discarded.
    public static func start(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Running {
        var out: [Int32] = [0, 0]
        pipe(&out)
        let pid = try spawn(path, arguments, environment: environment, stdout: out[1], stderr: nil)
        close(out[1])
        return Running(pid: pid, stdout: out[0])
    }

    private static func spawn(_ path: String, _ arguments: [String], environment: [String: String]?,
                              stdout: Int32?, stderr: Int32?) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let stdout { posix_spawn_file_actions_adddup2(&actions, stdout, 1) } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if let stderr { posix_spawn_file_actions_adddup2(&actions, stderr, 2) } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Test code runs on dispatch worker threads, which block every signal; without this the
        // child would inherit that mask and never see SIGTERM or SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failure.spawn(path, code) }
        return pid
    }

    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Reads two pipes to their ends at once, so neither can fill up and block the child.
    private static func drain(_ a: Int32, _ b: Int32) -> ([UInt8], [UInt8]) {
        var outputs: [[UInt8]] = [[], []]
        var open = [true, true]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open.contains(true) {
            var fds = [pollfd(fd: open[0] ? a : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: open[1] ? b : -1, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, -1) >= 0 || errno == EINTR else { break }
            for i in 0..<2 where open[i] && fds[i].revents != 0 {
                let n = read(fds[i].fd, &buffer, buffer.count)
                if n > 0 { outputs[i] += buffer[0..<n] } else if n == 0 || errno != EINTR { open[i] = false }
            }
        }
        return (outputs[0], outputs[1])
    }
}
