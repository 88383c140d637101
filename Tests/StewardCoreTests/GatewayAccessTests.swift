import Foundation
import StewardCore
import Testing

/// The gateway's checks, judged on the records alone: approval, pilot, training, then the data in the text.
@Suite("Gateway access")
struct GatewayAccessTests {
    static let course = TrainingCourse(
        id: TrainingCourseID(UUID()), toolID: AIToolID(UUID()), title: "Drafting safely", audience: .everyone,
        validForMonths: 12)

    static func access(
        _ status: ReviewStatus = .approved, participant: Bool = false, training: TrainingStanding? = nil,
        phi: Bool = false, data: Set<DataCategory> = [.internal], trains: Bool = false
    ) -> GatewayAccess {
        GatewayAccess(
            toolName: "DraftMate", useTitle: "Draft letters", status: status, isPilotParticipant: participant,
            training: training, hasPHIApproval: phi, dataCategories: data, vendorTrainsOnInputs: trains)
    }

    @Test("only an approved use, or a pilot its participant runs, is admitted; every other status is named")
    func admission() {
        #expect(Self.access().admission.verdict == .forward)
        #expect(Self.access(.inPilot, participant: true).admission.verdict == .forward)
        #expect(Self.access(.inPilot).admission.rule == .notPilotParticipant)
        for status in [ReviewStatus.submitted, .inReview, .denied, .prohibited, .suspended] {
            let decision = Self.access(status).admission
            #expect(decision.rule == .useNotApproved)
            #expect(decision.message.contains("is \(status.title.lowercased()), not approved"))
        }
    }

    @Test("a use that requires training admits only the trained, naming what is missing")
    func training() {
        let untrained = TrainingStanding(courses: [Self.course], records: [], on: LocalDay("2026-11-30")!, as: .everyone)
        let decision = Self.access(training: untrained).admission
        #expect(decision.rule == .trainingIncomplete)
        #expect(decision.message.contains("Drafting safely"))
        let record = TrainingRecord(
            id: TrainingRecordID(UUID()), courseID: Self.course.id, personID: PersonID(UUID()),
            completedOn: LocalDay("2026-06-01")!)
        let trained = TrainingStanding(courses: [Self.course], records: [record], on: LocalDay("2026-11-30")!, as: .everyone)
        #expect(Self.access(training: trained).admission.verdict == .forward)
    }

    @Test("PHI needs the written approval and the category; other guarded data is redacted where it may not go")
    func data() {
        #expect(Self.access().decide(found: []).verdict == .forward)
        #expect(Self.access().decide(found: [.phi]).rule == .phiWithoutApproval)
        #expect(Self.access(data: [.phi]).decide(found: [.phi]).rule == .phiWithoutApproval)
        #expect(Self.access(phi: true, data: [.phi]).decide(found: [.phi]).verdict == .forward)
        #expect(Self.access().decide(found: [.personal]) == GatewayDecision(.redact, .dataOutsideUse))
        #expect(Self.access(data: [.personal]).decide(found: [.personal]).verdict == .forward)
        #expect(Self.access(data: [.personal], trains: true).decide(found: [.personal]).rule == .vendorTrainsOnInputs)
        #expect(Self.access(trains: true).decide(found: [.public, .internal]).verdict == .forward)
        #expect(Self.access(.inReview).decide(found: []).rule == .useNotApproved)
    }

    @Test("an upstream's gateway name defaults to a slug of the tool's name; bad fields are each named")
    func upstreamDraft() {
        #expect(UpstreamDraft.slug("CaseNote Summarizer (v2)") == "casenote-summarizer-v2")
        let draft = UpstreamDraft(gatewayName: "", baseURL: "https://ai.example.org/v1", model: "m", credential: "k")
        #expect(draft.problems(toolName: "Ask Riverside", hasCredential: false).isEmpty)
        #expect(draft.name(forTool: "Ask Riverside") == "ask-riverside")
        let bad = UpstreamDraft(gatewayName: "Bad Name", baseURL: "https://user@host/v1", model: "", credential: "")
        #expect(bad.problems(toolName: "X", hasCredential: false).map(\.field) == ["gatewayName", "baseURL", "model", "credential"])
        #expect(bad.problems(toolName: "X", hasCredential: true).map(\.field) == ["gatewayName", "baseURL", "model"])
    }
}
