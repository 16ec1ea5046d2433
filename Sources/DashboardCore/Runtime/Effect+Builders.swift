import Foundation
import GoToAssistAPI

extension Effect {
    /// Runs `operation` once and sends what came of it: the value, or the `APIError`.
    ///
    /// The one shape of every API call a reducer asks for, instead of a `do`/`catch` with two
    /// sends at each call site.
    public static func request<Value: Sendable>(
        id: EffectID? = nil, _ operation: @escaping @Sendable () async throws -> Value,
        then action: @escaping @Sendable (Result<Value, APIError>) -> Action
    ) -> Effect {
        .run(id: id) { send in
            do {
                await send(action(.success(try await operation())))
            } catch {
                await send(action(.failure(APIError.wrapping(error))))
            }
        }
    }

    /// Waits `seconds` on `clock`, then sends `action`: a timer, or (restarted under the same
    /// id on every keystroke) a debounce.
    ///
    /// The deadline is taken now, when the reducer builds the effect, so it matches the
    /// `nextDue` the reducer records, however late the task starts.
    public static func after(_ seconds: Double, id: EffectID, clock: DashboardClock, send action: Action) -> Effect {
        let deadline = clock.now().addingTimeInterval(seconds)
        return .run(id: id) { send in
            do { try await clock.sleepUntil(deadline) } catch { return }
            await send(action)
        }
    }
}

extension APIError {
    /// Any error an effect caught, as an `APIError` with its text redacted.
    public static func wrapping(_ error: any Error) -> APIError {
        if let error = error as? APIError { return error }
        if error is CancellationError { return .transport(message: "cancelled") }
        return .transport(message: Redaction.errorText(String(describing: error)))
    }
}
