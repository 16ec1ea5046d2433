import Hummingbird

/// Typed, validating access to a request's query string; every failure is a 400 naming the parameter.
struct QueryParameters {
    private let pairs: [(key: String, value: String)]

    init(_ request: Request) {
        pairs = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    /// The first value of `name`, if present (even when empty).
    subscript(_ name: String) -> String? {
        pairs.first { $0.key == name }?.value
    }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.key == name }.map(\.value)
    }

    /// A present, non-empty value.
    func required(_ name: String) throws -> String {
        guard let value = self[name], !value.isEmpty else {
            throw SimulatorError.invalidRequest("Missing required parameter \(name)")
        }
        return value
    }

    /// `sessionType`, which must be SCREEN_SHARING in any letter case.
    func requiredSessionType() throws -> String {
        let value = try required("sessionType")
        guard value.lowercased() == "screen_sharing" else {
            throw SimulatorError.invalidRequest("Invalid sessionType \(value); only screen_sharing is supported")
        }
        return value
    }

    /// An ISO 8601 time (see `WireTime.parse`), or `nil` when absent.
    func time(_ name: String) throws -> Double? {
        guard let value = self[name] else { return nil }
        guard let time = WireTime.parse(value) else {
            throw SimulatorError.invalidRequest("Invalid \(name): expected YYYY-MM-DDTHH:MM:SSZ")
        }
        return time
    }

    /// A decimal integer within `range`, `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let value = self[name] else { return fallback }
        guard let number = Self.strictInt(value), range.contains(number) else {
            throw SimulatorError.invalidRequest("Invalid \(name): \(value)")
        }
        return number
    }

    /// A string of ASCII digits as an `Int`; rejects signs, spaces and overflow.
    static func strictInt(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return Int(text)
    }
}
