import Foundation
import Hummingbird

/// Builds JSON responses with the simulator's encoder settings.
enum JSONResponse {
    /// Encodes `value` into a response; `stringifyIDs` switches every `WireID` to a JSON string.
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok, stringifyIDs: Bool) -> Response {
        let data = encode(value, stringifyIDs: stringifyIDs)
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// Encodes `value` to UTF-8 JSON bytes.
    static func encode(_ value: some Encodable, stringifyIDs: Bool) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.userInfo[WireID.stringifyKey] = stringifyIDs
        // Wire types contain only strings, numbers, bools and arrays, so encoding cannot fail.
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }
}
