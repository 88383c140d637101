import StewardCore
import Vapor

/// The joint committee's page: members by side, whether it meets often enough, its meetings, and scheduling one.
struct CommitteeContext: Encodable {
    struct Member: Encodable {
        let name: String
        let role: String
    }

    struct MeetingRow: Encodable {
        let href: String
        let heldOn: String
        let state: String
    }

    let token: FormToken
    let union: [Member]
    let management: [Member]
    let others: [Member]
    let parity: String
    let shortfalls: [String]
    let meetings: [MeetingRow]
    let scheduleAction: String?
    let pending: [FormOption]
    let values: [String: String]
    let problems: [String]
    let errors: FieldMessages
}

/// One meeting: its agenda, minutes, decisions and action items, with the forms for those who keep the records.
struct MeetingContext: Encodable {
    struct Item: Encodable {
        let title: String
        let href: String?
    }

    struct Decision: Encodable {
        let text: String
        let step: String?
        let recordedBy: String
    }

    struct Action: Encodable {
        let text: String
        let owner: String
        let dueOn: String
        let done: String?
        let completeAction: String?
    }

    let layout: LayoutContext
    let heldOn: String
    let isHeld: Bool
    let committeeHref: String
    let items: [Item]
    let minutes: String?
    let minutesBy: String?
    let decisions: [Decision]
    let actions: [Action]
    let minutesAction: String?
    let decisionAction: String?
    let actionAction: String?
    let steps: [FormOption]
    let owners: [FormOption]
    let values: [String: String]
    let problems: [String]
    let errors: FieldMessages
    let notes: NotesContext?
}
