import DashboardUI
import Foundation

/// What the curses thread should do next, taken in one go under the lock.
struct CursesWork {
    /// The newest frame presented since the last look, if any.
    var grid: Grid?
    /// The sequence number of that frame (or of the last one, when `grid` is nil).
    var frame = 0
    /// Whether the window may have changed size (SIGWINCH).
    var checkSize = false
    /// Whether the terminal hung up; input must no longer be read.
    var hungUp = false
    /// Whether the thread should restore the terminal and exit.
    var stop = false
    /// Closures to run on the curses thread (tests use them to read the screen back).
    var jobs: [@Sendable (CursesScreen?) -> Void] = []
}

/// The state shared between ``CursesTerminal``'s callers and its curses thread.
///
/// Callers only ever leave requests here (a frame, a stop, a job) and poke the thread through
/// a self-pipe; the thread takes them with ``takeWork()``. Only the newest frame is kept, so a
/// burst of `present` calls costs one draw. All members are guarded by `condition`.
final class CursesTerminalState: @unchecked Sendable {
    // @unchecked: every mutable member is guarded by `condition`.
    private let condition = NSCondition()
    private var work = CursesWork()
    private var presentedFrames = 0
    private var drawnFrames = 0
    private var wakePending = false
    private var stopRequested = false
    private var isFinished = false
    private var hungUp = false
    private var currentSize: TerminalSize
    private var frameWaiters: [(frame: Int, continuation: CheckedContinuation<Void, Never>)] = []
    private var finishWaiters: [CheckedContinuation<Void, Never>] = []
    private var wakeRead: Int32
    private var wakeWrite: Int32

    /// Creates the state and its wake pipe (both ends non-blocking, closed on exec).
    init(size: TerminalSize = TerminalSize(width: 0, height: 0)) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw CursesTerminalError.systemCall("pipe", errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        (wakeRead, wakeWrite) = (fds[0], fds[1])
        currentSize = size
    }

    // MARK: - Callers

    /// The size last reported by the curses thread.
    var size: TerminalSize {
        get { condition.withLock { currentSize } }
        set { condition.withLock { currentSize = newValue } }
    }

    /// Leaves `grid` for the thread, replacing any frame it has not drawn yet.
    func present(_ grid: Grid) {
        condition.withLock {
            guard !stopRequested else { return }
            presentedFrames += 1
            work.grid = grid
            work.frame = presentedFrames
            wakeLocked()
        }
    }

    /// Asks the thread to look at the window size (after SIGWINCH).
    func requestSizeCheck() {
        condition.withLock {
            work.checkSize = true
            wakeLocked()
        }
    }

    /// Asks the thread to restore the terminal and exit; harmless when already asked.
    func requestStop() {
        condition.withLock {
            guard !stopRequested else { return }
            stopRequested = true
            work.stop = true
            wakeLocked()
        }
    }

    /// Records that the terminal hung up; returns true only the first time, so `.hangup` is
    /// delivered once whether SIGHUP or end-of-input noticed it first.
    func markHungUp() -> Bool {
        condition.withLock {
            guard !hungUp else { return false }
            hungUp = true
            work.hungUp = true
            wakeLocked()
            return true
        }
    }

    /// Runs `job` on the curses thread with the screen; returns false if the thread has
    /// already stopped. A job still queued when the thread ends is called with `nil`.
    func enqueue(_ job: @escaping @Sendable (CursesScreen?) -> Void) -> Bool {
        condition.withLock {
            guard !stopRequested else { return false }
            work.jobs.append(job)
            wakeLocked()
            return true
        }
    }

    /// Waits until every frame presented so far has been drawn (or the thread stopped).
    func waitUntilDrawn() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.withLock {
                if isFinished || drawnFrames >= presentedFrames {
                    continuation.resume()
                } else {
                    frameWaiters.append((presentedFrames, continuation))
                }
            }
        }
    }

    /// Waits until the thread has restored the terminal and exited.
    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.withLock {
                if isFinished { continuation.resume() } else { finishWaiters.append(continuation) }
            }
        }
    }

    /// Blocks the calling thread until the curses thread has exited or `timeout` passed;
    /// returns whether it exited.
    func blockUntilFinished(timeout: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !isFinished {
            if !condition.wait(until: deadline) { return isFinished }
        }
        return true
    }

    // MARK: - Curses thread

    /// The descriptor the thread polls to notice requests.
    var wakeDescriptor: Int32 { condition.withLock { wakeRead } }

    /// Takes everything requested since the last call.
    func takeWork() -> CursesWork {
        condition.withLock {
            var taken = work
            taken.frame = work.grid == nil ? drawnFrames : work.frame
            work = CursesWork(frame: 0, hungUp: hungUp, stop: stopRequested)
            wakePending = false
            drainWakePipeLocked()
            return taken
        }
    }

    /// Records that frames up to `frame` are on the screen and resumes their waiters.
    func markDrawn(upTo frame: Int) {
        let ready = condition.withLock {
            drawnFrames = max(drawnFrames, frame)
            let ready = frameWaiters.filter { $0.frame <= drawnFrames }.map(\.continuation)
            frameWaiters.removeAll { $0.frame <= drawnFrames }
            return ready
        }
        for continuation in ready { continuation.resume() }
    }

    /// Records that the thread has exited, closes the wake pipe and releases every waiter.
    func markFinished() {
        let (waiters, jobs) = condition.withLock {
            isFinished = true
            stopRequested = true
            if wakeRead >= 0 {
                close(wakeRead)
                close(wakeWrite)
                (wakeRead, wakeWrite) = (-1, -1)
            }
            condition.broadcast()
            let waiters = frameWaiters.map(\.continuation) + finishWaiters
            let jobs = work.jobs
            (frameWaiters, finishWaiters, work.jobs) = ([], [], [])
            return (waiters, jobs)
        }
        for continuation in waiters { continuation.resume() }
        for job in jobs { job(nil) }
    }

    // MARK: - Wake pipe

    /// Writes one byte to the wake pipe unless a wake-up is already on its way.
    ///
    /// Called with the lock held, so the pipe cannot be closed underneath the write; the pipe
    /// is non-blocking, and a full pipe means the thread is about to wake anyway.
    private func wakeLocked() {
        guard !wakePending, wakeWrite >= 0 else { return }
        wakePending = true
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private func drainWakePipeLocked() {
        guard wakeRead >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &buffer, buffer.count) > 0 {}
    }
}
