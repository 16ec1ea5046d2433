extension DashboardEnvironment {
    /// Posts a message to the status bar and the log, stamped with the clock's time.
    ///
    /// The one way every feature tells the user something, so each message is sanitized once,
    /// timed by the injected clock and logged at a level that matches.
    func post(_ state: inout DashboardState, _ level: MessageLog.Level, _ text: String) {
        state.messages.post(level, text, at: clock.now())
        switch level {
        case .error: logger.warning("\(text)")
        case .warn: logger.notice("\(text)")
        case .info: logger.debug("\(text)")
        }
    }
}
