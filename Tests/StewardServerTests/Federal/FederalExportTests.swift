import Fluent
import Foundation
import StewardCore
import Testing

@testable import StewardServer

@Suite("The public inventory in the federal format")
struct FederalExportTests {
    @Test("anyone downloads the published uses as a federal file: a byte-order mark, the 36 columns, then Steward's")
    func layout() async throws {
        try await withSteward { steward in
            // when
            let reply = try await steward.send(.GET, Paths.inventoryOMB2025.href())

            // then
            #expect(reply.status == .ok)
            #expect(reply.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            #expect(reply.headers.first(name: .contentDisposition)?.contains("ai-inventory-omb-2025.csv") == true)
            let bytes = Array(reply.body.readableBytesView)
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes, as: UTF8.self)
            let header = text.unicodeScalars.dropFirst().prefix { $0 != "\n" }
            let expected =
                OMB2025.columns + [
                    "union_notice_date", "bargaining_status", "affected_units", "affected_classifications",
                ]
            #expect(String(header) == expected.joined(separator: ","))
            let file = OMB2025File.read(csv: text)
            #expect(file.problems == [])
            #expect(
                file.rows.map { $0.record[.useCaseName] }.sorted() == [
                    "Ask Riverside for Answer residents' questions online",
                    "CaseNote Summarizer for Summarize case files before visits", "DraftMate for Draft routine letters",
                ], "only the uses in pilot or approved")
        }
    }

    @Test("a published demo use's row fills the columns its stage calls for, and Steward's own from its review")
    func publishedRow() async throws {
        try await withSteward { steward in
            // given
            let useCase = try await steward.useCase(ofTool: "CaseNote Summarizer")
            let unit = try #require(try await BargainingUnitModel.find(useCase.$unit.id, on: steward.app.db))
            let titles = try await JobClassificationModel.query(on: steward.app.db).filter(
                \.$unit.$id == useCase.$unit.id
            )
            .all().map(\.title).sorted()

            // when
            let reply = try await steward.send(.GET, Paths.inventoryOMB2025.href())

            // then
            let file = OMB2025File.read(csv: reply.body.string)
            let row = try #require(file.rows.first { $0.record[.id] == useCase.id?.uuidString.lowercased() })
            #expect(row.record[.developmentStage] == "Pilot")
            #expect(row.record[.agencyBureau] == unit.name)
            #expect(row.record[.contractingUsage] == "Vendor Purchased")
            #expect(row.record[.vendorName] == "Meridian Health AI")
            #expect(row.record[.hasPII] == "Yes")
            #expect(!row.record[.dataDescription].isEmpty)
            #expect(row.record[.operationalDate] == "2026-11-30 00:00:00", "the day its pilot started")
            #expect(row.record.unansweredColumns == [.benefits, .haveATO, .demographicFeatures, .hasCustomCode])
            #expect(row.extras["affected_units"] == OMB2025ListCell.items([unit.name]).cell)
            #expect(row.extras["affected_classifications"] == OMB2025ListCell.items(titles).cell)
            #expect(row.extras["union_notice_date"]?.count == 10)
            #expect(row.extras["bargaining_status"] == "awaiting-answer")
        }
    }

}
