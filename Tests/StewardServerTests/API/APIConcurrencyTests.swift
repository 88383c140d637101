import Foundation
import StewardCore
import Testing
import Vapor

@testable import StewardServer

@Suite("API under concurrent requests")
struct APIConcurrencyTests {
    @Test("concurrent registrations and audited denials all succeed or are refused, never a 500, and the chain holds")
    func concurrentWrites() async throws {
        try await withSteward { steward in
            // given
            let worker = try await steward.token(for: .worker)
            let toolID = try await steward.toolID(named: "TalentSort", bearer: worker)

            // when: each denial appends to the audit trail in a transaction of its own, beside the registrations
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await steward.sendJSON(
                            .POST, "/api/v1/tools/\(toolID)/transitions", #"{"to": "denied", "reason": "no"}"#,
                            bearer: worker
                        ).status
                    }
                    group.addTask {
                        let body = #"{"name": "T\#(index)", "vendor": "V", "categories": ["nlp"], "hosting": "on-premises", "contact": "c"}"#
                        return try await steward.sendJSON(.POST, "/api/v1/tools", body, bearer: worker).status
                    }
                }
                return try await group.reduce(into: [HTTPResponseStatus]()) { $0.append($1) }
            }

            // then: every answer is named when one is not as expected
            let answers = Comment(rawValue: statuses.map { "\($0.code)" }.sorted().joined(separator: " "))
            #expect(statuses.filter { $0 == .forbidden }.count == 20, answers)
            #expect(statuses.filter { $0 == .created }.count == 20, answers)
            #expect(try await StewardRunner.verifyAuditTrail(in: steward.app).breaks == [])
        }
    }
}
