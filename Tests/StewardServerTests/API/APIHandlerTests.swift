import Fluent
import Foundation
import StewardAPI
import StewardCore
import Testing
import Vapor

@testable import StewardServer

/// The handler's logic called directly with typed inputs, without HTTP: what the transport would hand it.
@Suite("API handler, called directly")
struct APIHandlerTests {
    /// Runs `body` as the handler would run for a request by `role`.
    private func asRole<Result: Sendable>(
        _ role: Role, on steward: StewardHarness, _ body: (APIHandler) async throws -> Result
    ) async throws -> Result {
        let username = StewardHarness.username(for: role)
        let person = try #require(try await PersonModel.query(on: steward.app.db).filter(\.$username == username).first())
        let request = Request(application: steward.app, on: steward.app.eventLoopGroup.next())
        request.auth.login(SignedIn(person: try person.domain()))
        let handler = APIHandler(document: try APIHandler.loadDocument())
        return try await APIRequestMiddleware.$current.withValue(request) { try await body(handler) }
    }

    @Test("listing tools by status answers the typed tools in that status")
    func listByStatus() async throws {
        try await withSteward { steward in
            let output = try await asRole(.worker, on: steward) { handler in
                try await handler.listTools(.init(query: .init(status: .approved)))
            }

            let tools = try output.ok.body.json
            #expect(tools.map(\.name) == ["Ask Riverside", "DraftMate"])
            #expect(tools.allSatisfy { $0.status == .approved && $0.allowedMoves == [.suspended, .retired] })
        }
    }

    @Test("a typed draft becomes a use case whose facts combine its own with the tool's")
    func createUseCase() async throws {
        try await withSteward { steward in
            let tool = try await steward.tool(named: "DraftMate")
            let unit = try #require(try await BargainingUnitModel.query(on: steward.app.db).first())
            let draft = Components.Schemas.UseCaseDraft(
                unitID: try unit.requireID().uuidString, title: "Draft replies to members", purposes: [.drafting],
                dataCategories: [.memberRecords], tier: ._1, scope: .individual, decisionRole: .none,
                outputPublished: true, humanReview: true)

            let output = try await asRole(.unionRep, on: steward) { handler in
                try await handler.createUseCase(
                    .init(path: .init(toolID: try tool.requireID().uuidString), body: .json(draft)))
            }

            let useCase = try output.created.body.json
            #expect(useCase.humanReview == true && useCase.outputPublished == true && useCase.monitorsWorkers == false)
            #expect(useCase.facts.categories == [.generative, .nlp])
            #expect(useCase.facts.hosting == .privateCloud)
            #expect(useCase.facts.humanReview == true && useCase.facts.vendorTrainsOnInputs == nil)
        }
    }

    @Test("the usage summary is typed: a count behind too few people is nil, every week has its totals")
    func usageSummary() async throws {
        try await withSteward { steward in
            let output = try await asRole(.auditor, on: steward) { handler in
                try await handler.getUsageSummary(.init())
            }

            let summary = try output.ok.body.json
            #expect(summary.weeks.count == UsageService.weeks && summary.weeklyTotals.map(\.week) == summary.weeks)
            let pilot = try #require(summary.rows.first { $0.tool == "CaseNote Summarizer" })
            #expect(pilot.calls.count == summary.weeks.count && pilot.calls.allSatisfy { $0 == nil })
            let drafting = try #require(summary.rows.first { $0.tool == "DraftMate" && $0.verdict == .forward })
            #expect(drafting.calls.allSatisfy { ($0 ?? 0) > 0 })
        }
    }
}
