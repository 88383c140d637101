import Fluent
import StewardCore
import Testing

@testable import StewardServer

/// Records of the demo organization that tests address by name.
extension StewardHarness {
    func tool(named name: String) async throws -> AIToolModel {
        try #require(try await AIToolModel.query(on: app.db).filter(\.$name == name).first(), "no demo tool \(name)")
    }

    /// Adds an account of `role` with the demo's password, on no committee, and signs it in.
    func signInNewPerson(_ username: String, role: Role) async throws -> BrowserSession {
        let officer = try #require(try await PersonModel.query(on: app.db).filter(\.$role == .aiOfficer).first())
        try await PersonModel(
            username: username, displayName: "Morgan Hale", role: role, passwordHash: officer.passwordHash
        ).create(on: app.db)
        let anonymous = try await BrowserSession.start(on: self)
        let signedIn = try await submit(
            Paths.login.href(), [("username", username), ("password", DemoOrganization.password)], session: anonymous)
        #expect(signedIn.status == .seeOther, "sign-in as \(username) failed")
        return try await anonymous.following(signedIn, on: self)
    }

    /// Moves a demo tool into the restricted zone, which only the AI officer and legal counsel may read.
    func restrict(tool name: String) async throws {
        let tool = try await tool(named: name)
        tool.zone = .restricted
        try await tool.save(on: app.db)
    }

    func useCase(ofTool name: String) async throws -> UseCaseModel {
        let tool = try await tool(named: name)
        return try #require(
            try await UseCaseModel.query(on: app.db).filter(\.$tool.$id == tool.requireID()).first(),
            "no use case of \(name)")
    }

    func step(_ kind: ObligationKind, of useCase: UseCaseModel) async throws -> ReviewStepModel {
        try #require(
            try await ReviewStepModel.query(on: app.db).filter(\.$useCase.$id == useCase.requireID())
                .filter(\.$kind == kind).first(), "no \(kind.rawValue) step")
    }

    func report(ofTool name: String) async throws -> ConcernReportModel {
        let tool = try await tool(named: name)
        return try #require(
            try await ConcernReportModel.query(on: app.db).filter(\.$tool.$id == tool.requireID()).first(),
            "no demo report about \(name)")
    }

    func grievance(numbered number: Int) async throws -> GrievanceModel {
        try #require(try await GrievanceModel.query(on: app.db).filter(\.$number == number).first(), "no grievance \(number)")
    }

    /// The demo's open action item from the joint committee's spring meeting.
    func committeeAction() async throws -> CommitteeActionModel {
        try #require(try await CommitteeActionModel.query(on: app.db).first(), "no demo action item")
    }

    /// The first item of the demo's information request.
    func informationRequestItem() async throws -> InformationRequestItemModel {
        try #require(
            try await InformationRequestItemModel.query(on: app.db).filter(\.$position == 0).first(), "no demo information request")
    }

    func course(ofTool name: String) async throws -> TrainingCourseModel {
        let tool = try await tool(named: name)
        return try #require(
            try await TrainingCourseModel.query(on: app.db).filter(\.$tool.$id == tool.requireID())
                .filter(\.$audience == .everyone).first(), "no course for \(name)")
    }

    func unit(named name: String) async throws -> BargainingUnitModel {
        try #require(try await BargainingUnitModel.query(on: app.db).filter(\.$name == name).first())
    }
}

extension StewardHarness {
    /// The authorizer of a demo account, for driving services directly.
    func authorizer(for role: Role) async throws -> Authorizer {
        let username = Self.username(for: role)
        let person = try #require(try await PersonModel.query(on: app.db).filter(\.$username == username).first())
        return Authorizer(
            actor: Actor(person: try person.domain()), database: app.db, context: try app.steward, logger: app.logger)
    }

    /// Completes every open step of a use as the AI officer, with `record`, and approves it. A step that only a record
    /// of its own completes (a pilot, a committee's vote, a determination) is waived with the record as the reason.
    func approveThroughReview(_ useCaseID: UseCaseID, record: String = "Done for the test.") async throws {
        let officer = try await authorizer(for: .aiOfficer)
        let useCase = try await officer.useCases.useCase(useCaseID)
        for step in try await officer.reviews.steps(of: useCase) where step.gate == .beforeApproval && step.status.isOpen {
            _ = try await officer.reviews.act(
                on: ReviewStepID(try step.requireID()), status: StepTemplate.isCompletedByItsRecord(step.kind) ? .waived : .done, record: record)
        }
        _ = try await officer.reviews.approve(useCaseID, conditions: "")
    }
}
