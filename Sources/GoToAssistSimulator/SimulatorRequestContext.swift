import Hummingbird

/// The per-request context: Hummingbird's core storage, the peer address and, after the API
/// gate has run, the authenticated caller.
struct SimulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address; `nil` for in-process requests from `app.test(.router)`.
    let remoteIP: String?
    /// Set by `APIGateMiddleware` once the token has been accepted.
    var caller: Caller?

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteIP = source.channel.remoteAddress?.ipAddress
    }

    /// The caller, which every gated handler can rely on.
    func requireCaller() throws -> Caller {
        guard let caller else { throw SimulatorError.invalidToken }
        return caller
    }

    /// True for loopback peers and for in-process test requests.
    var isLoopback: Bool { Self.isLoopback(remoteIP) }

    /// Whether `ip` is a loopback address; `nil` (no socket, i.e. an in-process request) counts.
    static func isLoopback(_ ip: String?) -> Bool {
        guard let ip else { return true }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
