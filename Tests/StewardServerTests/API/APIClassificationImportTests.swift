import Fluent
import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

@Suite("API: job classifications from a file")
struct APIClassificationImportTests {
    @Test("a file replaces the classifications of the units it names; one with problems changes nothing")
    func importFile() async throws {
        try await withSteward { steward in
            let officer = try await steward.token(for: .aiOfficer)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/csv")
            func post(_ csv: String, _ bearer: String) async throws -> HTTPReply {
                try await steward.send(
                    .POST, "/api/v1/classifications/import", headers: headers, body: ByteBuffer(string: csv), bearer: bearer)
            }
            let before = try await JobClassificationModel.query(on: steward.app.db).count()

            let bad = try await post("unit,classification,headcount,task,share\nNo Such Unit,Clerk,4,,\nLocal 118,Clerk,x,,\n", officer)
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.problemFields() == ["line 2, column 1", "line 3, column 3"])
            #expect(try await JobClassificationModel.query(on: steward.app.db).count() == before)

            let good = try await post("""
                unit,classification,headcount,task,share
                Local 118,Office Assistant,150,Answer public inquiries,40
                Local 118,Office Assistant,150,Data entry,60
                Clerical and Administrative,Records Clerk,12,,
                """, officer)
            #expect(good.status == .ok)
            #expect(try good.object()["classifications"] as? Int == 2)
            #expect(try good.object()["tasks"] as? Int == 2)
            let clerical = try await steward.send(.GET, "/units", session: try await steward.signIn(.worker)).body.string
            #expect(clerical.contains("Records Clerk"))
            #expect(!clerical.contains("Eligibility Technician"), "the clerical unit's old classifications are replaced")
            #expect(clerical.contains("Public Health Nurse"), "other units keep theirs")

            #expect(try await post("unit,classification,headcount,task,share\n", try await steward.token(for: .manager))
                .status == .forbidden)
        }
    }
}
