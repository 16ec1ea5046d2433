/// A partner-system link as GET and POST /systemLinks return it.
struct WireSystemLink: Encodable, Sendable {
    struct Callbacks: Encodable, Sendable {
        var createObject: Bool
        var searchObjects: Bool
        var associateObject: Bool
    }

    var systemName: String
    var systemDomain: String
    var userEmail: String
    var userToken: String
    var callbackURL: String
    var supportedCallbacks: Callbacks

    init(_ link: SystemLink) {
        systemName = link.systemName
        systemDomain = link.systemDomain
        userEmail = link.userEmail
        userToken = link.userToken
        callbackURL = link.callbackURL
        supportedCallbacks = Callbacks(
            createObject: link.createObject, searchObjects: link.searchObjects, associateObject: link.associateObject
        )
    }
}
