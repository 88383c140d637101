import StewardCore
import Vapor

/// Registers every route with the permission it requires.
func routes(_ app: Application) throws {
    let pages = app.grouped(CSRFMiddleware(), AuthorizationMiddleware())
    let organization = Permission.readOrganization

    // Public: the start page, signing in, the AI inventory.
    do {
        pages.on(.GET, Paths.home, requires: .everyone, use: HomeController.show)
        pages.on(.GET, Paths.login, requires: .everyone, use: LoginController.form)
        pages.on(.POST, Paths.login, requires: .everyone, use: LoginController.submit)
        pages.on(.POST, Paths.logout, requires: .everyone, use: LoginController.logout)
        pages.on(.GET, Paths.inventory, requires: .everyone, use: InventoryController.page)
        pages.on(.GET, Paths.inventoryCSV, requires: .everyone, use: InventoryController.csv)
        pages.on(.GET, Paths.publicDisclosure, requires: .everyone, use: DisclosureController.publicPage)
        // A one-time link is its own credential; asking for one needs no account.
        pages.on(.GET, Paths.passwordLink, requires: .everyone, use: PasswordController.form)
        pages.on(.POST, Paths.passwordLink, requires: .everyone, use: PasswordController.set)
        pages.on(.GET, Paths.passwordReset, requires: .everyone, use: PasswordController.resetForm)
        pages.on(.POST, Paths.passwordReset, requires: .everyone, use: PasswordController.requestReset)
    }

    // The tool registry and use cases.
    do {
        let propose = Permission(action: .propose, zone: .organization)
        pages.on(.GET, Paths.tools, requires: organization, use: ToolsController.index)
        pages.on(.GET, Paths.newTool, requires: propose, use: ToolsController.new)
        pages.on(.POST, Paths.tools, requires: propose, use: ToolsController.create)
        pages.on(.GET, Paths.tool, requires: organization, use: ToolsController.show)
        pages.on(.GET, Paths.editTool, requires: Permission(action: .edit, zone: .organization), use: ToolsController.edit)
        pages.on(.POST, Paths.editTool, requires: Permission(action: .edit, zone: .organization), use: ToolsController.update)
        pages.on(
            .POST, Paths.toolTransitions, requires: Permission(action: .moveLifecycle, zone: .organization),
            use: ToolsController.move)
        pages.on(.GET, Paths.newUseCase, requires: propose, use: UseCasesController.new)
        pages.on(.POST, Paths.toolUseCases, requires: propose, use: UseCasesController.create)
        pages.on(.GET, Paths.useCase, requires: organization, use: UseCasesController.show)
        // Its requester or the officer edits a use: decided per use case by the service.
        pages.on(.GET, Paths.editUseCase, requires: organization, use: UseCasesController.edit)
        pages.on(.POST, Paths.editUseCase, requires: organization, use: UseCasesController.update)
        pages.on(.GET, Paths.units, requires: organization, use: UnitsController.index)
    }

    // The organization's own set-up: units and the policy packs it adopts.
    do {
        let adopt = Permission(action: .adoptPolicy, zone: .organization)
        let organize = Permission(action: .manageOrganization, zone: .organization)
        pages.on(.POST, Paths.units, requires: organize, use: UnitsController.create)
        pages.on(.POST, Paths.organizationCalendar, requires: organize, use: UnitsController.setCalendar)
        pages.on(
            .POST, Paths.classificationImport, requires: organize, body: .collect(maxSize: UploadLimits.classificationFile),
            use: UnitsController.importClassifications)
        pages.on(.GET, Paths.newContract, requires: organize, use: ContractsController.new)
        pages.on(.POST, Paths.contracts, requires: organize, use: ContractsController.create)
        pages.on(.GET, Paths.contract, requires: organization, use: ContractsController.show)
        pages.on(.POST, Paths.contract, requires: organize, use: ContractsController.update)
        let accounts = Permission(action: .manageAccounts, zone: .organization)
        pages.on(.GET, Paths.people, requires: accounts, use: PeopleController.index)
        pages.on(.POST, Paths.people, requires: accounts, use: PeopleController.invite)
        pages.on(.GET, Paths.person, requires: accounts, use: PeopleController.show)
        pages.on(.POST, Paths.person, requires: accounts, use: PeopleController.update)
        pages.on(.POST, Paths.personStatus, requires: accounts, use: PeopleController.setStatus)
        pages.on(.POST, Paths.personPasswordLink, requires: accounts, use: PeopleController.issueLink)
        pages.on(.GET, Paths.packs, requires: organization, use: PacksController.index)
        pages.on(.GET, Paths.newPack, requires: adopt, use: PacksController.new)
        pages.on(.POST, Paths.packPreview, requires: adopt, use: PacksController.preview)
        pages.on(.POST, Paths.packs, requires: adopt, use: PacksController.adopt)
        pages.on(.GET, Paths.pack, requires: organization, use: PacksController.show)
    }

    // The review of each use: steps, approval and what is due. Who acts on a step is decided per step.
    do {
        pages.on(
            .POST, Paths.useCaseApproval, requires: Permission(action: .approveUse, zone: .organization),
            use: ReviewController.approve)
        pages.on(
            .POST, Paths.useCaseDenial, requires: Permission(action: .approveUse, zone: .organization),
            use: ReviewController.deny)
        pages.on(.GET, Paths.useCaseDisclosure, requires: organization, use: DisclosureController.show)
        pages.on(.POST, Paths.useCaseDisclosure, requires: organization, use: DisclosureController.publish)
        pages.on(.GET, Paths.step, requires: organization, use: ReviewController.step)
        pages.on(.POST, Paths.step, requires: organization, use: ReviewController.act)
        pages.on(.GET, Paths.due, requires: organization, use: ReviewController.due)
        pages.on(
            .POST, Paths.stepAnswer, requires: Permission(action: .answerNotice, zone: .organization),
            use: ReviewController.answer)
        pages.on(.POST, Paths.stepDetermination, requires: organization, use: StepRecordsController.determine)
        pages.on(.POST, Paths.stepPrivacyAssessment, requires: organization, use: StepRecordsController.assessPrivacy)
        pages.on(
            .POST, Paths.stepDocuments, requires: organization, body: .collect(maxSize: UploadLimits.stepDocument),
            use: StepRecordsController.attachDocument)
        pages.on(.GET, Paths.document, requires: organization, use: StepRecordsController.document)
        pages.on(.POST, Paths.stepAudits, requires: organization, use: StepRecordsController.recordAudit)
        pages.on(.POST, Paths.followUpCompletion, requires: organization, use: StepRecordsController.finishFollowUp)
        pages.on(
            .POST, Paths.bargainingEntries, requires: Permission(action: .recordBargaining, zone: .organization),
            use: StepRecordsController.recordBargaining)
        pages.on(.POST, Paths.bargainingOutcome, requires: organization, use: StepRecordsController.concludeBargaining)
        pages.on(.POST, Paths.reviewTeam, requires: organization, use: StepRecordsController.seatTeam)
        pages.on(.POST, Paths.reviewTeamVotes, requires: organization, use: StepRecordsController.vote)
        pages.on(.POST, Paths.reviewTeamOutcome, requires: organization, use: StepRecordsController.closeVote)
        // A pilot: its owner plans, starts, measures and drafts the evaluation; participants answer the survey; both
        // sides sign. Decided per step by the service.
        pages.on(.POST, Paths.pilot, requires: organization, use: PilotController.plan)
        pages.on(.POST, Paths.pilotStart, requires: organization, use: PilotController.start)
        pages.on(.POST, Paths.pilotMetrics, requires: organization, use: PilotController.metric)
        pages.on(.POST, Paths.pilotSurvey, requires: organization, use: PilotController.survey)
        pages.on(.POST, Paths.pilotEvaluation, requires: organization, use: PilotController.evaluation)
        pages.on(
            .POST, Paths.pilotSignatures, requires: Permission(action: .signEvaluation, zone: .organization),
            use: PilotController.sign)
        pages.on(.POST, Paths.replaceCalendarFeed, requires: organization, use: CalendarController.replace)
        // The feed's secret address is its credential: calendar programs do not sign in.
        pages.on(.GET, Paths.calendarFeed, requires: .everyone, use: CalendarController.feed)
    }

    // Training: courses per tool and who completed them.
    do {
        let recordTraining = Permission(action: .recordTraining, zone: .organization)
        pages.on(.GET, Paths.toolTraining, requires: organization, use: TrainingController.index)
        pages.on(.POST, Paths.toolTraining, requires: recordTraining, use: TrainingController.addCourse)
        pages.on(.GET, Paths.trainingCourse, requires: organization, use: TrainingController.course)
        pages.on(.POST, Paths.trainingRecords, requires: recordTraining, use: TrainingController.record)
        pages.on(
            .POST, Paths.trainingImport, requires: recordTraining,
            body: .collect(maxSize: UploadLimits.trainingFile), use: TrainingController.importFile)
    }

    // The person's own account and gateway keys; where the gateway sends a tool's calls.
    do {
        let ownCredentials = Permission(action: .manageOwnCredentials, zone: .organization)
        pages.on(.GET, Paths.account, requires: ownCredentials, use: AccountController.show)
        // Everyone sees their own calls; the summary is for those who may read usage, decided by the service.
        pages.on(.GET, Paths.usage, requires: organization, use: UsageController.index)
        pages.on(.POST, Paths.accountGatewayKeys, requires: ownCredentials, use: AccountController.createKey)
        pages.on(.POST, Paths.accountEmail, requires: ownCredentials, use: AccountController.changeEmail)
        pages.on(.POST, Paths.accountPassword, requires: ownCredentials, use: AccountController.changePassword)
        pages.on(.POST, Paths.accountTokens, requires: ownCredentials, use: AccountController.issueToken)
        pages.on(.POST, Paths.accountTokenRevocation, requires: ownCredentials, use: AccountController.revokeToken)
        pages.on(.POST, Paths.gatewayKeyRevocation, requires: ownCredentials, use: AccountController.revokeKey)
        pages.on(
            .POST, Paths.toolUpstream, requires: Permission(action: .configureGateway, zone: .organization),
            use: ToolsController.setUpstream)
    }

    // Worker voice: reports of problems with AI tools and grievances about AI. Which side moves a grievance is
    // decided per move by the service.
    do {
        let report = Permission(action: .reportConcern, zone: .organization)
        pages.on(.GET, Paths.newToolReport, requires: report, use: ReportsController.new)
        pages.on(.POST, Paths.toolReports, requires: report, use: ReportsController.create)
        // Those who read reports see them all, everyone else their own named reports.
        pages.on(.GET, Paths.reports, requires: organization, use: ReportsController.index)
        pages.on(.GET, Paths.report, requires: organization, use: ReportsController.show)
        pages.on(
            .POST, Paths.reportClosure, requires: Permission(action: .closeReport, zone: .organization),
            use: ReportsController.close)
        let grievances = Permission(action: .readGrievances, zone: .organization)
        let file = Permission(action: .fileGrievance, zone: .organization)
        pages.on(.GET, Paths.grievances, requires: grievances, use: GrievancesController.index)
        pages.on(.GET, Paths.newGrievance, requires: file, use: GrievancesController.new)
        pages.on(.POST, Paths.grievances, requires: file, use: GrievancesController.create)
        pages.on(.GET, Paths.grievance, requires: grievances, use: GrievancesController.show)
        pages.on(.POST, Paths.grievanceMeeting, requires: grievances, use: GrievancesController.meeting)
        pages.on(
            .POST, Paths.grievanceAnswer, requires: Permission(action: .answerGrievance, zone: .organization),
            use: GrievancesController.answer)
        pages.on(.POST, Paths.grievanceAdvance, requires: file, use: GrievancesController.advance)
        pages.on(.POST, Paths.grievanceAgreements, requires: grievances, use: GrievancesController.propose)
        pages.on(.POST, Paths.grievanceAgreement, requires: grievances, use: GrievancesController.agree)
        pages.on(.POST, Paths.grievanceResumption, requires: grievances, use: GrievancesController.resume)
        pages.on(.POST, Paths.grievanceOutcome, requires: grievances, use: GrievancesController.close)
        pages.on(.GET, Paths.informationRequests, requires: grievances, use: InformationRequestsController.index)
        pages.on(.GET, Paths.newInformationRequest, requires: file, use: InformationRequestsController.new)
        pages.on(.POST, Paths.informationRequests, requires: file, use: InformationRequestsController.create)
        pages.on(.GET, Paths.informationRequest, requires: grievances, use: InformationRequestsController.show)
        pages.on(
            .POST, Paths.informationRequestAnswer, requires: Permission(action: .answerGrievance, zone: .organization),
            use: InformationRequestsController.answer)
        pages.on(.POST, Paths.informationRequestFollowUps, requires: file, use: InformationRequestsController.followUp)
        pages.on(.POST, Paths.informationRequestClosure, requires: file, use: InformationRequestsController.close)
        // The joint committee: everyone reads its records; its members and the officer keep them, decided by the
        // service, which knows who sits on it.
        pages.on(.GET, Paths.committee, requires: organization, use: CommitteeController.index)
        pages.on(.POST, Paths.committeeMeetings, requires: organization, use: CommitteeController.schedule)
        pages.on(.GET, Paths.committeeMeeting, requires: organization, use: CommitteeController.meeting)
        pages.on(.POST, Paths.committeeMinutes, requires: organization, use: CommitteeController.minutes)
        pages.on(.POST, Paths.committeeDecisions, requires: organization, use: CommitteeController.decide)
        pages.on(.POST, Paths.committeeActions, requires: organization, use: CommitteeController.assign)
        pages.on(.POST, Paths.committeeActionCompletion, requires: organization, use: CommitteeController.completeAction)
    }

    // Union-private notes.
    do {
        let annotate = Permission(action: .annotate, zone: .unionPrivate)
        pages.on(.POST, Paths.grievanceNotes, requires: annotate, use: NotesController.addToGrievance)
        pages.on(.POST, Paths.committeeMeetingNotes, requires: annotate, use: NotesController.addToMeeting)
        pages.on(.POST, Paths.informationRequestNotes, requires: annotate, use: NotesController.addToInformationRequest)
        pages.on(.POST, Paths.toolNotes, requires: annotate, use: NotesController.addToTool)
        pages.on(.POST, Paths.useCaseNotes, requires: annotate, use: NotesController.addToUseCase)
        pages.on(.POST, Paths.stepNotes, requires: annotate, use: NotesController.addToStep)
    }

    // The US federal AI use-case inventory (OMB 2025): the published uses for anyone; the officer imports files.
    do {
        let organize = Permission(action: .manageOrganization, zone: .organization)
        pages.on(.GET, Paths.inventoryOMB2025, requires: .everyone, use: FederalInventoryController.csv)
        pages.on(.GET, Paths.inventoryImports, requires: organize, use: FederalInventoryController.page)
        pages.on(
            .POST, Paths.inventoryImports, requires: organize, body: .collect(maxSize: UploadLimits.federalInventoryFile),
            use: FederalInventoryController.importFile)
    }

    // Job impact: everyone signed in reads it; who rates, maps and plans is decided by the services (stewards, the
    // joint committee and its members, the officer); the officer imports the published labels.
    do {
        let organize = Permission(action: .manageOrganization, zone: .organization)
        pages.on(.GET, Paths.exposure, requires: organization, use: ExposureController.index)
        pages.on(.GET, Paths.exposureLabels, requires: organization, use: ExposureController.labels)
        pages.on(.POST, Paths.exposureLabels, requires: organize, body: .stream, use: ExposureController.importLabels)
        pages.on(.GET, Paths.exposureClassification, requires: organization, use: ExposureController.classification)
        pages.on(.POST, Paths.exposureRatings, requires: organization, use: ExposureController.rate)
        pages.on(.POST, Paths.exposureOccupations, requires: organization, use: ExposureController.mapOccupation)
        pages.on(.POST, Paths.exposureOccupationRemoval, requires: organization, use: ExposureController.unmapOccupation)
        pages.on(.POST, Paths.classificationPlans, requires: organization, use: ExposureController.addPlan)
        pages.on(.POST, Paths.planCompletion, requires: organization, use: ExposureController.completePlan)
    }

    // Bias audits: computed on a use's audit step by whoever records its audits; a published summary is public.
    do {
        pages.on(.POST, Paths.stepBiasAudits, requires: organization, body: .stream, use: BiasAuditController.record)
        pages.on(.GET, Paths.biasAudit, requires: organization, use: BiasAuditController.show)
        pages.on(.GET, Paths.publicBiasAudit, requires: .everyone, use: BiasAuditController.publicSummary)
    }

    // The audit trail: which chains a person reads is decided per chain by the service.
    pages.on(.GET, Paths.audit, requires: organization, use: AuditController.index)

    try registerAPI(app)
    GatewayController.register(on: app)
}
