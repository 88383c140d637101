import StewardCore
import Vapor

/// The tool's place in the AI gateway: the name clients ask for and the service behind it, and for the AI officer
/// the form that sets them.
struct GatewayPanelContext: Encodable {
    /// The officer's form, filled in from the stored upstream or the refused input.
    struct Form: Encodable {
        let action: String
        let csrfField: String
        let csrfToken: String
        let gatewayName: String
        let baseURL: String
        let model: String
        let hasCredential: Bool
        let problems: [String]
        let errors: FieldMessages
    }

    /// Nil when no upstream is set.
    let gatewayName: String?
    let baseURL: String
    let model: String
    let updated: String
    let form: Form?

    init(request: Request, toolID: AIToolID, upstream: ToolUpstreamModel?, draft: UpstreamDraft?, problems: [DomainError]) {
        gatewayName = upstream?.gatewayName
        baseURL = upstream?.baseURL ?? ""
        model = upstream?.model ?? ""
        updated = upstream.map { "Set by \($0.updatedBy) on \(DisplayFormat.dateTime($0.updatedAt))." } ?? ""
        guard request.actor.capabilities.canConfigureGateway else {
            form = nil
            return
        }
        form = Form(
            action: Paths.toolUpstream.href(toolID), csrfField: CSRFMiddleware.field,
            csrfToken: CSRFMiddleware.token(for: request), gatewayName: draft?.gatewayName ?? upstream?.gatewayName ?? "",
            baseURL: draft?.baseURL ?? upstream?.baseURL ?? "", model: draft?.model ?? upstream?.model ?? "",
            hasCredential: upstream != nil, problems: problems.map(\.message), errors: FieldMessages(problems))
    }
}
