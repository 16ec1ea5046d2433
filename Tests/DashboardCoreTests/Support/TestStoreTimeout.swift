/// How long a test store waits, in real time, for an action or an effect's end before failing.
///
/// Only a failing test ever waits this long; a passing one goes on as soon as the action
/// arrives. Generous, because on a loaded 2-core CI machine a task an advanced clock resumed can
/// take more than a second to be scheduled, which made a 1 s limit fail tests that were right.
enum TestStoreTimeout {
    static let `default`: Duration = .seconds(10)
}
