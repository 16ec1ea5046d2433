@preconcurrency import CNcursesw
import DashboardUI
import Foundation

extension CursesScreen {
    /// Whether the input side can still deliver keys.
    enum InputStatus: Equatable {
        case open
        /// End of file, EIO or a hang-up: stop polling the descriptor.
        case closed
    }

    /// Reads every key that is ready after `poll` reported `revents` on ``inputFD``.
    ///
    /// Keys are read with `wget_wch` in no-delay mode until it reports nothing more, so one
    /// wake-up drains a whole paste or escape sequence. The input is closed when poll reports
    /// a hang-up or error, when `wget_wch` fails with EIO, or when the descriptor is readable
    /// with nothing to read twice in a row (end of file; once could be another reader of the
    /// same tty winning the race). Nothing here ever loops on ERR.
    func readInput(
        revents: Int16, emptyReads: inout Int, emit: (TerminalEvent) -> Void
    )
        -> InputStatus
    {
        var status: InputStatus =
            revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 ? .closed : .open
        if revents & Int16(POLLIN) != 0 {
            let available = g2a_bytes_readable(inputFD)
            if available > 0 {
                emptyReads = 0
                if readKeys(emit: emit) == .closed { status = .closed }
            } else if available < 0 {
                status = .closed
            } else {
                emptyReads += 1
                if emptyReads >= 2 { status = .closed }
            }
        }
        return status
    }

    /// Follows a window-size change reported by SIGWINCH.
    ///
    /// Asks the kernel for the size, lets ncurses resize its screens (`resizeterm`, which
    /// also schedules a full repaint) and reports `.resized` if the size really changed.
    /// With a fixed size nothing happens.
    func followWindowSize(emit: (TerminalEvent) -> Void) {
        guard fixedSize == nil else { return }
        var rows: Int32 = 0
        var columns: Int32 = 0
        let fd = isatty(outputFD) == 1 ? outputFD : inputFD
        guard g2a_window_size(fd, &rows, &columns) == 0 else { return }
        CursesLock.withScreen(screen) {
            if rows != getmaxy(window) || columns != getmaxx(window) {
                resizeterm(rows, columns)
            }
        }
        reportSizeIfChanged(emit: emit)
    }

    /// Emits `.resized` when ncurses' size differs from the last one reported.
    ///
    /// Both SIGWINCH and `KEY_RESIZE` lead here, so one change is reported once.
    func reportSizeIfChanged(emit: (TerminalEvent) -> Void) {
        if let fixedSize, size != fixedSize {
            // ncurses' own SIGWINCH handling resized a fixed-size screen (a tty in a test):
            // put the fixed size back and report nothing.
            CursesLock.withScreen(screen) {
                _ = resizeterm(Int32(max(1, fixedSize.height)), Int32(max(1, fixedSize.width)))
            }
            lastGrid = nil
            return
        }
        let now = size
        guard now != reportedSize else { return }
        reportedSize = now
        lastGrid = nil  // the next frame is written in full
        emit(.resized(now))
    }

    private func readKeys(emit: (TerminalEvent) -> Void) -> InputStatus {
        var decoded: [CursesInput] = []
        var status = InputStatus.open
        CursesLock.withScreen(screen) {
            // Bounded so a flood of input still lets frames through; what is left stays
            // readable and the next poll returns at once.
            for _ in 0..<1024 {
                var code: wint_t = 0
                errno = 0
                let result = wget_wch(window, &code)
                if result == g2a_err() {
                    if errno == EIO { status = .closed }
                    break
                }
                decoded.append(CursesKeyDecoder.decode(status: result, code: code))
            }
        }
        var inputs: [CursesInput] = []
        for input in decoded { paste.feed(input) { inputs.append($0) } }
        paste.endOfRead { inputs.append($0) }
        for input in inputs {
            switch input {
            case .key(let key): emit(.key(key))
            case .paste(let text): emit(.paste(text))
            case .resize: reportSizeIfChanged(emit: emit)
            case .ignored: break
            }
        }
        return status
    }
}
