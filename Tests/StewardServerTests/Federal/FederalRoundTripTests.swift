import Foundation
import StewardCore
import Testing

@testable import StewardServer

@Suite("The 2025 federal inventory imported into an organization and exported again")
struct FederalRoundTripTests {
    @Test(
        "every row of the federal file comes back from the export cell for cell, formula starters defused",
        .enabled(if: FederalFixture.realFile != nil, FederalFixture.realFileMissing))
    func roundTrip() async throws {
        let text = try String(contentsOf: try #require(FederalFixture.realFile), encoding: .utf8)
        let original = OMB2025File.read(csv: text)
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)

            // when
            let reply = try await steward.importFederal(text, named: FederalFixture.realFileName, session: officer)
            let exported = try await StewardRunner.exportFederalInventory(in: steward.app)

            // then
            #expect(reply.status == .ok)
            #expect(reply.body.string.contains("Imported 3611 uses from \(FederalFixture.realFileName)"))
            let back = OMB2025File.read(csv: exported)
            #expect(back.problems == [])
            #expect(back.extraColumns == OMB2025File.StewardColumns.names)
            try #require(back.rows.count == original.rows.count + 3, "the 3,611 imported, then the demo's 3 published")
            var defused = 0
            var different: [String] = []
            for (line, (before, after)) in zip(original.records, back.records).enumerated() {
                for column in OMB2025.Column.allCases where before[column] != after[column] {
                    if FederalFixture.isDefused(after[column], from: before[column]) {
                        defused += 1
                    } else {
                        different.append("row \(line + 1) \(column.rawValue)")
                    }
                }
            }
            #expect(different == [])
            #expect(defused > 0, "the file has formula starters, which the export defuses")
            #expect(
                back.rows.prefix(original.rows.count).allSatisfy {
                    $0.extras["affected_units"]?.hasPrefix("['") == true
                })
        }
    }
}
