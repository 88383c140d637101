import Foundation

/// What the bargaining record of a decision holds: sessions held and proposals exchanged, by either side, and how it
/// ended (Seed 002, "Pilot Programs": decisional bargaining before contracting; Seed 003: AI as a mandatory subject of
/// bargaining). What crossed the table is shared; the union's own preparation stays in its private notes.
public enum BargainingEntryKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// A meeting at the table: when, and what was discussed.
    case session
    /// A proposal one side put to the other.
    case proposal

    public var title: String {
        switch self {
        case .session: "Session"
        case .proposal: "Proposal"
        }
    }
}

/// How decisional bargaining ended.
public enum BargainingOutcome: String, CaseIterable, Codable, Sendable, Hashable {
    /// The parties agreed; the terms are recorded.
    case agreement
    /// The terms are set out in a side letter to the contract.
    case sideLetter = "side-letter"
    /// The parties could not agree.
    case impasse

    public var title: String {
        switch self {
        case .agreement: "Agreement"
        case .sideLetter: "Side letter"
        case .impasse: "Impasse"
        }
    }
}

/// An entry as a form or an API body gives it.
///
/// ```swift
/// BargainingEntryDraft(kind: "proposal", side: "", heldOn: "2026-11-20", text: "No layoffs").problems.map(\.field)
/// // ["side"]
/// ```
public struct BargainingEntryDraft: Hashable, Sendable {
    public var kind: String
    /// Which side made a proposal; unused for sessions.
    public var side: String
    public var heldOn: String
    public var text: String

    public init(kind: String = "", side: String = "", heldOn: String = "", text: String = "") {
        self.kind = kind
        self.side = side
        self.heldOn = heldOn
        self.text = text
    }

    /// Every problem, by field; `today` bounds the day.
    public func problems(today: LocalDay) -> [DomainError] {
        var problems = InputText.problems([("text", text)])
        let kind = BargainingEntryKind(rawValue: kind)
        if kind == nil {
            problems.append(DomainError(
                code: .invalidField, field: "kind",
                message: "choose " + BargainingEntryKind.allCases.map(\.rawValue).joined(separator: " or ")))
        }
        if kind == .proposal, TableSide(rawValue: side) == nil {
            problems.append(DomainError(
                code: .invalidField, field: "side",
                message: "say which side made the proposal: " + TableSide.allCases.map(\.rawValue).joined(separator: " or ")))
        }
        if let problem = DayField.problem(in: heldOn, field: "heldOn", notAfter: today) { problems.append(problem) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.count > 20_000 {
            problems.append(DomainError(
                code: .invalidField, field: "text",
                message: "write what was discussed or proposed (1 to 20,000 characters)"))
        }
        return problems
    }
}
