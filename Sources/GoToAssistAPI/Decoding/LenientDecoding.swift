import Foundation

/// Lenient readers for the API's loosely typed fields.
///
/// The vendor's tables contradict themselves on id types (API-FACTS §4.2) and on whether absent
/// values are omitted or null (§4.1), so every id is read as "string or integer" and kept as a
/// `String`, and every optional field tolerates `null`.
extension KeyedDecodingContainer {
    /// Reads an id that may be a JSON string or number.
    func decodeID(_ key: Key) throws -> String {
        if let value = try decodeIDIfPresent(key) { return value }
        throw DecodingError.valueNotFound(
            String.self,
            .init(codingPath: codingPath + [key], debugDescription: "missing id"))
    }

    /// Reads an optional id that may be a JSON string or number; empty strings count as absent.
    func decodeIDIfPresent(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text.isEmpty ? nil : text }
        if let number = try? decode(Int64.self, forKey: key) { return String(number) }
        if let number = try? decode(Double.self, forKey: key), number.rounded() == number,
           abs(number) < 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        throw DecodingError.typeMismatch(
            String.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected a string or integer id"))
    }

    /// Reads an optional string, tolerating null; a number is turned into its text.
    func decodeTextIfPresent(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        return try decodeIDIfPresent(key)
    }

    /// Reads an optional integer that may be sent as a number or a numeric string.
    func decodeLenientIntIfPresent(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key), let value = Int(text) { return value }
        throw DecodingError.typeMismatch(
            Int.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected an integer"))
    }

    /// Reads an optional boolean sent as true/false, 0/1 or "true"/"false".
    func decodeLenientBoolIfPresent(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Bool.self, forKey: key) { return value }
        if let value = try? decode(Int.self, forKey: key) { return value != 0 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: break
            }
        }
        throw DecodingError.typeMismatch(
            Bool.self,
            .init(codingPath: codingPath + [key], debugDescription: "expected a boolean"))
    }

    /// Reads an optional timestamp in any form `APITimestamp` accepts.
    func decodeTimestampIfPresent(_ key: Key) throws -> Date? {
        guard let text = try decodeTextIfPresent(key), !text.isEmpty else { return nil }
        guard let date = APITimestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "not an ISO 8601 timestamp")
        }
        return date
    }

    /// Reads an optional array of ids (strings or numbers).
    func decodeIDListIfPresent(_ key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        var list = try nestedUnkeyedContainer(forKey: key)
        var ids: [String] = []
        while !list.isAtEnd {
            if let text = try? list.decode(String.self) {
                ids.append(text)
            } else if let number = try? list.decode(Int64.self) {
                ids.append(String(number))
            } else {
                throw DecodingError.typeMismatch(
                    String.self,
                    .init(codingPath: list.codingPath, debugDescription: "expected a string or integer id"))
            }
        }
        return ids
    }
}

/// A coding key made from any string, for dynamic lookups and for encoding.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

extension KeyedEncodingContainer where Key == AnyKey {
    /// Writes a value only when it is present, as the API omits absent fields.
    mutating func encodeIfPresent(_ value: String?, _ key: String) throws {
        if let value { try encode(value, forKey: AnyKey(key)) }
    }

    /// Writes a timestamp in the API's seconds-`Z` form when present.
    mutating func encodeTimestamp(_ value: Date?, _ key: String) throws {
        if let value { try encode(APITimestamp.format(value), forKey: AnyKey(key)) }
    }
}
