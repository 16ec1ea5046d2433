/// A partner-system link registered through POST /systemLinks.
struct SystemLink: Sendable {
    /// The `userKey` of the technician who registered it; part of the upsert key.
    var ownerKey: String
    var systemName: String
    var systemDomain: String
    var userEmail: String
    var userToken: String
    var callbackURL: String
    var createObject: Bool
    var searchObjects: Bool
    var associateObject: Bool
}
