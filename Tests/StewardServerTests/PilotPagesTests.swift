import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// A pilot on its step's page: the demo's running pilot, with the forms each person may use.
@Suite("Pilot pages")
struct PilotPagesTests {
    static func pilotPath(_ steward: StewardHarness) async throws -> String {
        let useCase = try await steward.useCase(ofTool: "CaseNote Summarizer")
        return "/steps/\(try await steward.step(.pilot, of: useCase).requireID())"
    }

    @Test("each person sees the forms that are theirs: the officer measures and evaluates, participants answer")
    func formsByPerson() async throws {
        try await withSteward { steward in
            let path = try await Self.pilotPath(steward)
            let officer = try await steward.send(.GET, path, session: try await steward.signIn(.aiOfficer)).body.string
            let worker = try await steward.send(.GET, path, session: try await steward.signIn(.worker)).body.string
            let auditor = try await steward.send(.GET, path, session: try await steward.signIn(.auditor)).body.string

            #expect(officer.contains("Record the measure"))
            #expect(officer.contains("Draft the joint evaluation"))
            #expect(!officer.contains("Mark done"), "a pilot is completed by its joint evaluation")
            #expect(!officer.contains("Plan the pilot") && !officer.contains("Change the plan"), "it has started")
            #expect(worker.contains("Your answer to the survey"))
            #expect(!worker.contains("Draft the joint evaluation"))
            #expect(auditor.contains("Preparation for a visit took 25 minutes"))
            #expect(!auditor.contains("Your answer to the survey") && !auditor.contains("Record the measure"))
        }
    }

    @Test("a participant's answer is counted without their name; a partial answer is refused with what is missing")
    func surveyOnPage() async throws {
        try await withSteward { steward in
            let path = try await Self.pilotPath(steward)
            let worker = try await steward.signIn(.worker)

            let partial = try await steward.submit(path + "/pilot/survey", [("efficiency", "4")], session: worker)
            let answered = try await steward.submit(
                path + "/pilot/survey",
                [("efficiency", "4"), ("cost-effectiveness", "3"), ("accuracy", "2"), ("working-conditions", "2"),
                 ("comment", "Summaries miss the family situation.")], session: worker)
            let page = try await steward.send(.GET, path, session: try await steward.signIn(.unionRep)).body.string

            #expect(partial.status == .unprocessableEntity)
            #expect(partial.body.string.contains("rate accuracy from 1 (much worse) to 5 (much better)"))
            #expect(answered.status == .seeOther)
            #expect(page.contains("1 answer(s)"))
            #expect(page.contains("Accuracy: 2.0 of 5"))
            #expect(page.contains("Summaries miss the family situation."))
        }
    }

    @Test("a signer for management not trained on the tool is told so; a trained manager signs")
    func untrainedSigner() async throws {
        try await withSteward { steward in
            let path = try await Self.pilotPath(steward)
            let officer = try await steward.signIn(.aiOfficer)
            let findings = PilotCriterion.allCases.map { ($0.rawValue, "Seen in the first month.") }
            let drafted = try await steward.submit(path + "/pilot/evaluation", findings + [("outcome", "adopt")], session: officer)
            let officerAgain = try await steward.send(.GET, path, session: officer).body.string

            let refused = try await steward.submit(path + "/pilot/signatures", [], session: officer)
            let signed = try await steward.submit(path + "/pilot/signatures", [], session: try await steward.signIn(.manager))
            let after = try await steward.send(.GET, path, session: officer).body.string

            #expect(drafted.status == .seeOther, "\(drafted.body.string.prefix(400))")
            #expect(officerAgain.contains("Sign this evaluation"))
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Not signed"))
            #expect(refused.body.string.contains("Alex Rivera: \u{201C}Case summaries and PHI\u{201D} is not completed yet"))
            #expect(signed.status == .seeOther)
            #expect(after.contains("Casey Nguyen, "))
            #expect(after.contains("For the union</dt><dd>not signed yet"))
        }
    }
}
