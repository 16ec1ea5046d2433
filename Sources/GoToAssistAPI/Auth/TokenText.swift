/// Checks that a token can travel in an HTTP header, before it is ever used.
///
/// A token with a newline, a space or a non-ASCII byte inside cannot be sent: NIO refuses the
/// header and its error quotes the whole `Authorization` value. Refusing it where it is read,
/// with a message that names where it came from and never the value, keeps the secret out of
/// stderr, the log and the screen, and saves four retries that could never succeed.
public enum TokenText {
    /// Why `token` cannot be a bearer token, in a few words; nil when it can.
    public static func problem(_ token: String) -> String? {
        if token.isEmpty { return "is empty" }
        for scalar in token.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { return "holds a control character" }
            if scalar == " " { return "holds a space" }
            if scalar.value > 0x7E { return "holds a non-ASCII character" }
        }
        return nil
    }

    /// The one-line refusal for a token from `source` (`G2A_TOKEN`, `token file PATH`, …).
    public static func refusal(source: String, problem: String) -> String {
        "the token from \(source) \(problem); a token is printable ASCII without spaces — copy it again"
    }
}
