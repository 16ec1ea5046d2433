import Foundation
import TestSupport
import Testing

/// `g2a-dash sim` serves until SIGTERM and prints where.
struct SimCommandTests {
    @Test func simPrintsItsAddressServesAndStopsOnSIGTERM() async throws {
        let sim = try ChildProcess.start(BinaryRunner.binary, ["sim", "--port", "0", "--token", "sim-cli-token", "--sessions", "30"],
                                         environment: BinaryRunner.environment())
        // Read the banner as it arrives (the process keeps running).
        let banner = try await offload { () -> String in
            var banner = ""
            while !(banner.contains("token:") && banner.hasSuffix("\n")) {
                let chunk = sim.readSome()
                if chunk.isEmpty { break }
                banner += String(decoding: chunk, as: UTF8.self)
            }
            return banner
        }
        let lines = banner.split(separator: "\n")
        let baseURL = try #require(lines.first { $0.hasPrefix("base-url: ") }?.dropFirst("base-url: ".count))
        #expect(baseURL.hasPrefix("http://127.0.0.1:") && baseURL.hasSuffix("/G2A/rest/v1"))
        #expect(lines.contains("token: sim-cli-token"))
        let result = try await BinaryRunner.run(["companies", "--base-url", String(baseURL), "--output", "json"],
                                          environment: BinaryRunner.environment(["G2A_TOKEN": "sim-cli-token"]))
        #expect(result.status == 0, "\(result.stderr)")
        sim.signal(SIGTERM)
        let status = try await offload { sim.wait() }
        #expect(status == 143, "the simulator shuts down on SIGTERM and says so in its status (128 + 15)")
    }
}
