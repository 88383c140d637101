import Analytics
import Foundation
import Testing

/// Rates and ratios against fairlearn's on the same synthetic log (`scripts/bias-fixtures.py`).
@Suite("Agreement with fairlearn")
struct FairlearnFixtureTests {
    struct Expected: Decodable {
        struct Breakdown: Decodable {
            struct Group: Decodable {
                let group: [String: String]
                let count: Int
                let selectionRate: Double
            }
            let columns: [String]
            let groups: [Group]
            let smallestImpactRatio: Double
        }
        let selection: [Breakdown]
        let scoring: [Breakdown]
    }

    static let expected = Result { try JSONDecoder().decode(Expected.self, from: Fixture.data("fairlearn-rates.json")) }

    static func audit(_ outcome: DecisionLog.Outcome) throws -> BiasAudit {
        let log = try DecisionLog(
            csv: [UInt8](try Fixture.data("decision-log.csv")), outcome: outcome, categories: ["sex", "race"])
        return log.audit()
    }

    @Test(
        "each group's rate equals fairlearn's selection_rate, the smallest ratio its demographic_parity_ratio",
        arguments: ["selection", "scoring"])
    func agreesWithFairlearn(kind: String) throws {
        // Given
        let expected = try Self.expected.get()
        let breakdowns = kind == "selection" ? expected.selection : expected.scoring
        // When
        let audit = try Self.audit(kind == "selection" ? .selection(column: "selected") : .score(column: "score"))
        // Then
        for breakdown in breakdowns {
            let groups = audit.groups.filter { $0.group.map(\.column) == breakdown.columns }
            #expect(groups.count == breakdown.groups.count, "\(breakdown.columns)")
            for group in breakdown.groups {
                let computed = try #require(
                    groups.first {
                        Dictionary(uniqueKeysWithValues: $0.group.map { ($0.column, $0.value) }) == group.group
                    })
                #expect(computed.count == group.count)
                #expect(abs(computed.selectionRate - group.selectionRate) < 1e-12, "\(group.group)")
            }
            let smallest = try #require(groups.compactMap(\.impactRatio).min())
            #expect(abs(smallest - breakdown.smallestImpactRatio) < 1e-12, "\(breakdown.columns)")
        }
    }
}
