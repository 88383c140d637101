import StewardCore
import Vapor

/// The page that tells workers about a use, generated from the records, with the button that publishes it.
struct DisclosureContext: Encodable {
    struct Section: Encodable {
        let heading: String
        let lines: [String]
    }

    let layout: LayoutContext
    let title: String
    let sections: [Section]
    let useCaseHref: String
    let standing: String
    let publishAction: String?
    let reportHref: String?
    let csrfField: String
    let csrfToken: String

    init(request: Request, useCase: UseCaseModel, disclosure: WorkerDisclosure, step: ReviewStepModel?, mayPublish: Bool) throws {
        layout = LayoutContext(request: request, title: "What workers are told: \(disclosure.title)")
        title = disclosure.title
        sections = disclosure.sections.map { Section(heading: $0.heading, lines: $0.lines) }
        useCaseHref = Paths.useCase.href(UseCaseID(try useCase.requireID()))
        standing = switch step?.status {
        case nil: "The decision on this use asks for no disclosure to workers; this page is kept from the records all the same."
        case .open?: "Not yet published to workers."
        case .done?: "Published to workers by \(step?.completedBy ?? "") on \(step?.completedAt.map(DisplayFormat.date) ?? "")."
        case .waived?: "The disclosure step was set aside: \(step?.record ?? "")"
        }
        reportHref = request.actor.capabilities.canReportConcerns
            ? Paths.newToolReport.href(AIToolID(useCase.$tool.id)) + "?useCase=\(UseCaseID(try useCase.requireID()))" : nil
        publishAction = mayPublish ? Paths.useCaseDisclosure.href(UseCaseID(try useCase.requireID())) : nil
        csrfField = CSRFMiddleware.field
        csrfToken = CSRFMiddleware.token(for: request)
    }
}

extension DisclosureContext {
    /// A published use's disclosure as the public reads it from the inventory.
    struct Public: Encodable {
        /// A published bias audit of the use.
        struct Audit: Encodable {
            let href: String
            let conductedOn: String
        }

        let layout: LayoutContext
        let title: String
        let sections: [Section]
        let inventoryHref: String
        let biasAudits: [Audit]
    }
}
