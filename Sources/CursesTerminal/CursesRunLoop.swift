import DashboardUI
import Foundation

/// The body of the curses thread: wait in `poll`, then read keys, follow resizes and draw.
///
/// The thread blocks in `poll()` on the input descriptor and the wake pipe with no timeout,
/// so an idle dashboard costs no wake-ups at all. It wakes for keys, for a new frame, for a
/// window-size change and for shutdown, and it is the only thread that calls ncurses.
struct CursesRunLoop {
    let screen: CursesScreen
    let state: CursesTerminalState
    let events: AsyncStream<TerminalEvent>.Continuation

    /// Runs until shutdown is requested, then restores the terminal and finishes the events.
    func run() {
        var inputOpen = true
        var emptyReads = 0
        let emit: (TerminalEvent) -> Void = { event in
            if case .resized(let size) = event { state.size = size }
            events.yield(event)
        }
        while true {
            let work = state.takeWork()
            if work.hungUp { inputOpen = false }
            if work.checkSize { screen.followWindowSize(emit: emit) }
            for job in work.jobs { job(screen) }
            if let grid = work.grid { screen.draw(grid) }
            state.markDrawn(upTo: work.frame)
            if work.stop { break }

            var fds = [pollfd(fd: state.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            if inputOpen {
                fds.append(pollfd(fd: screen.inputFD, events: Int16(POLLIN), revents: 0))
            }
            guard poll(&fds, nfds_t(fds.count), -1) >= 0 else {
                if errno == EINTR { continue }
                // poll itself failing (EFAULT, ENOMEM, a closed descriptor) will not get
                // better: report a hang-up and restore the terminal rather than spin.
                hangUp()
                break
            }
            if inputOpen, fds[1].revents != 0 {
                let status = screen.readInput(
                    revents: fds[1].revents, emptyReads: &emptyReads, emit: emit)
                if status == .closed {
                    inputOpen = false
                    hangUp()
                }
            }
        }
        screen.close()
        state.markFinished()
        events.finish()
    }

    /// Delivers `.hangup` once and ends the event stream: the terminal is gone.
    private func hangUp() {
        guard state.markHungUp() else { return }
        events.yield(.hangup)
        events.finish()
    }
}
