import StewardCore
import Vapor

/// One row of the list of information requests.
struct InformationRequestRow: Encodable {
    let href: String
    let reference: String
    let title: String
    let unit: String
    let standing: String
    let isLate: Bool

    init(_ request: InformationRequestModel, today: LocalDay) throws {
        href = Paths.informationRequest.href(try request.requireID().uuidString.lowercased())
        reference = request.reference
        title = request.title
        unit = request.unit.name
        let answered = request.items.count { $0.answer != nil }
        if let closed = request.closedOn {
            standing = "Closed on \(closed)"
            isLate = false
        } else {
            let late = LocalDay(request.dueOn).map { $0 < today } ?? false
            standing = "\(answered) of \(request.items.count) items answered; due \(request.dueOn)" + (late ? ", late" : "")
            isLate = late && answered < request.items.count
        }
    }
}

/// Every information request with its deadline, below the page's frame (`information-requests/_content`): the same
/// for readers of the same access.
struct InformationRequestListContext: Encodable {
    let requests: [InformationRequestRow]
    let newHref: String?
}

/// The form that asks the employer for information.
struct InformationRequestFormContext: Encodable {
    struct Row: Encodable {
        let index: Int
        let number: Int
        let text: String
        let relevance: String
        let error: String?
    }

    let layout: LayoutContext
    let action: String
    let title: String
    let days: String
    let units: [FormOption]
    let grievances: [FormOption]
    let rows: [Row]
    let problems: [String]
    let errors: FieldMessages
}

/// One information request: its items with their answers, its follow-ups, and the forms of each side.
struct InformationRequestContext: Encodable {
    struct Item: Encodable {
        let number: Int
        let text: String
        let relevance: String
        let answer: String?
        let answered: String?
        let answerAction: String?
    }

    struct FollowUp: Encodable {
        let text: String
        let sent: String
    }

    let layout: LayoutContext
    let row: InformationRequestRow
    let asked: String
    let grievanceHref: String?
    let grievance: String?
    let items: [Item]
    let followUps: [FollowUp]
    let followUpAction: String?
    let closeAction: String?
    let values: [String: String]
    let problems: [String]
    let errors: FieldMessages
    let notes: NotesContext?
}
