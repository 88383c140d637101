import Foundation
import StewardCore
import Vapor

/// The fields of an account's form, as last submitted, with the choices of role, unit and side.
struct PersonFormContext: Encodable {
    let username: String
    let displayName: String
    let email: String
    let isSupervisor: Bool
    let roles: [FormOption]
    let units: [FormOption]
    let sides: [FormOption]
    let errors: FieldMessages
    let problems: [String]

    init(_ draft: PersonDraft, units: [BargainingUnitModel], problems: [DomainError]) {
        username = draft.username
        displayName = draft.displayName
        email = draft.email
        isSupervisor = draft.isSupervisor
        roles = Role.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: $0.rawValue == draft.role) }
        self.units = [FormOption(value: "", label: "No unit", isChecked: draft.unitID.isEmpty)] + units.compactMap { unit in
            unit.id.map { id in
                let value = id.uuidString.lowercased()
                return FormOption(value: value, label: "\(unit.name) (\(unit.local))", isChecked: value == draft.unitID.lowercased())
            }
        }
        sides = [FormOption(value: "", label: "Sits on no committee", isChecked: draft.committeeSide.isEmpty)]
            + TableSide.allCases.map { side in
                FormOption(value: side.rawValue, label: "The \(side.rawValue) side", isChecked: side.rawValue == draft.committeeSide)
            }
        errors = FieldMessages(problems)
        self.problems = problems.map(\.message)
    }
}

/// A link that sets a password, shown once to the officer who made it.
struct IssuedLinkContext: Encodable {
    let name: String
    let url: String
    let mailed: Bool

    init(request: Request, name: String, path: String, mailed: Bool) {
        self.name = name
        url = CalendarController.absoluteBase(of: request) + path
        self.mailed = mailed
    }
}
