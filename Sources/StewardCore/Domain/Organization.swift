import Foundation

/// A bargaining unit and the contract it works under.
public struct BargainingUnit: Hashable, Sendable, Codable {
    public var id: BargainingUnitID
    public var name: String
    /// The local or chapter that represents the unit.
    public var local: String
    public var contractTitle: String
    public var contractExpires: Date?

    public init(id: BargainingUnitID, name: String, local: String, contractTitle: String, contractExpires: Date?) {
        self.id = id
        self.name = name
        self.local = local
        self.contractTitle = contractTitle
        self.contractExpires = contractExpires
    }
}

/// A person with an account.
public struct Person: Hashable, Sendable, Codable {
    public var id: PersonID
    public var username: String
    public var displayName: String
    public var role: Role
    /// Whether the installation made this person an administrator, who sets the organization up whatever their role.
    public var isAdministrator: Bool
    /// The side the person sits on in review teams and the joint committee, if any.
    public var committeeSide: TableSide?

    public init(
        id: PersonID, username: String, displayName: String, role: Role, isAdministrator: Bool = false,
        committeeSide: TableSide? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.isAdministrator = isAdministrator
        self.committeeSide = committeeSide
    }
}

/// A union-private note on a tool, a use case or a review step (the union's preparation for bargaining, say); it
/// lives in the union-private zone.
public struct Note: Hashable, Sendable, Codable {
    /// What a note is attached to: one reference of a kind and an id, whatever the kind of record.
    public enum Subject: Hashable, Sendable, Codable {
        case tool(AIToolID)
        case useCase(UseCaseID)
        case reviewStep(ReviewStepID)
        case grievance(GrievanceID)
        case committeeMeeting(CommitteeMeetingID)
        case informationRequest(InformationRequestID)

        /// The kind of record, as stored: `tool`, `use-case`, `review-step`, `grievance`, `committee-meeting`,
        /// `information-request`.
        public var kind: String {
            switch self {
            case .tool: "tool"
            case .useCase: "use-case"
            case .reviewStep: "review-step"
            case .grievance: "grievance"
            case .committeeMeeting: "committee-meeting"
            case .informationRequest: "information-request"
            }
        }

        /// The id of the record.
        public var uuid: UUID {
            switch self {
            case .tool(let id): id.uuid
            case .useCase(let id): id.uuid
            case .reviewStep(let id): id.uuid
            case .grievance(let id): id.uuid
            case .committeeMeeting(let id): id.uuid
            case .informationRequest(let id): id.uuid
            }
        }

        /// The subject a stored kind and id name, or nil for an unknown kind.
        public init?(kind: String, id: UUID) {
            switch kind {
            case "tool": self = .tool(AIToolID(id))
            case "use-case": self = .useCase(UseCaseID(id))
            case "review-step": self = .reviewStep(ReviewStepID(id))
            case "grievance": self = .grievance(GrievanceID(id))
            case "committee-meeting": self = .committeeMeeting(CommitteeMeetingID(id))
            case "information-request": self = .informationRequest(InformationRequestID(id))
            default: return nil
            }
        }
    }

    public var id: NoteID
    public var subject: Subject
    public var authorName: String
    public var body: String
    public var createdAt: Date

    public init(id: NoteID, subject: Subject, authorName: String, body: String, createdAt: Date) {
        self.id = id
        self.subject = subject
        self.authorName = authorName
        self.body = body
        self.createdAt = createdAt
    }
}

extension Note.Subject: CustomStringConvertible {
    public var description: String {
        switch self {
        case .tool(let id): "tool \(id)"
        case .useCase(let id): "use case \(id)"
        case .reviewStep(let id): "review step \(id)"
        case .grievance(let id): "grievance \(id)"
        case .committeeMeeting(let id): "committee meeting \(id)"
        case .informationRequest(let id): "information request \(id)"
        }
    }
}
