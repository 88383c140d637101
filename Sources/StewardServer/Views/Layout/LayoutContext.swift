import StewardCore
import Vapor

/// What every page's frame shows: title, navigation for the viewer's capabilities, who is signed in, the demo
/// notice and the token for the sign-out form.
struct LayoutContext: Encodable {
    struct Link: Encodable {
        let href: String
        let label: String
        let isCurrent: Bool
    }

    let title: String
    let organizationName: String
    let isDemo: Bool
    let viewerName: String?
    let viewerRole: String?
    let csrfToken: String
    let navigation: [Link]
    let logoutHref: String
    let loginHref: String
    let accountHref: String
    let csrfField: String

    init(request: Request, title: String) {
        let actor = request.actor
        let capabilities = actor.capabilities
        self.title = title
        organizationName = request.application.site.organizationName
        isDemo = request.application.site.isDemo
        viewerName = actor.person?.displayName
        viewerRole = actor.role?.title
        csrfToken = actor.person == nil ? "" : CSRFMiddleware.token(for: request)
        // The brand links to the start page, so the navigation starts with the inventory.
        var links = [(Paths.inventory.href(), "AI inventory")]
        if capabilities.canReadOrganization {
            links += [
                (Paths.tools.href(), "Tools"), (Paths.due.href(), "What's due"), (Paths.units.href(), "Units"),
                (Paths.packs.href(), "Policy"), (Paths.usage.href(), "AI use"), (Paths.exposure.href(), "Job impact"),
                (Paths.committee.href(), "Committee"),
            ]
        }
        if capabilities.canReadReports { links.append((Paths.reports.href(), "Reports")) }
        if capabilities.canReadGrievances { links.append((Paths.grievances.href(), "Grievances")) }
        if capabilities.canManageAccounts { links.append((Paths.people.href(), "People")) }
        if capabilities.canReadAuditTrail { links.append((Paths.audit.href(), "Audit trail")) }
        let path = request.urlPath
        navigation = links.map { href, label in
            Link(href: href, label: label, isCurrent: href == path || (href != "/" && path.hasPrefix(href)))
        }
        logoutHref = Paths.logout.href()
        accountHref = Paths.account.href()
        loginHref = Paths.login.href()
        csrfField = CSRFMiddleware.field
    }
}

/// A checkbox or radio option of a form.
struct FormOption: Encodable {
    let value: String
    let label: String
    let isChecked: Bool
}

/// The problems of a form, by field, for showing next to each input.
struct FieldMessages: Encodable {
    let messages: [String: String]

    init(_ problems: [DomainError]) {
        messages = Dictionary(problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, second in
            first + "; " + second
        })
    }

    /// The problems of a form whose lists are typed one item a line: a problem of `holidays[2]` shows by the
    /// `holidays` field as "line 3: …".
    init(listing problems: [DomainError]) {
        self.init(problems.map { problem in
            guard let open = problem.field.firstIndex(of: "["), let close = problem.field.firstIndex(of: "]"),
                  let index = Int(problem.field[problem.field.index(after: open)..<close])
            else { return problem }
            return DomainError(
                code: problem.code, field: String(problem.field[..<open]), message: "line \(index + 1): \(problem.message)")
        })
    }

    func encode(to encoder: any Encoder) throws { try messages.encode(to: encoder) }
}
