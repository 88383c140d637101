import Foundation
import Fluent
import PolicyEngine
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// From request to approved use, through the JSON API: the decision drives the review, and nothing shorter
/// reaches approval.
@Suite("API: the review of a use")
struct APIReviewTests {
    /// Registers a tool as the worker and describes one use of it; returns the use case as the API answers.
    static func request(
        _ steward: StewardHarness, purposes: [String], data: [String], flags: String = "", tier: Int = 2
    ) async throws -> JSONObject {
        let worker = try await steward.token(for: .worker)
        let tool = try await steward.sendJSON(
            .POST, "/api/v1/tools",
            #"{"name": "Helpdesk Bot", "vendor": "Acme", "categories": ["generative", "nlp"], "hosting": "public-cloud", "contact": "it@example.org"}"#,
            bearer: worker
        ).object()
        let toolID = try #require(tool["id"] as? String)
        let unitID = try await steward.unitID(bearer: worker)
        let body = """
            {"unitID": "\(unitID)", "title": "Answer members' questions", "purposes": \(json(purposes)),
             "dataCategories": \(json(data)), "tier": \(tier), "scope": "department", "decisionRole": "none"\(flags)}
            """
        let created = try await steward.sendJSON(.POST, "/api/v1/tools/\(toolID)/use-cases", body, bearer: worker)
        #expect(created.status == .created, "\(created.body.string)")
        return try created.object()
    }

