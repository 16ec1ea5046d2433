import Foundation

/// One line of a session's chat transcript (`GET /sessions/{id}/events`, API-FACTS 8b).
public struct SessionEvent: Sendable, Hashable, Codable {
    /// Who wrote the line. Anything else the server sends is kept as `.other`, not dropped.
    public enum Sender: Sendable, Hashable {
        case expert, customer, system
        case other(String)

        init(_ raw: String) {
            switch raw.lowercased() {
            case "expert": self = .expert
            case "customer": self = .customer
            case "system": self = .system
            default: self = .other(raw)
            }
        }

        public var rawValue: String {
            switch self {
            case .expert: "expert"
            case .customer: "customer"
            case .system: "system"
            case .other(let raw): raw
            }
        }
    }

    public var time: Date?
    public var from: Sender
    public var fromName: String?
    public var text: String

    public init(time: Date?, from: Sender, fromName: String? = nil, text: String) {
        self.time = time
        self.from = from
        self.fromName = fromName
        self.text = text
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        time = try c.decodeTextIfPresent(AnyKey("time")).flatMap(APITimestamp.parse)
        from = Sender(try c.decodeTextIfPresent(AnyKey("from")) ?? "system")
        fromName = try c.decodeTextIfPresent(AnyKey("fromName"))
        text = try c.decodeTextIfPresent(AnyKey("text")) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encodeIfPresent(time.map(APITimestamp.format), forKey: AnyKey("time"))
        try c.encode(from.rawValue, forKey: AnyKey("from"))
        try c.encodeIfPresent(fromName, forKey: AnyKey("fromName"))
        try c.encode(text, forKey: AnyKey("text"))
    }
}
