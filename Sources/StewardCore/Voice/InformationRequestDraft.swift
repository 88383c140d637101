import Foundation

/// A union's request to the employer for information it needs to represent its members about AI (issue 11:
/// "information requests to the employer as their own object"): the items asked, why each is relevant, and how many
/// days the employer has to answer, counted on the unit's contract calendar.
public struct InformationRequestDraft: Hashable, Sendable {
    /// One item asked for.
    public struct Item: Hashable, Sendable {
        public var text: String
        public var relevance: String

        public init(text: String, relevance: String) {
            self.text = text
            self.relevance = relevance
        }
    }

    public var title: String
    public var items: [Item]
    public var days: String

    public init(title: String = "", items: [Item] = [], days: String = "") {
        self.title = title
        self.items = items
        self.days = days
    }

    /// The title, the items asked (blank rows left out) and the days to answer, or nil with every problem.
    public func checked(problems: inout [DomainError]) -> (title: String, items: [Item], days: Int)? {
        let before = problems.count
        let title = InputText.bounded(self.title, field: "title", limit: 200, what: "give the request a title", &problems)
        var kept: [Item] = []
        for (index, item) in items.enumerated() {
            let asked = item.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let why = item.relevance.trimmingCharacters(in: .whitespacesAndNewlines)
            if asked.isEmpty && why.isEmpty { continue }
            let text = InputText.bounded(asked, field: "items[\(index)].text", limit: 2_000, what: "say what is asked for", &problems)
            let relevance = InputText.bounded(
                why, field: "items[\(index)].relevance", limit: 2_000, what: "say why the union needs it", &problems)
            if let text, let relevance { kept.append(Item(text: text, relevance: relevance)) }
        }
        if kept.isEmpty && problems.count == before {
            problems.append(DomainError(code: .invalidField, field: "items", message: "ask for at least one item"))
        }
        let days = Int(self.days.trimmingCharacters(in: .whitespaces))
        if days.map({ !(1...90).contains($0) }) ?? true {
            problems.append(DomainError(
                code: .invalidField, field: "days", message: "`\(self.days.prefix(20))` is not a time to answer; give 1 to 90 days"))
        }
        guard problems.count == before, let title, let days else { return nil }
        return (title, kept, days)
    }
}
