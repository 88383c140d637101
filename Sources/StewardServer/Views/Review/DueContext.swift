import StewardCore
import Vapor

/// "What's due": the viewer's open steps, soonest due first, overdue ones marked.
struct DueContext: Encodable {
    struct Row: Encodable {
        let title: String
        let href: String
        let useCase: String
        let due: String
        let isOverdue: Bool
    }

    let layout: LayoutContext
    let rows: [Row]
    let nextHref: String?

    init(request: Request, page: Page<ReviewStepModel>, useCases: [UUID: String], paging: PageRequest, now: Date) throws {
        layout = LayoutContext(request: request, title: "What's due")
        rows = try page.items.map { model in
            let step = try model.domain()
            return Row(
                title: step.kind.title, href: Paths.step.href(step.id), useCase: useCases[step.useCaseID.uuid] ?? "",
                due: step.due.map(DisplayFormat.date) ?? "no due date", isOverdue: step.isOverdue(at: now))
        }
        nextHref = page.nextHref(from: request.url, limit: paging.limit)
    }
}
