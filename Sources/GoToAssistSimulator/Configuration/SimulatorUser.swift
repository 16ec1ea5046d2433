/// A technician who can log in to the simulator with the OAuth password grant.
public struct SimulatorUser: Sendable, Equatable {
    /// The login name (`username` / `user_id`) and the `email` in token responses.
    public var email: String
    /// The password the grant must present.
    public var password: String
    /// Returned as `firstName` in token responses and used for the expert's display name.
    public var firstName: String
    /// Returned as `lastName` in token responses and used for the expert's display name.
    public var lastName: String

    /// Creates a user.
    public init(email: String, password: String, firstName: String, lastName: String) {
        self.email = email
        self.password = password
        self.firstName = firstName
        self.lastName = lastName
    }

    /// The default demo technician, Tess Tech.
    public static let demo = SimulatorUser(
        email: "tech@example.com", password: "demo-password", firstName: "Tess", lastName: "Tech"
    )
}
