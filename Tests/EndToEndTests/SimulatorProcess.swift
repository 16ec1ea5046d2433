import Foundation
import TestSupport

/// A `g2a-dash sim` child process on a free loopback port, for tests that need a server the
/// dashboard does not own (profiles, login). Stopped with SIGTERM when the test is done.
final class SimulatorProcess: @unchecked Sendable {  // immutable after init
    let baseURL: String
    private let process: ChildProcess.Running

    /// Starts the simulator accepting `token` and waits for its banner.
    init(token: String, extraArguments: [String] = []) async throws {
        let process = try ChildProcess.start(Binary.path, ["sim", "--port", "0", "--token", token] + extraArguments)
        self.process = process
        let banner = try await offload { () -> String in
            var banner = ""
            while !banner.contains("token:") {
                let chunk = process.readSome()
                if chunk.isEmpty { break }
                banner += String(decoding: chunk, as: UTF8.self)
            }
            return banner
        }
        guard let line = banner.split(separator: "\n").first(where: { $0.hasPrefix("base-url: ") }) else {
            process.signal(SIGTERM)
            _ = process.wait()
            throw E2EError.timeout("the simulator printed no base-url; it said:\n\(banner)")
        }
        baseURL = String(line.dropFirst("base-url: ".count))
    }

    deinit {
        process.signal(SIGTERM)
        _ = process.wait()
    }
}
