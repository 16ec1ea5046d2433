/// A customer company that unattended machines and recordings belong to.
public struct Company: Sendable, Hashable, Codable {
    public var companyId: String
    public var companyName: String?

    public init(companyId: String, companyName: String?) {
        self.companyId = companyId
        self.companyName = companyName
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        companyId = try c.decodeID(AnyKey("companyId"))
        companyName = try c.decodeTextIfPresent(AnyKey("companyName"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(companyId, forKey: AnyKey("companyId"))
        try c.encodeIfPresent(companyName, "companyName")
    }
}

/// One page of `GET /companies`.
public struct CompanyPage: Sendable, Hashable, Codable {
    /// Matches across all pages, not just this one (API-FACTS §6.5).
    public var totalNumCompanies: Int
    public var companies: [Company]

    public init(totalNumCompanies: Int, companies: [Company]) {
        self.totalNumCompanies = totalNumCompanies
        self.companies = companies
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        companies = try c.decodeIfPresent([Company].self, forKey: AnyKey("companies")) ?? []
        totalNumCompanies = try c.decodeLenientIntIfPresent(AnyKey("totalNumCompanies")) ?? companies.count
    }
}

/// The query of `GET /companies`.
public struct CompanyQuery: Sendable, Hashable {
    public enum SortField: String, Sendable, CaseIterable { case companyId, companyName }
    public enum SortOrder: String, Sendable, CaseIterable { case asc, desc }

    public var search: String?
    public var limit: Int
    public var offset: Int
    public var sortField: SortField?
    public var sortOrder: SortOrder?

    /// The largest page the API accepts; more is a 400, not a clamp.
    public static let maxLimit = 50

    public init(search: String? = nil, limit: Int = 50, offset: Int = 0,
                sortField: SortField? = nil, sortOrder: SortOrder? = nil) {
        self.search = search
        self.limit = limit
        self.offset = offset
        self.sortField = sortField
        self.sortOrder = sortOrder
    }
}
