import Foundation
import Testing

/// `g2a-dash sim` serves until SIGTERM and prints where.
struct SimCommandTests {
    @Test func simPrintsItsAddressServesAndStopsOnSIGTERM() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["sim", "--port", "0", "--token", "sim-cli-token", "--sessions", "30"]
        process.environment = BinaryRunner.environment()
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read the banner lines as they arrive (the process keeps running).
        var banner = ""
        let handle = out.fileHandleForReading
        while !banner.contains("token:") || !banner.hasSuffix("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        let lines = banner.split(separator: "\n")
        let baseURL = try #require(lines.first { $0.hasPrefix("base-url: ") }?.dropFirst("base-url: ".count))
        #expect(baseURL.hasPrefix("http://127.0.0.1:") && baseURL.hasSuffix("/G2A/rest/v1"))
        #expect(lines.contains("token: sim-cli-token"))
        let result = try BinaryRunner.run(["companies", "--base-url", String(baseURL), "--output", "json"],
                                          environment: BinaryRunner.environment(["G2A_TOKEN": "sim-cli-token"]))
        #expect(result.status == 0, "\(result.stderr)")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
