import DashboardCore

/// The run loop: terminal events become actions, state changes become frames.
///
/// Frames are coalesced: many actions in one turn of the main actor draw once, and a frame
/// equal to the last one is not sent at all, so an idle dashboard writes nothing between
/// clock ticks.
@MainActor
public final class DashboardApp {
    private let store: Store<DashboardState, DashboardAction>
    private let terminal: any TerminalDevice
    private let keymap: KeyMap
    private let themes: ThemeProvider
    private var renderScheduled = false
    private var lastFrame: Grid?
    /// Frames presented so far (for tests and diagnostics).
    public private(set) var framesPresented = 0

    public init(store: Store<DashboardState, DashboardAction>, terminal: any TerminalDevice, keymap: KeyMap,
                themes: ThemeProvider) {
        self.store = store
        self.terminal = terminal
        self.keymap = keymap
        self.themes = themes
    }

    /// Runs until the user quits or the terminal goes away, then restores the terminal.
    ///
    /// - Returns: why it stopped; a stream that simply ends counts as a hang-up.
    @discardableResult
    public func run() async -> DashboardExit {
        store.onChange = { [weak self] _ in self?.scheduleRender() }
        let size = terminal.size
        store.send(.app(.terminalResized(width: size.width, height: size.height)))
        store.send(.app(.appStarted))
        var ended: DashboardExit?
        for await event in terminal.events {
            if let reason = handle(event) { ended = reason }
            if store.state.shouldQuit { break }
        }
        // A key that quits leaves `ended` nil; a stream that just ends means the terminal is gone.
        let exit = ended ?? (store.state.shouldQuit ? .quit : .hangup)
        if !store.state.shouldQuit { store.send(.app(.quitPressed)) }
        store.cancelAll()
        await terminal.shutdown()
        return exit
    }

    /// Applies one terminal event; returns the exit reason when the event itself ends the run.
    @discardableResult
    public func handle(_ event: TerminalEvent) -> DashboardExit? {
        switch event {
        case .key(let key):
            if let action = KeyRouter.action(for: key, state: store.state, keymap: keymap) { store.send(action) }
            return nil
        case .paste(let text):
            store.send(.app(.textPasted(text)))
            return nil
        case .resized(let size):
            store.send(.app(.terminalResized(width: size.width, height: size.height)))
            return nil
        case .hangup:
            store.send(.app(.quitPressed))
            return .hangup
        case .terminate(let signal):
            store.send(.app(.quitPressed))
            return .signal(signal)
        }
    }

    private func scheduleRender() {
        guard !renderScheduled else { return }
        renderScheduled = true
        Task { @MainActor [weak self] in
            guard let self else { return }
            renderScheduled = false
            renderNow()
        }
    }

    /// Draws the current state and hands the frame to the terminal if it changed.
    public func renderNow() {
        guard !store.state.shouldQuit else { return }
        // An open overlay's length depends on its text at this size: tell the reducer, so its
        // scrolling stops at the last useful line (the view measures, the reducer decides).
        if store.state.overlay != nil {
            let measured = DashboardView.overlayMaxScroll(store.state, keymap: keymap)
            if measured != store.state.overlayMaxScroll { store.send(.app(.overlayMeasured(maxScroll: measured))) }
        }
        let state = store.state
        let frame = DashboardView.render(state, theme: themes.theme(named: state.settings.themeName), keymap: keymap,
                                         capabilities: terminal.capabilities)
        guard frame != lastFrame else { return }
        lastFrame = frame
        framesPresented += 1
        terminal.present(frame)
    }
}
