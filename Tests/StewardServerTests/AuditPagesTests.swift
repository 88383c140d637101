import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Audits of uses in service, on their scheduled audit steps.
@Suite("Audits of uses in service")
struct AuditPagesTests {
    @Test("an auditor records an audit; its findings need follow-ups; the next audit falls due a year on")
    func recordAnAudit() async throws {
        try await withSteward { steward in
            let useCase = try await steward.useCase(ofTool: "DraftMate")
            let step = try await steward.step(.audit, of: useCase)
            let path = "/steps/\(try step.requireID())"
            let auditor = try await steward.signIn(.auditor)
            let page = try await steward.send(.GET, path, session: auditor).body.string
            #expect(page.contains("Letters in Spanish needed more corrections"), "the demo's audit")
            #expect(page.contains("Record an audit") && !page.contains("Suspend the use on these findings"))

            var fields = [
                ("scope", ""), ("evidence", "Forty letters."), ("area0", "effectiveness"), ("text0", "Faster."), ("severity0", "none"),
                ("area1", "fairness"), ("text1", "Names of non-English speakers were misspelled."), ("severity1", "medium"),
                ("area2", "risk"), ("text2", ""), ("severity2", "none"),
            ]
            let refused = try await steward.submit(path + "/audits", fields, session: auditor)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("a medium finding on fairness needs a follow-up"))
            #expect(refused.body.string.contains("Names of non-English speakers were misspelled."), "what was typed comes back")
            fields[0] = ("scope", "Letters of November.")
            fields += [("followUp1", "Check the spelling of names"), ("owner1", "worker"), ("dueOn1", "2026-12-20")]
            let suspend = try await steward.submit(path + "/audits", fields + [("suspend", "true")], session: auditor)
            #expect(suspend.status == .forbidden, "only the AI officer suspends a use")
            #expect(try await steward.submit(path + "/audits", fields, session: auditor).status == .seeOther)

            let audited = try await steward.step(.audit, of: useCase)
            #expect(audited.status == .open, "audits recur")
            #expect(audited.due.map { LocalDay($0, in: .gmt).description } == "2027-11-30")
            #expect(audited.record == "Last audited on 2026-11-30 by auditor; findings: 2, of which high: 0.")

            let worker = try await steward.signIn(.worker)
            #expect(try await steward.send(.GET, "/due", session: worker).body.string.contains("Check the spelling of names"))
            let finding = try #require(
                try await AuditFindingModel.query(on: steward.app.db).filter(\.$followUp == "Check the spelling of names").first())
            let rep = try await steward.signIn(.unionRep)
            #expect(try await steward.submit("/follow-ups/\(try finding.requireID())/completion", [], session: rep).status == .forbidden)
            #expect(try await steward.submit("/follow-ups/\(try finding.requireID())/completion", [], session: worker).status == .seeOther)
            #expect(try await AuditFindingModel.find(finding.id, on: steward.app.db)?.doneOn == "2026-11-30")
        }
    }

    @Test("the AI officer may suspend a use on an audit's findings; a use not in service is not audited")
    func suspendOnFindings() async throws {
        try await withSteward { steward in
            let useCase = try await steward.useCase(ofTool: "DraftMate")
            let path = "/steps/\(try await steward.step(.audit, of: useCase).requireID())"
            let officer = try await steward.signIn(.aiOfficer)
            let fields = [
                ("scope", "Complaint from Local 118."), ("evidence", "The complaint and the letters."),
                ("area2", "risk"), ("text2", "Member addresses were pasted into prompts."), ("severity2", "high"),
                ("followUp2", "Retrain the unit before use resumes"), ("owner2", "manager"), ("dueOn2", "2026-12-04"),
                ("suspend", "true"),
            ]
            #expect(try await steward.submit(path + "/audits", fields, session: officer).status == .seeOther)
            let suspended = try await steward.useCase(ofTool: "DraftMate")
            #expect(suspended.reviewStatus == .suspended)
            let page = try await steward.send(.GET, path, session: officer).body.string
            #expect(page.contains("The use was suspended on its findings."))
            #expect(!page.contains("Record an audit"), "a suspended use is not in service")
            let again = try await steward.submit(path + "/audits", fields, session: officer)
            #expect(again.status == .conflict)
        }
    }
}
