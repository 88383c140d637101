import StewardAPI
import StewardCore

extension Components.Schemas.Me {
    init(_ person: Person, calendarFeedURL: String) throws {
        self.init(
            calendarFeedURL: calendarFeedURL, id: person.id.description, username: person.username,
            displayName: person.displayName, role: try Vocabulary.convert(person.role),
            capabilities: .init(Capabilities(role: person.role, isAdministrator: person.isAdministrator)))
    }
}

extension Components.Schemas.Capabilities {
    init(_ capabilities: Capabilities) {
        self.init(
            canReadOrganization: capabilities.canReadOrganization, canProposeTools: capabilities.canProposeTools,
            canEditTools: capabilities.canEditTools, canMoveLifecycle: capabilities.canMoveLifecycle,
            canReadUnionPrivate: capabilities.canReadUnionPrivate, canWriteNotes: capabilities.canWriteNotes,
            canReadAuditTrail: capabilities.canReadAuditTrail, canAdoptPolicy: capabilities.canAdoptPolicy,
            canManageOrganization: capabilities.canManageOrganization, canManageAccounts: capabilities.canManageAccounts,
            canReportConcerns: capabilities.canReportConcerns, canReadReports: capabilities.canReadReports,
            canCloseReports: capabilities.canCloseReports, canFileGrievances: capabilities.canFileGrievances,
            canReadGrievances: capabilities.canReadGrievances, canAnswerGrievances: capabilities.canAnswerGrievances)
    }
}
