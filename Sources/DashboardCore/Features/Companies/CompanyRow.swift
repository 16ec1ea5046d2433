import GoToAssistAPI

/// One company prepared for display (sanitized).
public struct CompanyRow: TableRow, Hashable {
    public var key: String
    public var companyId: String
    public var name: String

    public static let columns = ["COMPANY ID", "NAME"]

    public init(_ company: Company) {
        key = company.companyId
        companyId = TextSanitizer.sanitize(company.companyId)
        name = TextSanitizer.sanitize(company.companyName ?? "")
    }

    public var cells: [String] { [companyId, name] }

    public func sortValue(column index: Int) -> SortValue {
        index == 0 ? (Double(companyId).map(SortValue.number) ?? .text(companyId)) : .text(name)
    }
}
