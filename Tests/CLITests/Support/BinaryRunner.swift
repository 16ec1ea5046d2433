import Foundation
import TestSupport

/// Runs the built `g2a-dash` binary and captures what it prints.
struct BinaryRunner {
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: [UInt8]
    }

    /// The binary next to the test bundle (both live in the build products folder).
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("g2a-dash").path
    }

    /// A clean environment: no proxies, no user config; XDG folders in a temporary directory.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-cli-\(UUID().uuidString)").path
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": home,
                   "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state", "LANG": "C.UTF-8", "TZ": "UTC"]
        env.merge(extra) { _, new in new }
        return env
    }

    static func run(_ arguments: [String], environment: [String: String] = BinaryRunner.environment()) async throws -> Result {
        let binary = binary
        let output = try await offload { try ChildProcess.run(binary, arguments, environment: environment) }
        return Result(status: output.status, stdout: output.stdoutText, stderr: output.stderrText, stdoutBytes: output.stdout)
    }
}
