@preconcurrency import CNcursesw
import DashboardCore
import DashboardUI
import Foundation

/// One ncurses screen and everything that goes with it; used only on the curses thread.
///
/// Created by ``CursesTerminal``'s thread, which is then its only user: ncurses is not
/// thread-safe, so nothing here is `Sendable`. Every ncurses call also goes through
/// ``CursesLock``, which allows one screen per process. Drawing and input live in
/// `CursesScreen+Drawing.swift` and `CursesScreen+Input.swift`.
final class CursesScreen {
    /// The ncurses `SCREEN`.
    let screen: OpaquePointer
    /// The screen's `stdscr`, captured so the process-wide `stdscr` is never read.
    let window: UnsafeMutablePointer<WINDOW>
    /// Our duplicate of the input descriptor; the one polled and read.
    let inputFD: Int32
    /// Our duplicate of the output descriptor.
    let outputFD: Int32
    /// What the screen can show, as reported to the app.
    let capabilities: TerminalCapabilities
    /// Turns styles into colour numbers and attributes.
    let palette: CursesPalette
    /// The size fixed by the options, if any; window-size changes are then ignored.
    let fixedSize: TerminalSize?

    private let inputFile: UnsafeMutablePointer<FILE>
    private let outputFile: UnsafeMutablePointer<FILE>
    /// The curses output stream, flushed before out-of-band writes.
    var outputFileForFlush: UnsafeMutablePointer<FILE> { outputFile }
    private var isClosed = false
    /// The UTF-8 locale pinned to the curses thread, freed on close.
    private let threadLocale: locale_t?

    /// Colour pairs handed out so far.
    var pairs: ColorPairCache
    /// Attributes and pair per style, so each style is resolved once.
    var resolvedStyles: [Style: (attributes: attr_t, pair: Int32)] = [:]
    /// The frame on the screen, diffed against the next one; `nil` forces a full rewrite.
    var lastGrid: Grid?
    /// The size last reported with `.resized` (or at start-up).
    var reportedSize: TerminalSize
    /// Pastes being reassembled from the keys read.
    var paste = BracketedPaste()

    /// Turns bracketed paste on, so a paste arrives as text and never as key presses.
    static let pasteModeOn: [UInt8] = Array("\u{1b}[?2004h".utf8)
    static let pasteModeOff: [UInt8] = Array("\u{1b}[?2004l".utf8)

    /// Starts ncurses on the descriptors in `options`; throws a one-line error if it cannot.
    init(options: CursesTerminal.Options) throws {
        guard let term = options.resolvedTermName else {
            throw CursesTerminalError.terminalTypeMissing
        }
        if options.fixedSize == nil {
            guard isatty(options.inputFD) == 1 else {
                throw CursesTerminalError.notATerminal(Self.name(options.inputFD, "stdin"))
            }
            guard isatty(options.outputFD) == 1 else {
                throw CursesTerminalError.notATerminal(Self.name(options.outputFD, "stdout"))
            }
        }
        let (inputFile, outputFile) = try Self.openStreams(options)
        let setup = CursesLock.withScreen(nil) { () -> Result<Setup, CursesTerminalError> in
            guard CursesLock.claimScreen() else { return .failure(.alreadyRunning) }
            let (isUTF8, locale) = Self.setLocale(environment: options.environment)
            if options.handlesSignals {
                // Before newterm changes the modes, so a crash can put back these ones.
                CrashGuard.armTerminal(isatty(options.outputFD) == 1 ? options.outputFD : options.inputFD)
            }
            func fail(_ error: CursesTerminalError) -> Result<Setup, CursesTerminalError> {
                CrashGuard.disarmTerminal()
                if let locale {
                    uselocale(g2a_global_locale())
                    freelocale(locale)
                }
                CursesLock.releaseClaim()
                return .failure(error)
            }
            guard let screen = newterm(term, outputFile, inputFile) else {
                return fail(.unknownTerminalType(term))
            }
            guard g2a_has_cursor_addressing() != 0 else {
                CursesLock.closeScreen(screen)
                return fail(.noCursorAddressing(term))
            }
            var setup = Self.configure(screen, options: options, isUTF8: isUTF8)
            setup.locale = locale
            return .success(setup)
        }
        switch setup {
        case .failure(let error):
            fclose(inputFile)
            fclose(outputFile)
            throw error
        case .success(let setup):
            (screen, window) = (setup.screen, setup.window)
            capabilities = TerminalCapabilities(
                colorDepth: setup.palette.depth, isUTF8: setup.isUTF8)
            palette = setup.palette
            pairs = ColorPairCache(colorPairs: setup.colorPairs)
            threadLocale = setup.locale
        }
        (self.inputFile, self.outputFile) = (inputFile, outputFile)
        (inputFD, outputFD) = (fileno(inputFile), fileno(outputFile))
        fixedSize = options.fixedSize
        reportedSize = TerminalSize(width: 0, height: 0)
        reportedSize = size
        _ = writeOutOfBand(Self.pasteModeOn)
    }

    /// The size ncurses is working with now.
    var size: TerminalSize {
        CursesLock.withScreen(screen) {
            TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        }
    }