    /// A public chatbot on members' records that changes working conditions: notice, bargaining, a pilot and more.
    static func chatbot(_ steward: StewardHarness) async throws -> JSONObject {
        try await request(
            steward, purposes: ["public-chatbot"], data: ["member-records", "personal"],
            flags: #", "publicFacing": true, "affectsWorkingConditions": true"#)
    }

    static func json(_ values: [String]) -> String { "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }

    static func review(_ useCase: JSONObject) -> JSONObject { useCase["review"] as? JSONObject ?? [:] }
    static func steps(_ useCase: JSONObject) -> [JSONObject] { review(useCase)["steps"] as? [JSONObject] ?? [] }

    @Test("a meeting-transcription use is prohibited at once, has no steps and never reaches the inventory")
    func prohibitedAtOnce() async throws {
        try await withSteward { steward in
            let useCase = try await Self.request(steward, purposes: ["meeting-transcription"], data: ["internal"])

            let inventory = try await steward.send(.GET, "/api/v1/inventory").body.string
            let csv = try await steward.send(.GET, "/inventory.csv").body.string
            let page = try await steward.send(.GET, "/inventory").body.string

            #expect(Self.review(useCase)["status"] as? String == "prohibited")
            #expect(Self.steps(useCase).isEmpty)
            for published in [inventory, csv, page] { #expect(!published.contains("Helpdesk Bot")) }
        }
    }

    @Test("a public chatbot on member data goes through every step its decision requires, then approval")
    func wholePath() async throws {
        try await withSteward { steward in
            let useCase = try await Self.chatbot(steward)
            let id = try #require(useCase["id"] as? String)
            let officer = try await steward.token(for: .aiOfficer)
            let asOfficer = try await steward.send(.GET, "/api/v1/use-cases/\(id)", bearer: officer).object()
            let gating = Self.steps(asOfficer).filter { ($0["kind"] as? String) != "officer-approval" }
            #expect(Self.review(useCase)["status"] as? String == "in-review")

            // when: the officer tries to approve before the steps are done
            let early = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/approval", "{}", bearer: officer)

            #expect(early.status == .conflict)
            let blocking = try early.problemFields()
            #expect(blocking.contains("union-notice"), "\(blocking)")
            #expect(Set(blocking).isSubset(of: Set(gating.compactMap { $0["kind"] as? String })))

            // when: each step's owner completes it with a record, and the pilot runs to its joint evaluation
            let ownRecords = ["pilot", "committee-review", "disclosure-to-workers", "privacy-impact-assessment"]
            for step in gating where !ownRecords.contains(step["kind"] as? String ?? "") {
                guard try await Self.gate(of: step, steward, officer) == "before-approval" else { continue }
                let role = try #require(Role(rawValue: step["ownerRole"] as? String ?? ""))
                let owner = try await steward.token(for: role)
                let done = try await steward.sendJSON(
                    .POST, "/api/v1/steps/\(step["id"] as? String ?? "")",
                    #"{"status": "done", "record": "Done on 2026-11-30; filed with the contract."}"#, bearer: owner)
                #expect(done.status == .ok, "\(step["kind"] ?? "") as \(role): \(done.body.string)")
            }
            if gating.contains(where: { $0["kind"] as? String == "disclosure-to-workers" }) {
                let published = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/disclosure", "", bearer: officer)
                #expect(published.status == .ok, "\(published.body.string)")
                #expect(try published.object()["published"] as? Bool == true)
            }
            if let assessment = gating.first(where: { $0["kind"] as? String == "privacy-impact-assessment" })?["id"] as? String {
                let answered = try await steward.sendJSON(
                    .PUT, "/api/v1/steps/\(assessment)/privacy-assessment",
                    #"{"answers": \#(APIPrivacyAssessmentTests.answers(health: false)), "conclusion": "acceptable"}"#,
                    bearer: officer)
                #expect(answered.status == .ok, "\(answered.body.string)")
            }
            let committee = try #require(gating.first { $0["kind"] as? String == "committee-review" }?["id"] as? String)
            try await APIReviewTeamTests.recommend(steward, stepID: committee)
            let pilot = try #require(gating.first { $0["kind"] as? String == "pilot" }?["id"] as? String)
            try await APIPilotTests.runToAdoption(steward, stepID: pilot, useCaseID: id)
            let approved = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/approval", "{}", bearer: officer)

            // then
            #expect(approved.status == .ok, "\(approved.body.string)")
            #expect(Self.review(try approved.object())["status"] as? String == "approved")
            let inventory = try await steward.send(.GET, "/api/v1/inventory").body.string
            #expect(inventory.contains("Helpdesk Bot"))
        }
    }

    static func gate(of step: JSONObject, _ steward: StewardHarness, _ token: String) async throws -> String {
        let full = try await steward.send(.GET, "/api/v1/steps/\(step["id"] as? String ?? "")", bearer: token).object()
        return full["gate"] as? String ?? ""
    }

    @Test("a worker may neither complete another role's step nor see a restricted one")
    func workerCannotAct() async throws {
        try await withSteward { steward in
            let useCase = try await Self.chatbot(steward)
            let officer = try await steward.token(for: .aiOfficer)
            let worker = try await steward.token(for: .worker)
            let all = try await steward.send(.GET, "/api/v1/use-cases/\(useCase["id"] as? String ?? "")", bearer: officer)
            let steps = Self.steps(try all.object())
            let restrictedKinds = ["legal-review", "hipaa-check", "phi-written-approval"]
            let restricted = try #require(steps.first { restrictedKinds.contains($0["kind"] as? String ?? "") })
            let open = try #require(steps.first {
                $0["ownerRole"] as? String == "ai-officer" && !restrictedKinds.contains($0["kind"] as? String ?? "")
            })

            let hidden = try await steward.sendJSON(
                .POST, "/api/v1/steps/\(restricted["id"] as? String ?? "")", #"{"status": "done", "record": "x"}"#,
                bearer: worker)
            let forbidden = try await steward.sendJSON(
                .POST, "/api/v1/steps/\(open["id"] as? String ?? "")", #"{"status": "waived", "record": "x"}"#,
                bearer: worker)

            #expect(hidden.status == .notFound)
            #expect(forbidden.status == .forbidden)
            #expect(!Self.steps(useCase).contains { restrictedKinds.contains($0["kind"] as? String ?? "") }, "the worker's view")
        }
    }

    @Test("the officer denies a use in review with a reason; its open steps are set aside and it is never published")
    func denial() async throws {
        try await withSteward { steward in
            let useCase = try await Self.chatbot(steward)
            let id = try #require(useCase["id"] as? String)
            let officer = try await steward.token(for: .aiOfficer)

            let empty = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/denial", #"{"reason": " "}"#, bearer: officer)
            let denied = try await steward.sendJSON(
                .POST, "/api/v1/use-cases/\(id)/denial", #"{"reason": "The vendor keeps members' data."}"#, bearer: officer)
            let again = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/approval", "{}", bearer: officer)

            #expect(empty.status == .unprocessableEntity)
            #expect(Self.review(try denied.object())["status"] as? String == "denied")
            #expect(Self.steps(try denied.object()).allSatisfy { $0["status"] as? String != "open" })
            #expect(again.status == .conflict)
        }
    }

    @Test("a union representative answers a notice; nobody else may")
    func answerNotice() async throws {
        try await withSteward { steward in
            let useCase = try await Self.chatbot(steward)
            let notice = try #require(Self.steps(useCase).first { $0["kind"] as? String == "union-notice" })
            let path = "/api/v1/steps/\(notice["id"] as? String ?? "")/answer"
            let body = #"{"answer": "acknowledged"}"#

            let byWorker = try await steward.sendJSON(.POST, path, body, bearer: try await steward.token(for: .worker))
            let byRep = try await steward.sendJSON(.POST, path, body, bearer: try await steward.token(for: .unionRep))

            #expect(byWorker.status == .forbidden)
            #expect(byRep.status == .ok)
            #expect(try byRep.object()["answer"] as? String == "acknowledged")
        }
    }

    @Test("each person's open steps are listed soonest due first, a page at a time")
    func myOpenSteps() async throws {
        try await withSteward { steward in
            for _ in 0..<2 { _ = try await Self.chatbot(steward) }
            let legal = try await steward.token(for: .legal)

            let first = try await steward.send(.GET, "/api/v1/steps?limit=1", bearer: legal)
            let all = try await steward.send(.GET, "/api/v1/steps?limit=500", bearer: legal).objects()

            #expect(try first.objects().count == 1)
            #expect(first.headers.first(name: "Link")?.contains("after=") == true)
            #expect(all.allSatisfy { $0["ownerRole"] as? String == "legal" && $0["status"] as? String == "open" })
            let dues = all.compactMap { $0["due"] as? String }
            #expect(dues == dues.sorted())
        }
    }

    @Test("steps naming a person and their role's unclaimed steps page together in one order")
    func namedAndRoleStepsPageTogether() async throws {
        try await withSteward { steward in
            for _ in 0..<3 { _ = try await Self.chatbot(steward) }
            let db = steward.app.db
            let person = try #require(try await PersonModel.query(on: db).filter(\.$username == "legal").first())
            let open = try await ReviewStepModel.query(on: db).filter(\.$ownerRole == .legal).filter(\.$status == .open).all()
            #expect(open.count >= 3)
            for step in open.enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) {
                step.$owner.id = try person.requireID()
                try await step.save(on: db)
            }
            let legal = try await steward.token(for: .legal)
            let all = try await steward.send(.GET, "/api/v1/steps?limit=500", bearer: legal).objects().compactMap { $0["id"] as? String }

            var paged: [String] = []
            var next: String? = "/api/v1/steps?limit=2"
            while let path = next, paged.count <= all.count {
                let reply = try await steward.send(.GET, path, bearer: legal)
                paged += try reply.objects().compactMap { $0["id"] as? String }
                next = reply.headers.first(name: "Link").flatMap { link in
                    link.firstRange(of: "<").flatMap { start in
                        link.firstRange(of: ">").map { String(link[start.upperBound..<$0.lowerBound]) }
                    }
                }
            }
            #expect(all.count >= open.count && paged == all)
        }
    }
}

/// A change of a use's facts re-decides it, and its review follows.
@Suite("API: re-deciding a use")
struct APIRedecideTests {
    static func draft(
        _ useCase: JSONObject, purposes: [String], data: [String], scope: String = "department"
    ) -> String {
        """
        {"unitID": "\(useCase["unitID"] as? String ?? "")", "title": "Answer members' questions",
         "purposes": \(APIReviewTests.json(purposes)), "dataCategories": \(APIReviewTests.json(data)), "tier": 2,
         "scope": "\(scope)", "decisionRole": "none", "publicFacing": true, "affectsWorkingConditions": true}
        """
    }

    @Test("approval schedules the audits at the interval the decision set")
    func auditsScheduled() async throws {
        try await withSteward { steward in
            let (_, id, _) = try await Self.approvedChatbot(steward)
            let useCase = try #require(try await UseCaseModel.find(try #require(UUID(uuidString: id)), on: steward.app.db))

            let audit = try await steward.step(.biasAudit, of: useCase)

            let months = try #require(audit.parameter(.everyMonths).flatMap(Int.init), "the decision's interval is kept")
            // Counted from the day of approval on the unit's calendar, stored as the start of that day in UTC.
            let calendar = try await DueCalendar.of(unit: useCase.$unit.id, on: steward.app.db, now: TestDatabase.fixedDate)
            let expected = calendar.calendar.day(containing: TestDatabase.fixedDate).adding(months: months).start(in: .gmt)
            #expect(audit.due == expected)
        }
    }

    /// A chatbot use approved through its review, with its id and the officer's token.
    static func approvedChatbot(_ steward: StewardHarness) async throws -> (JSONObject, String, String) {
        let useCase = try await APIReviewTests.chatbot(steward)
        let id = try #require(useCase["id"] as? String)
        try await steward.approveThroughReview(try #require(UseCaseID(id)))
        return (useCase, id, try await steward.token(for: .aiOfficer))
    }

    @Test("an approved use widened to the whole organization opens its new step and goes back to review")
    func newObligationReopens() async throws {
        try await withSteward { steward in
            let (useCase, id, officer) = try await Self.approvedChatbot(steward)

            let changed = try await steward.sendJSON(
                .PUT, "/api/v1/use-cases/\(id)",
                Self.draft(useCase, purposes: ["public-chatbot"], data: ["member-records", "personal"], scope: "enterprise"),
                bearer: officer)
            let approval = try await steward.sendJSON(.POST, "/api/v1/use-cases/\(id)/approval", "{}", bearer: officer)

            #expect(changed.status == .ok, "\(changed.body.string)")
            let review = APIReviewTests.review(try changed.object())
            #expect(review["status"] as? String == "in-review")
            let open = APIReviewTests.steps(try changed.object()).filter { $0["status"] as? String == "open" }
            #expect(open.contains { $0["kind"] as? String == "privacy-impact-assessment" })
            #expect(approval.status == .conflict)
            #expect(try approval.problemFields().contains("privacy-impact-assessment"))
        }
    }

    @Test("an approved use that becomes prohibited is suspended and leaves the inventory")
    func prohibitedSuspends() async throws {
        try await withSteward { steward in
            let (useCase, id, officer) = try await Self.approvedChatbot(steward)

            let changed = try await steward.sendJSON(
                .PUT, "/api/v1/use-cases/\(id)",
                Self.draft(useCase, purposes: ["meeting-transcription"], data: ["internal"]), bearer: officer)

            #expect(APIReviewTests.review(try changed.object())["status"] as? String == "suspended")
            let inventory = try await steward.send(.GET, "/api/v1/inventory").body.string
            #expect(!inventory.contains("Answer members' questions"))
        }
    }

    @Test("the requester changes the facts while the use is in review, and no longer once it is approved")
    func requesterUntilApproval() async throws {
        try await withSteward { steward in
            let useCase = try await APIReviewTests.chatbot(steward)
            let id = try #require(useCase["id"] as? String)
            let worker = try await steward.token(for: .worker)
            let manager = try await steward.token(for: .manager)
            let body = Self.draft(useCase, purposes: ["public-chatbot", "translation"], data: ["member-records"])

            let byRequester = try await steward.sendJSON(.PUT, "/api/v1/use-cases/\(id)", body, bearer: worker)
            let byOther = try await steward.sendJSON(.PUT, "/api/v1/use-cases/\(id)", body, bearer: manager)
            try await steward.approveThroughReview(try #require(UseCaseID(id)))
            let afterApproval = try await steward.sendJSON(.PUT, "/api/v1/use-cases/\(id)", body, bearer: worker)

            #expect(byRequester.status == .ok)
            #expect(byOther.status == .forbidden)
            #expect(afterApproval.status == .forbidden)
        }
    }
}

@Suite("API: a tool's facts decide its uses too")
struct APIToolRedecideTests {
    @Test("taking a tool's HIPAA agreement away suspends its running use with health information, and its owners are told")
    func toolFactsRedecide() async throws {
        let mail = MailFolderReader.make()
        try await withSteward(mail: try ReminderTests.folderMail(mail)) { steward in
            let officer = try await steward.token(for: .aiOfficer)
            let toolID = try await steward.toolID(named: "CaseNote Summarizer", bearer: officer)
            let tool = try await steward.send(.GET, "/api/v1/tools/\(toolID)", bearer: officer).object()
            var details: JSONObject = [:]
            for key in ["name", "vendor", "categories", "hosting", "vendorTrainsOnInputs", "contact", "description"] {
                details[key] = tool[key]
            }
            details["hipaaBAA"] = false
            let body = String(decoding: try JSONSerialization.data(withJSONObject: details), as: UTF8.self)

            let changed = try await steward.sendJSON(.PUT, "/api/v1/tools/\(toolID)", body, bearer: officer)

            #expect(changed.status == .ok, "\(changed.body.string)")
            let useCase = try await steward.useCase(ofTool: "CaseNote Summarizer")
            #expect(useCase.reviewStatus == .suspended)
            let decided = try await steward.send(.GET, "/api/v1/use-cases/\(try useCase.requireID())", bearer: officer).object()
            #expect((decided["decision"] as? JSONObject)?["outcome"] as? String == "prohibited")
            let notice = try #require(try mail.messages(to: "officer@demo.example.org").first)
            #expect(notice.body.contains("changed the facts of CaseNote Summarizer"))
        }
    }
}
