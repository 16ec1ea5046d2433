/// A customer company with its unattended machines.
struct Company: Sendable {
    var id: Int
    var name: String
    var machines: [Machine]
}

/// An unattended machine registered to a company.
struct Machine: Sendable {
    var uuid: String
    var name: String
    var dnsName: String
    var ipAddresses: [String]
    var status: String
    var companyId: Int
}
