import DashboardCore
import Testing

/// A tiny feature for testing `TestStore` itself: a counter, a debounced search, a timer.
///
/// Small enough that each test can name every state change, and it has the three effect
/// shapes the dashboard uses: none, a debounce replaced on every send, an endless timer.
struct Counter: Equatable, Sendable {
    var count = 0
    var query = ""
    var searched: String?
    var ticks = 0
}

enum CounterAction: Equatable, Sendable {
    case increment
    case queryChanged(String)
    case searched(String)
    case timerStarted
    case timerStopped
    case ticked
}

/// The debounce interval of `queryChanged`, in seconds.
let counterDebounce = 0.3

/// The counter's reducer, with its clock injected like `DashboardReducer`'s.
func counterReducer(clock: DashboardClock) -> (inout Counter, CounterAction) -> Effect<CounterAction> {
    { state, action in
        switch action {
        case .increment:
            state.count += 1
            return .none
        case .queryChanged(let query):
            state.query = query
            // Same id every time: a new keystroke cancels the pending search.
            // The deadline is taken now, as the dashboard's timers take theirs.
            let due = clock.now().addingTimeInterval(counterDebounce)
            return .run(id: .companySearchDebounce) { send in
                do { try await clock.sleepUntil(due) } catch { return }
                await send(.searched(query))
            }
        case .searched(let query):
            state.searched = query
            return .none
        case .timerStarted:
            let due = clock.now()
            return .run(id: .clockTick) { [due] send in
                var next = due
                while true {
                    next = next.addingTimeInterval(1)
                    do { try await clock.sleepUntil(next) } catch { return }
                    await send(.ticked)
                }
            }
        case .timerStopped:
            return .cancel(.clockTick)
        case .ticked:
            state.ticks += 1
            return .none
        }
    }
}

/// Collects what a `TestStore` reports, so a test can check a failure is seen without failing.
@MainActor
final class IssueLog {
    private(set) var messages: [String] = []

    func record(_ message: String, _ location: SourceLocation) { messages.append(message) }
}
