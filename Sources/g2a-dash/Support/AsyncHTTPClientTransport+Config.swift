import DashboardConfig
import GoToAssistAPI

extension AsyncHTTPClientTransport {
    /// The API transport with the config's `[timeouts]` (connect 5 s, answer 15 s by default).
    ///
    /// The dashboard and every headless command build their transport here, so a timeout set
    /// in the config (or a profile) means the same everywhere.
    static func configured(proxy: ProxySettings, config: AppConfig) -> AsyncHTTPClientTransport {
        AsyncHTTPClientTransport(
            proxy: proxy,
            connectTimeout: config.connectTimeout.map(Self.duration) ?? defaultConnectTimeout,
            readTimeout: config.answerTimeout.map(Self.duration) ?? defaultAnswerTimeout)
    }

    /// A whole number of milliseconds; config values are checked to lie within 1…300 s.
    private static func duration(_ seconds: Double) -> Duration { .milliseconds(Int64((seconds * 1000).rounded())) }
}
