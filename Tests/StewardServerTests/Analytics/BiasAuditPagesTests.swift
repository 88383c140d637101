import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Bias audits computed from a tool's decision log on a use's audit step, and their public summaries.
@Suite("Bias audit pages")
struct BiasAuditPagesTests {
    /// 100 decisions: women selected 30 of 60 times, men 32 of 40; one applicant gave no sex.
    static let log: String = {
        var lines = ["selected,sex,race"]
        for index in 0..<60 { lines.append("\(index < 30 ? "Yes" : "no"),F,\(index % 2 == 0 ? "A" : "B")") }
        for index in 0..<39 { lines.append("\(index < 31 ? "selected" : "0"),M,\(index % 2 == 0 ? "A" : "B")") }
        lines.append("1,,A")
        return lines.joined(separator: "\n") + "\n"
    }()

    func chatbotStep(_ steward: StewardHarness) async throws -> String {
        let useCase = try #require(
            try await UseCaseModel.query(on: steward.app.db).filter(\.$title == "Answer residents' questions online").first())
        return "/steps/\(try await steward.step(.biasAudit, of: useCase).requireID())"
    }

    @Test("the officer computes a bias audit from a log; rates, ratios and the four-fifths flag show, and its summary is public")
    func computeAndPublish() async throws {
        try await withSteward { steward in
            let path = try await chatbotStep(steward)
            let officer = try await steward.signIn(.aiOfficer)
            let fields = [("outcome", "selected"), ("kind", "selection"), ("categories", "sex, race"), ("dataSource", "Screening log, 2026.")]
            let reply = try await steward.submitMultipart(
                path + "/bias-audits", fields + [("publish", "true")], file: ("log.csv", "text/csv", Self.log), session: officer)
            #expect(reply.status == .seeOther)
            let href = try #require(reply.headers.first(name: .location))
            let page = try await steward.send(.GET, href, session: officer).body.string
            #expect(page.contains("<td>F</td><td>60</td><td>30</td><td>50.0 %</td><td>0.629</td><td>Under the four-fifths line</td>"),
                    "30 of 60 against 31 of 39: 0.5 / 0.795 = 0.629")
            #expect(page.contains("<td>M</td><td>39</td><td>31</td><td>79.5 %</td><td>1.000</td>"))
            #expect(page.contains("sex: 1; sex × race: 1"), "the applicant who gave no sex is counted apart")
            #expect(page.contains("By sex × race"))
            #expect(page.contains(#"<line x1=""#) && page.contains(">0.8</text>"), "the chart draws the four-fifths line")

            let id = String(href.split(separator: "/").last ?? "")
            let summary = try await steward.send(.GET, "/inventory/bias-audits/\(id)")
            #expect(summary.status == .ok, "anyone reads a published summary")
            #expect(summary.body.string.contains("Screening log, 2026.") && summary.body.string.contains("6 RCNY § 5-304"))
            let useCase = try #require(
                try await UseCaseModel.query(on: steward.app.db).filter(\.$title == "Answer residents' questions online").first())
            let disclosure = try await steward.send(.GET, "/inventory/uses/\(try useCase.requireID())").body.string
            #expect(disclosure.contains("/inventory/bias-audits/\(id)"))

            let quiet = try await steward.submitMultipart(
                path + "/bias-audits", fields, file: ("log.csv", "text/csv", Self.log), session: officer)
            let quietID = try #require(quiet.headers.first(name: .location)?.split(separator: "/").last)
            #expect(try await steward.send(.GET, "/inventory/bias-audits/\(quietID)").status == .notFound, "an unpublished audit is not public")
            let worker = try await steward.signIn(.worker)
            #expect(try await steward.send(.GET, "/bias-audits/\(quietID)", session: worker).status == .ok, "the organization reads it")
        }
    }

    @Test("a malformed log is refused naming its line and column, with what was typed kept; only the step's recorders compute")
    func problems() async throws {
        try await withSteward { steward in
            let path = try await chatbotStep(steward)
            let officer = try await steward.signIn(.aiOfficer)
            let fields = [("outcome", "selected"), ("kind", "selection"), ("categories", "sex"), ("dataSource", "The log.")]
            let broken = try await steward.submitMultipart(
                path + "/bias-audits", fields, file: ("log.csv", "text/csv", "selected,sex\n1,F\n0,\"M\n"), session: officer)
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.body.string.contains("line 3, column"), "\(broken.body.string.prefix(200))")
            #expect(broken.body.string.contains(#"value="selected""#), "what was typed comes back")
            let missing = try await steward.submitMultipart(
                path + "/bias-audits", [("outcome", "hired"), ("kind", "selection"), ("categories", ""), ("dataSource", "")],
                file: ("log.csv", "text/csv", Self.log), session: officer)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("name at least one category column"))
            #expect(missing.body.string.contains("say where the decisions come from"))
            let column = try await steward.submitMultipart(
                path + "/bias-audits", [("outcome", "hired"), ("kind", "selection"), ("categories", "sex"), ("dataSource", "Log.")],
                file: ("log.csv", "text/csv", Self.log), session: officer)
            #expect(column.status == .unprocessableEntity && column.body.string.contains("hired"))

            let worker = try await steward.signIn(.worker)
            let refused = try await steward.submitMultipart(
                path + "/bias-audits", fields, file: ("log.csv", "text/csv", Self.log), session: worker)
            #expect(refused.status == .forbidden)
            let approval = try await steward.step(.officerApproval, of: try await steward.useCase(ofTool: "DraftMate"))
            let notAudit = try await steward.submitMultipart(
                "/steps/\(try approval.requireID())/bias-audits", fields, file: ("log.csv", "text/csv", Self.log), session: officer)
            #expect(notAudit.status == .conflict)
            #expect(try await BiasAuditModel.query(on: steward.app.db).count() == 1, "only the demo's audit")
        }
    }

    @Test("the demo's chatbot audit is published in the form New York City's rules ask for")
    func demoSummary() async throws {
        try await withSteward { steward in
            let audit = try #require(try await BiasAuditModel.query(on: steward.app.db).first())
            let page = try await steward.send(.GET, "/inventory/bias-audits/\(try audit.requireID())").body.string
            #expect(page.contains("Decisions audited</dt><dd>1105</dd>"))
            #expect(page.contains("By language") && page.contains("By age group") && page.contains("By language × age group"))
            #expect(page.contains("Left out: under 2 % of the decisions"), "15 Vietnamese inquiries of 1,105")
            #expect(page.contains("The tool has been in use since"))
        }
    }
}
