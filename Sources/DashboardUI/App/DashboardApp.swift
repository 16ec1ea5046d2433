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
    public func run() async {
        store.onChange = { [weak self] _ in self?.scheduleRender() }
        let size = terminal.size
        store.send(.app(.terminalResized(width: size.width, height: size.height)))
        store.send(.app(.appStarted))
        for await event in terminal.events {
            handle(event)
            if store.state.shouldQuit { break }
        }
        if !store.state.shouldQuit { store.send(.app(.quitPressed)) }
        store.cancelAll()
        await terminal.shutdown()
    }

    /// Applies one terminal event.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            if let action = KeyRouter.action(for: key, state: store.state, keymap: keymap) { store.send(action) }
        case .paste(let text):
            store.send(.app(.textPasted(text)))
        case .resized(let size):
            store.send(.app(.terminalResized(width: size.width, height: size.height)))
        case .hangup, .terminate:
            store.send(.app(.quitPressed))
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
