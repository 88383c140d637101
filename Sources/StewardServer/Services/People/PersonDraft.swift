import Foundation
import StewardCore

/// An account's details as the AI officer types them: who the person is, how to reach them, their role, unit,
/// whether they supervise and the side they sit on in committees.
struct PersonDraft: Sendable {
    var username = ""
    var displayName = ""
    var email = ""
    var role = ""
    var unitID = ""
    var isSupervisor = false
    var committeeSide = ""

    /// The draft of an existing account, for its form.
    init(_ person: PersonModel) {
        username = person.username
        displayName = person.displayName
        email = person.email ?? ""
        role = person.role.rawValue
        unitID = person.$unit.id?.uuidString.lowercased() ?? ""
        isSupervisor = person.isSupervisor
        committeeSide = person.committeeSide?.rawValue ?? ""
    }

    init(
        username: String = "", displayName: String, email: String, role: String, unitID: String,
        isSupervisor: Bool, committeeSide: String
    ) {
        self.username = username
        self.displayName = displayName
        self.email = email
        self.role = role
        self.unitID = unitID
        self.isSupervisor = isSupervisor
        self.committeeSide = committeeSide
    }

    /// The checked values, or every problem by field; the unit's existence is checked by the service.
    func checked() -> Result<Checked, StewardError> {
        var problems: [DomainError] = []
        let username = self.username.trimmingCharacters(in: .whitespaces).lowercased()
        if let problem = Self.usernameProblem(username) { problems.append(problem) }
        let displayName = self.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(1...100).contains(displayName.count) {
            problems.append(DomainError(code: .invalidField, field: "displayName", message: "give a name of 1 to 100 characters"))
        }
        let email = self.email.trimmingCharacters(in: .whitespaces)
        if !email.isEmpty, MailAddress(email) == nil {
            problems.append(DomainError(code: .invalidField, field: "email", message: "not an address like ada@example.org"))
        }
        let role = Role(rawValue: self.role)
        if role == nil {
            problems.append(DomainError(
                code: .invalidField, field: "role",
                message: "choose one of " + Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        var unitID: UUID?
        if !self.unitID.isEmpty {
            unitID = UUID(uuidString: self.unitID)
            if unitID == nil {
                problems.append(DomainError(code: .invalidField, field: "unitID", message: "choose one of the units listed"))
            }
        }
        var side: TableSide?
        if !committeeSide.isEmpty {
            side = TableSide(rawValue: committeeSide)
            if side == nil {
                problems.append(DomainError(
                    code: .invalidField, field: "committeeSide", message: "choose union, management or none"))
            }
        }
        guard problems.isEmpty, let role else { return .failure(StewardError.invalid(problems)) }
        return .success(Checked(
            username: username, displayName: displayName, email: email.isEmpty ? nil : email, role: role,
            unitID: unitID, isSupervisor: isSupervisor, committeeSide: side))
    }

    /// A draft's values once checked.
    struct Checked: Sendable, Encodable {
        let username: String
        let displayName: String
        let email: String?
        let role: Role
        let unitID: UUID?
        let isSupervisor: Bool
        let committeeSide: TableSide?
    }

    /// What is wrong with a username, if anything: letters, digits, '-', '_' and '.', at most 40.
    static func usernameProblem(_ username: String) -> DomainError? {
        guard username.isEmpty || username.count > 40
            || !username.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
        else { return nil }
        return DomainError(
            code: .invalidField, field: "username", message: "use 1 to 40 letters, digits, '-', '_' or '.'")
    }
}
