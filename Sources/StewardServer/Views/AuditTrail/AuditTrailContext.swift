import StewardCore
import Vapor

/// One chain of the audit trail with its filters, a page at a time, and the counts of refused requests.
struct AuditTrailContext: Encodable {
    struct Row: Encodable {
        let sequence: Int
        let date: String
        let actor: String
        let action: String
        let object: String
        let summary: String
        let hash: String
    }

    struct ChainLink: Encodable {
        let name: String
        let href: String
        let isCurrent: Bool
    }

    struct Refusal: Encodable {
        let hour: String
        let actor: String
        let what: String
        let count: Int
    }

    let action: String
    let chain: String
    let chains: [ChainLink]
    let objectType: String
    let objectID: String
    let actor: String
    let from: String
    let until: String
    let rows: [Row]
    let nextHref: String?
    let refusals: [Refusal]

    init(
        request: Request, chain: String, chains: [String], page: Page<AuditEventModel>, paging: PageRequest,
        refusals: [AccessRefusalModel], query: AuditTrailQuery
    ) {
        action = Paths.audit.href()
        self.chain = chain
        self.chains = chains.map { name in
            ChainLink(name: name, href: Paths.audit.href() + "?chain=" + name, isCurrent: name == chain)
        }
        objectType = query.objectType ?? ""
        objectID = query.objectID ?? ""
        actor = query.actor ?? ""
        from = query.from ?? ""
        until = query.until ?? ""
        rows = page.items.map { event in
            Row(
                sequence: event.sequence, date: DisplayFormat.dateTime(event.occurredAt), actor: event.actorName,
                action: event.action, object: "\(event.objectType) \(event.objectID)", summary: event.summary,
                hash: String(event.hash.prefix(12)))
        }
        nextHref = page.nextHref(from: request.url, limit: paging.limit)
        self.refusals = refusals.map { refusal in
            Refusal(
                hour: DisplayFormat.dateTime(refusal.hour), actor: refusal.actorName,
                what: "\(refusal.action) in \(refusal.zone): \(refusal.target)", count: refusal.count)
        }
    }
}

/// The audit trail's filters as they arrive in a query string; dates are `YYYY-MM-DD` in UTC.
struct AuditTrailQuery: Content {
    var chain: String?
    var objectType: String?
    var objectID: String?
    var actor: String?
    var from: String?
    var until: String?

    func filter() throws -> AuditFilter {
        func day(_ text: String?, _ name: String) throws -> Date? {
            guard let text, !text.isEmpty else { return nil }
            guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle().year().month().day()) else {
                throw StewardError(.badRequest, "query parameter `\(name)`: `\(text)` is not a date like 2026-11-24")
            }
            return date
        }
        func text(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        return AuditFilter(
            chain: text(chain), objectType: text(objectType), objectID: text(objectID), actorName: text(actor), from: try day(from, "from"),
            until: try day(until, "until").map { $0.addingTimeInterval(24 * 60 * 60) })
    }
}
