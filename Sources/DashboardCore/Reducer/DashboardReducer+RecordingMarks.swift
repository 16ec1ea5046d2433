/// Marks on the Recordings pane: space marks the selected row for `D` and moves to the next,
/// so a run of recordings is marked by holding space.
extension DashboardReducer {
    func toggleMark(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard state.focus == .recordings, state.overlay == nil else { return .none }
        guard let key = state.recordings.table.selectedKey else { return .none }
        if state.recordings.marked.remove(key) == nil { state.recordings.marked.insert(key) }
        state.recordings.table.move(.down, now: environment.clock.now())
        return .none
    }
}
