import Foundation
import GoToAssistAPI

/// The Recordings filter: the form (`f`, `:recordings-filter`) and refetching with it.
extension RecordingsReducer {
    /// Opens the filter form over the Recordings pane, filled in with the filter in force.
    ///
    /// `f` works in the Recordings pane only (elsewhere it says where it works); the command
    /// focuses the pane first. Not a write, so read-only mode does not refuse it.
    func openFilter(_ state: inout DashboardState, fromKey: Bool) -> Effect<DashboardAction> {
        guard state.modals.isEmpty else { return .none }
        if fromKey, state.focus != .recordings {
            environment.post(&state, .info, "f filters recordings: press \(PaneID.recordings.number) for the Recordings pane")
            return .none
        }
        let focusing = AppReducer(environment: environment).focus(&state, .recordings)
        state.overlay = nil
        let owner = state.recordings.owner ?? Self.owner(state)
        state.modals.append(.form(.recordingsFilter(state.recordings.filter, owner: owner)))
        return focusing
    }

    /// Enter in the filter form: applies a valid filter and refetches; otherwise marks the fields.
    func submitFilter(_ state: inout DashboardState, _ form: FormState) -> Effect<DashboardAction> {
        var form = form
        guard let filter = form.validatedRecordingsFilter() else {
            state.modals[state.modals.count - 1] = .form(form)
            return .none
        }
        state.modals.removeLast()
        return applyFilter(&state, filter)
    }

    /// Puts `filter` in force: the old rows (of another query) go, and the list is fetched anew,
    /// superseding a refresh in flight.
    func applyFilter(_ state: inout DashboardState, _ filter: RecordingsFilter) -> Effect<DashboardAction> {
        state.recordings.filter = filter
        // An owner chosen in the filter wins; without one the owner is derived again.
        state.recordings.owner = nil
        state.recordings.capped = false
        state.recordings.splits = 0
        state.recordings.downloads = [:]
        state.recordings.refresh = RefreshStatus()
        state.recordings.table.setItems([], now: environment.clock.now())
        environment.post(&state, .info, "recordings: " + Self.describe(filter, owner: Self.owner(state)))
        return PaneRefresh.start(&state, .recordings, environment)
    }

    /// `account 4503… · last 7 days · unattended · archived`, for messages.
    static func describe(_ filter: RecordingsFilter, owner: RecordingQuery.Owner?) -> String {
        ([ownerText(owner), filter.periodText] + filter.extraParts).joined(separator: " · ")
    }

    /// `account 4503…`, `user …`, `company …`, sanitized.
    static func ownerText(_ owner: RecordingQuery.Owner?) -> String {
        switch owner {
        case .accountKey(let key): "account " + TextSanitizer.sanitize(key)
        case .userKey(let key): "user " + TextSanitizer.sanitize(key)
        case .companyId(let id): "company " + TextSanitizer.sanitize(id)
        case nil: "account not known yet"
        }
    }
}
