/// The panes of the dashboard, in key (1…N), Tab and `:name` order.
///
/// Everything generic (table, filter, sort, movement, refresh timer, backoff, stale badge, key
/// hints, help, `:name`) reads this list; adding a pane means its feature folder and one line
/// here (and its view in `DashboardUI`'s `PaneViews`), in the manner of k9s' registrar.
public enum PaneRegistry {
    public static let all: [PaneDescriptor] = [
        SessionsPane.descriptor,
        CompaniesPane.descriptor,
        RecordingsPane.descriptor,
    ]

    /// The ids of `all`, in order.
    public static let ids: [PaneID] = all.map(\.id)

    /// The descriptor of a registered pane.
    public static func descriptor(_ id: PaneID) -> PaneDescriptor {
        guard let descriptor = all.first(where: { $0.id == id }) else {
            preconditionFailure("pane \(id) is not in PaneRegistry.all")
        }
        return descriptor
    }
}
