import Foundation
import Hummingbird

/// Reading request bodies: JSON into lenient Decodable types, and form-encoded pairs.
enum RequestBodyReader {
    static let limit = 1024 * 1024

    /// Decodes a JSON body; any syntax or type error is a 400.
    static func json<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw SimulatorError.invalidRequest("Request body is not valid JSON for this call")
        }
    }

    /// A JSON body, or `fallback` when the body is empty.
    static func optionalJSON<T: Decodable>(_ type: T.Type, from request: Request, fallback: T) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        if buffer.readableBytes == 0 { return fallback }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw SimulatorError.invalidRequest("Request body is not valid JSON for this call")
        }
    }

    /// An `application/x-www-form-urlencoded` body as key/value pairs (`+` is a space).
    static func form(from request: Request) async throws -> [String: String] {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        return parseForm(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    static func parseForm(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if result[key] == nil { result[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }
}

/// A string that may arrive as a JSON string or number (`partnerObject`, `sessionId`).
struct LenientString: Decodable, Sendable {
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let int = try? container.decode(Int.self) {
            value = String(int)
        } else {
            let double = try container.decode(Double.self)
            value = double == double.rounded() ? String(Int(double)) : String(double)
        }
    }
}
