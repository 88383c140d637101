import StewardCore
import Vapor

/// What a person signs in and connects with, on their account page: their password, API tokens and calendar feed.
struct CredentialsContext: Encodable {
    struct TokenRow: Encodable {
        let label: String
        let created: String
        let revoked: String?
        let revokeAction: String?
    }

    let passwordAction: String
    let passwordErrors: FieldMessages
    let passwordChanged: Bool
    let tokens: [TokenRow]
    let tokenAction: String
    let tokenLabel: String
    let tokenErrors: FieldMessages
    /// A token just issued, shown this once.
    let newToken: String?
    let calendarFeedURL: String
    let replaceFeedAction: String

    /// What the forms of this part of the page were last sent with.
    struct Draft {
        var passwordProblems: [DomainError] = []
        var passwordChanged = false
        var tokenLabel = ""
        var tokenProblems: [DomainError] = []
        var newToken: String?
    }

    init(request: Request, tokens: [APITokenModel], feedPath: String, draft: Draft) throws {
        passwordAction = Paths.accountPassword.href()
        passwordErrors = FieldMessages(draft.passwordProblems)
        passwordChanged = draft.passwordChanged
        self.tokens = try tokens.map { token in
            TokenRow(
                label: token.label, created: token.createdAt.map(DisplayFormat.dateTime) ?? "",
                revoked: token.revokedAt.map(DisplayFormat.dateTime),
                revokeAction: token.revokedAt == nil ? Paths.accountTokenRevocation.href(try token.requireID()) : nil)
        }
        tokenAction = Paths.accountTokens.href()
        tokenLabel = draft.tokenLabel
        tokenErrors = FieldMessages(draft.tokenProblems)
        newToken = draft.newToken
        calendarFeedURL = CalendarController.absoluteBase(of: request) + feedPath
        replaceFeedAction = Paths.replaceCalendarFeed.href()
    }
}
