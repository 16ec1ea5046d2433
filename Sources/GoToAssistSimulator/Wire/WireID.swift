/// A numeric identifier that encodes as a JSON number, or as a string when the simulator is
/// configured with `stringifyIDs` (API-FACTS 4.2).
struct WireID: Encodable, Sendable, Equatable {
    static let stringifyKey = CodingUserInfoKey(rawValue: "stringifyIDs")!

    let value: Int

    init(_ value: Int) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if encoder.userInfo[Self.stringifyKey] as? Bool == true {
            try container.encode(String(value))
        } else {
            try container.encode(value)
        }
    }
}
