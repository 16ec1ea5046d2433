import GoToAssistAPI

/// The dashboard's forms and the requests they turn into.
extension FormState {
    /// `n`: a screen-sharing session, optionally for a ticket or an unattended machine.
    public static func startSession(machine: Machine? = nil) -> FormState {
        var form = FormState(kind: .startSession, title: "Start a session", fields: [
            FormField(id: "customerName", label: "Customer name", rule: .text(required: false, maxLength: 128)),
            FormField(id: "customerEmail", label: "Customer email", rule: .email(required: false)),
            FormField(id: "partnerObject", label: "Ticket id", rule: .text(required: false, maxLength: 128)),
            FormField(id: "partnerObjectUrl", label: "Ticket URL", rule: .url(required: false)),
            FormField(id: "machineUuid", label: "Machine UUID", value: machine?.machineUuid ?? "",
                      rule: .text(required: false, maxLength: 64)),
            FormField(id: "callbackUrl", label: "Status callback URL", rule: .url(required: false)),
        ])
        if let machine { form.title = "Start an unattended session on " + (machine.machineName ?? machine.machineUuid) }
        return form
    }

    /// `c` in the ticket panel: a new partner ticket for a session.
    public static func createTicket(sessionId: String, link: SystemLink) -> FormState {
        FormState(kind: .createTicket(sessionId: sessionId, link: link), title: "New ticket for session \(sessionId)", fields: [
            FormField(id: "title", label: "Title", rule: .text(required: true, maxLength: 200)),
            FormField(id: "body", label: "Description", rule: .text(required: false, maxLength: FormField.hardLimit)),
        ])
    }

    /// The callbacks a partner link may support.
    public static let callbackNames = ["createObject", "searchObjects", "associateObject"]

    /// `a` in the links panel: register or overwrite the link for a domain.
    public static func registerLink(domain: String) -> FormState {
        FormState(kind: .registerLink, title: "Register a partner-system link", fields: [
            FormField(id: "systemName", label: "System name", rule: .text(required: true, maxLength: 128)),
            FormField(id: "systemDomain", label: "Domain", value: domain, rule: .text(required: true, maxLength: 253)),
            FormField(id: "userEmail", label: "User email", rule: .email(required: true)),
            FormField(id: "userToken", label: "User token", rule: .text(required: true, maxLength: 512), isSecret: true),
            FormField(id: "callbackURL", label: "Callback URL", rule: .url(required: true)),
            FormField(id: "supportedCallbacks", label: "Callbacks", value: callbackNames.joined(separator: ","),
                      rule: .choices(allowed: callbackNames)),
        ])
    }

    /// The write this form asks for, from its (validated) fields; nil for forms that don't write.
    var write: WriteRequest? {
        switch kind {
        case .recordingsFilter:
            return nil
        case .startSession:
            return .startSession(StartSessionRequest(
                customerName: value("customerName"), customerEmail: value("customerEmail"),
                partnerObject: value("partnerObject"), partnerObjectUrl: value("partnerObjectUrl"),
                machineUuid: value("machineUuid"), sessionStatusCallbackUrl: value("callbackUrl")))
        case .createTicket(let sessionId, let link):
            return .createTicket(link: link, sessionId: sessionId, title: value("title") ?? "", body: value("body") ?? "")
        case .registerLink:
            let callbacks = Set(FormField.words(value("supportedCallbacks") ?? ""))
            return .registerLink(SystemLink(
                systemName: value("systemName") ?? "", systemDomain: value("systemDomain") ?? "",
                userEmail: value("userEmail"), userToken: value("userToken"), callbackURL: value("callbackURL"),
                supportedCallbacks: SupportedCallbacks(
                    createObject: callbacks.contains("createObject"), searchObjects: callbacks.contains("searchObjects"),
                    associateObject: callbacks.contains("associateObject"))))
        }
    }
}
