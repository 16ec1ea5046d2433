import GoToAssistAPI

/// The Companies pane: server-side search and paging, 50 at a time, every page reachable.
///
/// The API pages with limit/offset and a total; pages are fetched as the selection nears the
/// end of what is loaded, so scrolling reaches every company without loading all up front.
public struct CompaniesState: Equatable, Sendable {
    public var table = TableState<CompanyRow>()
    public var refresh = RefreshStatus()
    /// The server-side search (`q`), set by the `/` filter of this pane.
    public var search = ""
    public var sortField: CompanyQuery.SortField = .companyName
    public var descending = false
    /// Matches across all pages.
    public var total = 0
    /// A further page is being fetched.
    public var loadingMore = false
    /// Companies loaded so far, in server order.
    public var loaded: [Company] = []

    public init() {}

    public static let pageSize = CompanyQuery.maxLimit

    /// Whether more pages exist beyond what is loaded.
    public var hasMore: Bool { loaded.count < total }

    /// The query for the page at `offset`.
    public func query(offset: Int) -> CompanyQuery {
        CompanyQuery(search: search.isEmpty ? nil : search, limit: Self.pageSize, offset: offset,
                     sortField: sortField, sortOrder: descending ? .desc : .asc)
    }
}
