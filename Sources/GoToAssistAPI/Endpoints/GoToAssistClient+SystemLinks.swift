extension GoToAssistClient {
    /// The partner-system links registered for a domain: `GET /systemLinks`.
    public func systemLinks(domain: String) async throws -> [SystemLink] {
        let response = try await call("GET", "/systemLinks", query: [("systemDomain", domain)])
        return try APIJSON.decode(FlexibleList<SystemLink>.self, from: response.body).items
    }

    /// Registers a partner-system link, replacing one with the same user, name and domain:
    /// `POST /systemLinks`. Returns the stored link (the one sent when the server echoes nothing).
    public func registerSystemLink(_ link: SystemLink) async throws -> SystemLink {
        let response = try await call("POST", "/systemLinks", body: try APIJSON.encode(link))
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return link }
        return try APIJSON.decode(SystemLink.self, from: response.body)
    }
}
