import Foundation

/// Reads the server's reason from an error body, in whichever shape it came.
///
/// The gateway uses `int_err_code`/`msg`, other GoTo APIs `errorCode`/`description`, token
/// endpoints RFC 6749 `error`/`error_description` (API-FACTS §4.4); anything else falls back to
/// the raw text, cut short so a large HTML error page cannot flood a status bar.
struct ErrorBody: Sendable, Equatable {
    var code: String?
    var message: String

    static let maxLength = 200

    init(code: String?, message: String) {
        self.code = code
        self.message = message
    }

    init(body: [UInt8], status: Int) {
        if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
            for (codeKey, messageKey) in [("int_err_code", "msg"), ("errorCode", "description"),
                                          ("error", "error_description")] {
                let code = Self.text(object[codeKey])
                let message = Self.text(object[messageKey])
                if code != nil || message != nil {
                    self.code = code
                    self.message = Self.cut(message ?? code ?? "")
                    return
                }
            }
            if let message = Self.text(object["message"]) {
                self.code = nil
                self.message = Self.cut(message)
                return
            }
        }
        let raw = String(decoding: body, as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        code = nil
        message = raw.isEmpty ? "HTTP \(status) with an empty body" : Self.cut(raw)
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    private static func cut(_ text: String) -> String {
        text.count <= maxLength ? text : String(text.prefix(maxLength)) + "…"
    }
}

extension APIError {
    /// Maps a non-2xx answer to a typed error, following API-FACTS §3.3 for auth failures.
    public static func from(status: Int, body: [UInt8], retryAfter: Double?) -> APIError {
        let parsed = ErrorBody(body: body, status: status)
        let code = parsed.code?.lowercased()
        switch status {
        case 401:
            if code == "notentitled" { return .notEntitled(message: parsed.message) }
            return .invalidToken(message: parsed.message)
        case 403:
            if code == "invalidtoken" { return .invalidToken(message: parsed.message) }
            return .forbidden(message: parsed.message)
        case 404: return .notFound(message: parsed.message)
        case 429: return .rateLimited(retryAfter: retryAfter, message: parsed.message)
        case 400: return .badRequest(message: parsed.message)
        case 500...599: return .serverError(status: status, message: parsed.message)
        default: return .httpStatus(status: status, message: parsed.message)
        }
    }
}
