import GoToAssistAPI

/// One partner-system link prepared for display; the user token is masked.
public struct SystemLinkRow: Sendable, Hashable {
    public var name: String
    public var domain: String
    public var email: String
    public var callbackURL: String
    public var token: String
    public var callbacks: String

    public static let columns = ["SYSTEM", "DOMAIN", "USER EMAIL", "CALLBACK URL", "USER TOKEN", "CALLBACKS"]

    public init(_ link: SystemLink) {
        name = TextSanitizer.sanitize(link.systemName)
        domain = TextSanitizer.sanitize(link.systemDomain)
        email = TextSanitizer.sanitize(link.userEmail ?? "")
        callbackURL = TextSanitizer.sanitize(link.callbackURL ?? "")
        token = Self.mask(link.userToken)
        let supported = link.supportedCallbacks
        callbacks = [
            supported?.searchObjects == true ? "search" : nil,
            supported?.createObject == true ? "create" : nil,
            supported?.associateObject == true ? "associate" : nil,
        ].compactMap { $0 }.joined(separator: ",")
    }

    public var cells: [String] { [name, domain, email, callbackURL, token, callbacks] }

    /// Shows that a secret is set without showing any of it.
    public static func mask(_ secret: String?) -> String {
        guard let secret, !secret.isEmpty else { return "" }
        return "••••••••"
    }
}
