@testable import GoToAssistSimulator
import Testing

struct LoopbackTests {
    @Test(arguments: [("127.0.0.1", true), ("127.8.9.10", true), ("::1", true), ("::ffff:127.0.0.1", true),
                      ("10.0.0.5", false), ("192.168.1.2", false), ("::ffff:10.0.0.1", false), ("fe80::1", false)])
    func controlSurfaceIsLimitedToLoopbackPeers(_ ip: String, _ allowed: Bool) {
        #expect(SimulatorRequestContext.isLoopback(ip) == allowed)
    }

    @Test func inProcessRequestsWithoutAPeerCountAsLoopback() {
        #expect(SimulatorRequestContext.isLoopback(nil))
    }
}
