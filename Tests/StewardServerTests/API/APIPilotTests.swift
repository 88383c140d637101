import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// A pilot through the API: planned and started once the steps before it are done, measured, answered by its
/// participants, evaluated jointly and signed by both sides, whose second signature carries out the outcome.
@Suite("API: pilots")
struct APIPilotTests {
    static let evaluation = """
        {"efficiency": "Answers came in a third of the time.", "cost-effectiveness": "Licence cost covered by overtime saved.",
         "accuracy": "Two wrong answers in 400, both caught by staff.", "working-conditions": "No change in workload or staffing.",
         "outcome": "OUTCOME"EXTRA}
        """

    /// Completes every step of the use that must precede its pilot, as the officer.
    static func clearPrerequisites(_ steward: StewardHarness, useCaseID: String) async throws {
        let officer = try await steward.authorizer(for: .aiOfficer)
        let useCase = try await officer.useCases.useCase(try #require(UseCaseID(useCaseID)))
        for step in try await officer.reviews.steps(of: useCase)
        where PilotPrerequisites.mustPrecedePilot(step.kind) && step.status.isOpen {
            _ = try await officer.reviews.act(on: ReviewStepID(try step.requireID()), status: .done, record: "Done before the pilot.")
        }
    }

    /// Plans and starts the pilot with the worker taking part.
    static func start(_ steward: StewardHarness, stepID: String, officer: String) async throws {
        let planned = try await steward.sendJSON(
            .PUT, "/api/v1/steps/\(stepID)/pilot",
            #"{"scope": "The front desk of the main office", "startsOn": "2026-12-01", "endsOn": "2027-02-28", "participants": ["worker"]}"#,
            bearer: officer)
        #expect(planned.status == .ok, "\(planned.body.string)")
        let started = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/start", "", bearer: officer)
        #expect(started.status == .ok, "\(started.body.string)")
    }

    /// Signs as the manager, after setting up the tool's supervisors' course and recording the manager's completion.
    static func signAsTrainedManager(_ steward: StewardHarness, stepID: String, useCaseID: String) async throws -> HTTPReply {
        let officer = try await steward.token(for: .aiOfficer)
        let useCase = try await steward.send(.GET, "/api/v1/use-cases/\(useCaseID)", bearer: officer).object()
        let toolID = try #require(useCase["toolID"] as? String)
        let course = try await steward.sendJSON(
            .POST, "/api/v1/tools/\(toolID)/training-courses", #"{"title": "Evaluating the bot", "audience": "supervisors"}"#,
            bearer: officer).object()
        _ = try await steward.sendJSON(
            .POST, "/api/v1/training-courses/\(course["id"] as? String ?? "")/records",
            #"{"username": "manager", "completedOn": "2026-11-20"}"#, bearer: officer)
        return try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: try await steward.token(for: .manager))
    }

    /// Runs a pilot from its plan to a joint evaluation that adopts the tool, checking each stage.
    static func runToAdoption(_ steward: StewardHarness, stepID: String, useCaseID: String) async throws {
        let officer = try await steward.token(for: .aiOfficer)
        let worker = try await steward.token(for: .worker)
        let rep = try await steward.token(for: .unionRep)
        let manager = try await steward.token(for: .manager)
        try await start(steward, stepID: stepID, officer: officer)
        let inPilot = try await steward.send(.GET, "/api/v1/use-cases/\(useCaseID)", bearer: officer).object()
        #expect((inPilot["review"] as? JSONObject)?["status"] as? String == "in-pilot")

        let metric = try await steward.sendJSON(
            .POST, "/api/v1/steps/\(stepID)/pilot/metrics", #"{"criterion": "efficiency", "value": "Median answer time 2 minutes, from 6."}"#,
            bearer: officer)
        let survey = try await steward.sendJSON(
            .POST, "/api/v1/steps/\(stepID)/pilot/survey",
            #"{"efficiency": 4, "cost-effectiveness": 3, "accuracy": 4, "working-conditions": 2, "comment": "More callers ask for a person now."}"#,
            bearer: worker)
        let early = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: rep)
        let drafted = try await steward.sendJSON(
            .PUT, "/api/v1/steps/\(stepID)/pilot/evaluation",
            evaluation.replacingOccurrences(of: "OUTCOME", with: "adopt").replacingOccurrences(of: "EXTRA", with: ""),
            bearer: officer)
        let union = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: rep)
        let untrained = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: manager)
        let signed = try await signAsTrainedManager(steward, stepID: stepID, useCaseID: useCaseID)
        let step = try await steward.send(.GET, "/api/v1/steps/\(stepID)", bearer: officer).object()

        #expect(metric.status == .ok)
        let summary = try survey.object()["survey"] as? JSONObject
        #expect(summary?["answers"] as? Int == 1)
        #expect((summary?["meanRatings"] as? JSONObject)?["working-conditions"] as? Double == 2)
        #expect(summary?["comments"] as? [String] == ["More callers ask for a person now."])
        #expect(try survey.object()["participants"] as? [String] == ["Taylor Brooks"])
        #expect(early.status == .conflict)
        #expect(drafted.status == .ok, "\(drafted.body.string)")
        #expect(union.status == .ok)
        #expect(untrained.status == .conflict)
        #expect(try untrained.problemFields() == ["training"])
        #expect(signed.status == .ok, "\(signed.body.string)")
        let signatures = try signed.object()["evaluation"] as? JSONObject
        #expect(signatures?["unionSignedBy"] as? String == "Morgan Lee")
        #expect(signatures?["managementSignedBy"] as? String == "Casey Nguyen")
        #expect(step["status"] as? String == "done")
        #expect((step["record"] as? String)?.contains("Impact on working conditions: No change") == true)
    }

    @Test("a pilot cannot start while the notice and the other steps before it are open")
    func startWaits() async throws {
        try await withSteward { steward in
            let useCase = try await APIReviewTests.chatbot(steward)
            let id = try #require(useCase["id"] as? String)
            let stepID = try #require(APIReviewTests.steps(useCase).first { $0["kind"] as? String == "pilot" }?["id"] as? String)
            let officer = try await steward.token(for: .aiOfficer)

            let badPlan = try await steward.sendJSON(
                .PUT, "/api/v1/steps/\(stepID)/pilot",
                #"{"scope": " ", "startsOn": "2026-12-01", "endsOn": "2026-11-01", "participants": ["nobody"]}"#, bearer: officer)
            let unplanned = try await steward.send(.GET, "/api/v1/steps/\(stepID)/pilot", bearer: officer)
            _ = try await steward.sendJSON(
                .PUT, "/api/v1/steps/\(stepID)/pilot",
                #"{"scope": "One office", "startsOn": "2026-12-01", "endsOn": "2027-01-31", "participants": ["worker"]}"#,
                bearer: officer)
            let refused = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/start", "", bearer: officer)
            let worker = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/start", "", bearer: try await steward.token(for: .worker))
            let done = try await steward.sendJSON(
                .POST, "/api/v1/steps/\(stepID)", #"{"status": "done", "record": "Piloted informally."}"#, bearer: officer)

            #expect(badPlan.status == .unprocessableEntity)
            #expect(try badPlan.problemFields() == ["scope", "endsOn", "participants"])
            #expect(unplanned.status == .notFound)
            #expect(refused.status == .conflict)
            #expect(try refused.problemFields().contains("union-notice"))
            #expect(worker.status == .forbidden)
            #expect(done.status == .unprocessableEntity, "a pilot is completed by its joint evaluation only")
            let after = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: officer).object()
            #expect((after["review"] as? JSONObject)?["status"] as? String == "in-review")
        }
    }

    @Test("an extension moves the end day and opens a new evaluation; stopping denies the use")
    func extendThenStop() async throws {
        try await withSteward { steward in
            let useCase = try await APIReviewTests.chatbot(steward)
            let id = try #require(useCase["id"] as? String)
            let stepID = try #require(APIReviewTests.steps(useCase).first { $0["kind"] as? String == "pilot" }?["id"] as? String)
            let officer = try await steward.token(for: .aiOfficer)
            let rep = try await steward.token(for: .unionRep)
            try await Self.clearPrerequisites(steward, useCaseID: id)
            try await Self.start(steward, stepID: stepID, officer: officer)

            let badExtension = try await steward.sendJSON(
                .PUT, "/api/v1/steps/\(stepID)/pilot/evaluation",
                Self.evaluation.replacingOccurrences(of: "OUTCOME", with: "extend").replacingOccurrences(of: "EXTRA", with: #", "extendTo": "2027-01-15""#),
                bearer: officer)
            _ = try await steward.sendJSON(
                .PUT, "/api/v1/steps/\(stepID)/pilot/evaluation",
                Self.evaluation.replacingOccurrences(of: "OUTCOME", with: "extend").replacingOccurrences(of: "EXTRA", with: #", "extendTo": "2027-05-31""#),
                bearer: officer)
            _ = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: rep)
            let extended = try await Self.signAsTrainedManager(steward, stepID: stepID, useCaseID: id)
            _ = try await steward.sendJSON(
                .PUT, "/api/v1/steps/\(stepID)/pilot/evaluation",
                Self.evaluation.replacingOccurrences(of: "OUTCOME", with: "stop").replacingOccurrences(of: "EXTRA", with: ""),
                bearer: officer)
            _ = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: rep)
            let stopped = try await steward.sendJSON(
                .POST, "/api/v1/steps/\(stepID)/pilot/signatures", "", bearer: try await steward.token(for: .manager))
            let after = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: officer).object()
            let inventory = try await steward.send(.GET, "/api/v1/inventory").body.string

            #expect(badExtension.status == .unprocessableEntity)
            #expect(try badExtension.problemFields() == ["extendTo"])
            #expect(try extended.object()["endsOn"] as? String == "2027-05-31")
            #expect(try extended.object()["evaluation"] == nil, "a new evaluation is drafted for the longer pilot")
            #expect(stopped.status == .ok, "\(stopped.body.string)")
            #expect((after["review"] as? JSONObject)?["status"] as? String == "denied")
            #expect(APIReviewTests.steps(after).allSatisfy { $0["status"] as? String != "open" })
            #expect(!inventory.contains("Helpdesk Bot"))
        }
    }

    @Test("only participants answer the survey, and only while the pilot runs")
    func surveyParticipantsOnly() async throws {
        try await withSteward { steward in
            let useCase = try await steward.useCase(ofTool: "CaseNote Summarizer")
            let stepID = try await steward.step(.pilot, of: useCase).requireID().uuidString
            let body = #"{"efficiency": 5, "cost-effectiveness": 4, "accuracy": 3, "working-conditions": 9}"#

            let outsider = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/survey", body, bearer: try await steward.token(for: .unionRep))
            let bad = try await steward.sendJSON(.POST, "/api/v1/steps/\(stepID)/pilot/survey", body, bearer: try await steward.token(for: .worker))
            let pilot = try await steward.send(.GET, "/api/v1/steps/\(stepID)/pilot", bearer: try await steward.token(for: .auditor)).object()

            #expect(outsider.status == .forbidden)
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.problemFields() == ["working-conditions"])
            #expect(pilot["participants"] as? [String] == ["Casey Nguyen", "Taylor Brooks"])
            #expect((pilot["metrics"] as? [JSONObject])?.count == 1)
        }
    }
}