    /// Restores the terminal: cursor visible, modes and screen as they were; safe to repeat.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = writeOutOfBand(Self.pasteModeOff)
        CursesLock.withScreen(screen) {
            curs_set(1)
            CursesLock.closeScreen(screen)
        }
        CrashGuard.disarmTerminal()
        fclose(outputFile)
        fclose(inputFile)
        if let threadLocale {
            uselocale(g2a_global_locale())
            freelocale(threadLocale)
        }
    }

    // MARK: - Set-up steps

    private struct Setup {
        var screen: OpaquePointer
        var window: UnsafeMutablePointer<WINDOW>
        var isUTF8: Bool
        var palette: CursesPalette
        var colorPairs: Int
        var locale: locale_t? = nil
    }

    /// Names a descriptor for error messages: "stdin" for the usual one, else "fd 5".
    private static func name(_ fd: Int32, _ standardName: String) -> String {
        fd == (standardName == "stdin" ? STDIN_FILENO : STDOUT_FILENO) ? standardName : "fd \(fd)"
    }

    /// Duplicates both descriptors into stdio streams for `newterm`, so closing them at the end
    /// never closes the caller's descriptors.
    private static func openStreams(
        _ options: CursesTerminal.Options
    ) throws -> (
        UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>
    ) {
        let input = fcntl(options.inputFD, F_DUPFD_CLOEXEC, 0)
        guard input >= 0 else { throw CursesTerminalError.systemCall("dup", errno) }
        let output = fcntl(options.outputFD, F_DUPFD_CLOEXEC, 0)
        guard output >= 0 else {
            let code = errno
            closeDescriptor(input)
            throw CursesTerminalError.systemCall("dup", code)
        }
        guard let inputFile = fdopen(input, "r") else {
            let code = errno
            closeDescriptor(input)
            closeDescriptor(output)
            throw CursesTerminalError.systemCall("fdopen", code)
        }
        guard let outputFile = fdopen(output, "w") else {
            let code = errno
            fclose(inputFile)
            closeDescriptor(output)
            throw CursesTerminalError.systemCall("fdopen", code)
        }
        return (inputFile, outputFile)
    }

    /// Adopts the user's locale and returns whether the terminal gets UTF-8, plus the
    /// thread-local locale installed for this thread, if any.
    ///
    /// `setlocale(LC_ALL, "")` comes first, as every curses program must. The user's variables
    /// (from the options' environment) then decide what the terminal can show. When they say
    /// UTF-8, this thread additionally gets its own UTF-8 `LC_CTYPE` through `uselocale`:
    /// ncursesw encodes output and decodes keys with the calling thread's locale at every
    /// `doupdate` and `wget_wch`, so pinning it keeps the terminal right even if the options
    /// differ from the process environment (tests) or other code later calls `setlocale`.
    private static func setLocale(environment: [String: String]) -> (Bool, locale_t?) {
        setlocale(LC_ALL, "")
        guard TerminalEncoding.isUTF8(environment: environment) else { return (false, nil) }
        let userName = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }
            .first { !$0.isEmpty }
        for name in [userName, "C.UTF-8", "C.utf8", "en_US.UTF-8"].compactMap({ $0 }) {
            guard let locale = newlocale(Int32(LC_CTYPE_MASK), name, nil) else { continue }
            uselocale(locale)
            if g2a_codeset_is_utf8() != 0 { return (true, locale) }
            uselocale(g2a_global_locale())
            freelocale(locale)
        }
        return (g2a_codeset_is_utf8() != 0, nil)
    }

    /// Puts a fresh screen into the dashboard's modes and reads its colour support.
    private static func configure(
        _ screen: OpaquePointer,
        options: CursesTerminal.Options,
        isUTF8: Bool
    ) -> Setup {
        let window = g2a_stdscr()!
        raw()  // Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys; signals come only from outside.
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)  // the thread waits in poll(); reads never block
        intrflush(window, false)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(options.escapeDelay)
        CursesKeySequences.defineMissing()

        var depth = ColorDepth.mono
        var colorCount = 0
        var hasDefaultColors = false
        var colorPairs = 0
        if !options.wantsNoColor, has_colors() {
            start_color()
            // -1 then means the terminal's own colours, which keeps transparent and tmux
            // backgrounds intact. The palette is never changed (no init_color).
            hasDefaultColors = use_default_colors() == OK
            colorCount = Int(g2a_colors())
            colorPairs = Int(g2a_color_pairs())
            depth = colorPairs > 1 ? ColorDepth.resolve(colors: colorCount, noColor: false) : .mono
        }
        if let fixed = options.fixedSize {
            resizeterm(Int32(max(1, fixed.height)), Int32(max(1, fixed.width)))
        }
        let palette = CursesPalette(
            depth: depth, colorCount: colorCount, hasDefaultColors: hasDefaultColors)
        return Setup(
            screen: screen, window: window, isUTF8: isUTF8, palette: palette,
            colorPairs: colorPairs)
    }
}

/// Closes a descriptor; a free function because `CursesScreen.close()` hides the C one.
private func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}

extension CursesScreen {
    /// Writes bytes straight to the terminal after flushing what curses buffered.
    func writeOutOfBand(_ bytes: [UInt8]) -> Bool {
        fflush(outputFileForFlush)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(outputFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
