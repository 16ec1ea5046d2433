import Testing
@testable import GoToAssistAPI

/// Error bodies of every known shape become typed errors with the server's reason.
struct ErrorMappingTests {
    @Test(arguments: [
        (403, #"{"int_err_code":"InvalidToken","msg":"Invalid token passed"}"#, APIError.invalidToken(message: "Invalid token passed")),
        (401, #"{"int_err_code":"NotEntitled","msg":"No seat"}"#, .notEntitled(message: "No seat")),
        (401, #"{"int_err_code":"InvalidToken","msg":"bad"}"#, .invalidToken(message: "bad")),
        (403, #"{"int_err_code":"Forbidden","msg":"roles"}"#, .forbidden(message: "roles")),
        (404, #"{"int_err_code":"NotFound","msg":"No companies found"}"#, .notFound(message: "No companies found")),
        (400, #"{"errorCode":"InvalidRequest","description":"limit must be 1-50","incident":"x"}"#, .badRequest(message: "limit must be 1-50")),
        (400, #"{"error":"invalid_grant","error_description":"refresh token spent"}"#, .badRequest(message: "refresh token spent")),
        (405, #"{"int_err_code":"MethodNotAllowed","msg":"POST not allowed"}"#, .httpStatus(status: 405, message: "POST not allowed")),
        (502, "<html><body>Bad Gateway</body></html>", .serverError(status: 502, message: "<html><body>Bad Gateway</body></html>")),
        (500, "", .serverError(status: 500, message: "HTTP 500 with an empty body")),
    ])
    func errorBodiesMapToTypedErrors(status: Int, body: String, expected: APIError) {
        #expect(APIError.from(status: status, body: Array(body.utf8), retryAfter: nil) == expected)
    }

    @Test func rateLimitKeepsRetryAfter() {
        let error = APIError.from(status: 429, body: Array(#"{"int_err_code":"RateLimited","msg":"Rate limit exceeded"}"#.utf8), retryAfter: 1)
        #expect(error == .rateLimited(retryAfter: 1, message: "Rate limit exceeded"))
        #expect(error.description == "rate limited (429): Rate limit exceeded; retry after 1s")
    }

    @Test func hugeRawBodiesAreCutShort() {
        let body = String(repeating: "x", count: 5000)
        guard case .serverError(_, let message) = APIError.from(status: 500, body: Array(body.utf8), retryAfter: nil) else {
            Issue.record("expected a server error")
            return
        }
        #expect(message.count == ErrorBody.maxLength + 1)
        #expect(message.hasSuffix("…"))
    }

    @Test func authFailuresAreFlaggedForExitCodeThree() {
        #expect(APIError.invalidToken(message: "x").isAuthenticationFailure)
        #expect(APIError.notEntitled(message: "x").isAuthenticationFailure)
        #expect(!APIError.forbidden(message: "x").isAuthenticationFailure)
    }
}
