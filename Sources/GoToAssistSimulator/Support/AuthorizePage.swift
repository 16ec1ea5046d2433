import Hummingbird

/// The HTML of the simulator's sign-in page: a form, or a refusal with no way onward.
enum AuthorizePage {
    /// The sign-in form; the authorize parameters ride along as hidden fields.
    static func form(parameters: [String: String], error: String?, status: HTTPResponse.Status) -> Response {
        let hidden = AuthorizeRequest.fieldNames.compactMap { name in
            parameters[name].map { "<input type=\"hidden\" name=\"\(name)\" value=\"\(escape($0))\">" }
        }.joined(separator: "\n")
        let message = error.map { "<p class=\"error\" role=\"alert\">\(escape($0))</p>\n" } ?? ""
        return html("""
            <h1>Sign in to GoToAssist (simulator)</h1>
            \(message)<form method="post">
            \(hidden)
            <label>Email <input name="username" type="email" autocomplete="username"></label>
            <label>Password <input name="password" type="password" autocomplete="current-password"></label>
            <button type="submit">Sign in</button>
            </form>
            """, status: status)
    }

    /// A 400 page for a request that must not be redirected anywhere.
    static func refusal(_ reason: String) -> Response {
        html("<h1>Sign-in request refused</h1>\n<p class=\"error\">\(escape(reason))</p>", status: .badRequest)
    }

    private static func html(_ body: String, status: HTTPResponse.Status) -> Response {
        let page = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Sign in</title></head><body>\n\(body)\n</body></html>\n"
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
