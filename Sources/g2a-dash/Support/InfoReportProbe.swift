import DashboardConfig
import DashboardCore
import Foundation
import GoToAssistAPI

extension InfoReport {
    /// Asks the API one cheap question (the sessions of the last minute) and says how it went.
    ///
    /// `ok (NN ms)`, `failed (NN ms): <error>`, or `not checked (<why>)` when there is no
    /// token to ask with. The client is built like every command's (`makeTokenProvider`, the
    /// profile's auth style, the proxy settings) but with short timeouts and no retries, so a
    /// dead network costs seconds, not the minutes a patient retry policy would.
    /// Error text comes from `APIError` and `CLIError`, which never contain a token.
    static func probeAPI(connection: ConnectionOptions, config: AppConfig, baseURL: String,
                         environment: [String: String]) async -> String {
        let transport: AsyncHTTPClientTransport
        do {
            transport = AsyncHTTPClientTransport(
                proxy: try ProxySettings.from(environment: environment),
                connectTimeout: .seconds(5), readTimeout: .seconds(10), requestTimeout: .seconds(10))
        } catch {
            return "not checked (\(error))"
        }
        let logger = connection.makeLogger()
        let client: GoToAssistClient
        do {
            let tokens = try connection.makeTokenProvider(environment: environment, config: config, baseURL: baseURL,
                                                          transport: transport, logger: logger)
            let style = connection.authStyle ?? config.authStyle.flatMap(AuthStyle.init(rawValue:)) ?? .bearer
            client = try GoToAssistClient(configuration: .init(baseURL: baseURL, authStyle: style, retry: .none),
                                          tokens: tokens, transport: transport, logger: logger)
        } catch {
            await transport.shutdown()
            return "not checked (\(error))"
        }
        let started = ContinuousClock.now
        let outcome: String
        do {
            let now = Date()
            _ = try await client.sessions(from: now.addingTimeInterval(-60), to: now)
            outcome = "ok (\(milliseconds(since: started)) ms)"
        } catch {
            outcome = "failed (\(milliseconds(since: started)) ms): \(error)"
        }
        await transport.shutdown()
        return outcome
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
