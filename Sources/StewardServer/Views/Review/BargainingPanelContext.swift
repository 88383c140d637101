import StewardCore
import Vapor

/// A bargaining step's record on its page: sessions and proposals, the outcome, and the forms of each side.
struct BargainingPanelContext: Encodable {
    struct Entry: Encodable {
        let day: String
        let kind: String
        let side: String
        let text: String
        let recordedBy: String
    }

    let entries: [Entry]
    let outcome: String
    let terms: String
    let entryAction: String?
    let outcomeAction: String?
    let kinds: [FormOption]
    let sides: [FormOption]
    let outcomes: [FormOption]
    let entryErrors: FieldMessages
    let outcomeErrors: FieldMessages
    let hasEntryErrors: Bool
    let hasOutcomeErrors: Bool
    let draft: BargainingEntryDraft.Fields

    init(
        stepID: ReviewStepID, record: BargainingService.Record, isOpen: Bool, mayRecord: Bool, mayConclude: Bool,
        entryDraft: BargainingEntryDraft?, entryProblems: [DomainError], outcomeProblems: [DomainError]
    ) {
        entries = record.entries.map {
            Entry(day: $0.heldOn, kind: $0.kind.title, side: $0.side.map { $0 == .union ? "Union" : "Management" } ?? "",
                  text: $0.text, recordedBy: $0.recordedBy)
        }
        outcome = record.outcome?.outcome.title ?? ""
        terms = record.outcome?.terms ?? ""
        let open = isOpen && record.outcome == nil
        entryAction = open && mayRecord ? Paths.bargainingEntries.href(stepID) : nil
        outcomeAction = open && mayConclude ? Paths.bargainingOutcome.href(stepID) : nil
        let draft = entryDraft ?? BargainingEntryDraft(kind: BargainingEntryKind.session.rawValue)
        kinds = BargainingEntryKind.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: draft.kind == $0.rawValue) }
        sides = TableSide.allCases.map {
            FormOption(value: $0.rawValue, label: $0 == .union ? "Union" : "Management", isChecked: draft.side == $0.rawValue)
        }
        outcomes = BargainingOutcome.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: false) }
        entryErrors = FieldMessages(entryProblems)
        outcomeErrors = FieldMessages(outcomeProblems)
        hasEntryErrors = !entryProblems.isEmpty
        hasOutcomeErrors = !outcomeProblems.isEmpty
        self.draft = BargainingEntryDraft.Fields(heldOn: draft.heldOn, text: draft.text)
    }
}

extension BargainingEntryDraft {
    /// The typed values a refused entry form shows again.
    struct Fields: Encodable {
        let heldOn: String
        let text: String
    }
}
