/// The GET /companies envelope.
struct WireCompanyList: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var companyId: WireID
        var companyName: String
    }

    var totalNumCompanies: Int
    var companies: [Item]
}

/// The GET /companies/{companyId}/machines envelope.
struct WireMachineList: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var machineUuid: String
        var machineName: String
        var dnsName: String
        var ipAddresses: [String]
        var machineStatus: String
        var companyId: WireID
    }

    var totalNumMachines: Int
    var machines: [Item]
}
