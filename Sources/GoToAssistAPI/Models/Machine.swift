/// An unattended machine of a company, the target of an unattended session.
public struct Machine: Sendable, Hashable, Codable {
    public var machineUuid: String
    public var machineName: String?
    public var dnsName: String?
    public var ipAddresses: [String]
    public var machineStatus: String?
    public var companyId: String?

    public init(machineUuid: String, machineName: String? = nil, dnsName: String? = nil,
                ipAddresses: [String] = [], machineStatus: String? = nil, companyId: String? = nil) {
        self.machineUuid = machineUuid
        self.machineName = machineName
        self.dnsName = dnsName
        self.ipAddresses = ipAddresses
        self.machineStatus = machineStatus
        self.companyId = companyId
    }

    /// Whether the machine can take a session now; status casing differs between sources.
    public var isOnline: Bool { machineStatus?.uppercased() == "ONLINE" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        machineUuid = try c.decodeID(AnyKey("machineUuid"))
        machineName = try c.decodeTextIfPresent(AnyKey("machineName"))
        dnsName = try c.decodeTextIfPresent(AnyKey("dnsName"))
        // The doc says ipAddresses (a list); one real client read ipAddress (API-FACTS §6.5).
        if let list = try? c.decodeIfPresent([String].self, forKey: AnyKey("ipAddresses")) {
            ipAddresses = list
        } else if let single = try c.decodeTextIfPresent(AnyKey("ipAddresses"))
                    ?? c.decodeTextIfPresent(AnyKey("ipAddress")) {
            ipAddresses = [single]
        } else {
            ipAddresses = []
        }
        machineStatus = try c.decodeTextIfPresent(AnyKey("machineStatus"))
        companyId = try c.decodeIDIfPresent(AnyKey("companyId"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(machineUuid, forKey: AnyKey("machineUuid"))
        try c.encodeIfPresent(machineName, "machineName")
        try c.encodeIfPresent(dnsName, "dnsName")
        try c.encode(ipAddresses, forKey: AnyKey("ipAddresses"))
        try c.encodeIfPresent(machineStatus, "machineStatus")
        try c.encodeIfPresent(companyId, "companyId")
    }
}

/// One page of `GET /companies/{id}/machines`.
public struct MachinePage: Sendable, Hashable, Codable {
    public var totalNumMachines: Int
    public var machines: [Machine]

    public init(totalNumMachines: Int, machines: [Machine]) {
        self.totalNumMachines = totalNumMachines
        self.machines = machines
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        // Documented as a "map", read as a list by a real client: accept both.
        if let list = try? c.decodeIfPresent([Machine].self, forKey: AnyKey("machines")) {
            machines = list
        } else if let map = try? c.decodeIfPresent([String: Machine].self, forKey: AnyKey("machines")) {
            machines = map.keys.sorted().compactMap { map[$0] }
        } else {
            machines = []
        }
        totalNumMachines = try c.decodeLenientIntIfPresent(AnyKey("totalNumMachines")) ?? machines.count
    }
}
