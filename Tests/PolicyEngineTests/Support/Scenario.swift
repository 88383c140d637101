import Foundation
import PolicyEngine
import StewardCore
import Testing
import Yams

/// One row of a scenario table in `Fixtures/scenarios/`: a use case told in one line, its facts, and what the
/// pack (or, for `all`, every shipped pack) must decide.
struct Scenario: Decodable, Sendable, CustomTestStringConvertible {
    /// The case id, unique across tables.
    let id: String
    /// The use case in one line.
    let story: String
    let facts: UseCaseFacts
    let outcome: Outcome
    /// Obligation kinds that must appear.
    let obligations: [ObligationKind]
    /// Obligation kinds that must not appear.
    let absent: [ObligationKind]?
    /// Rule ids that must fire.
    let fired: [String]?
    /// The pack the table is for, or `all`; filled in from the table.
    var pack = ""

    private enum CodingKeys: String, CodingKey { case id, story, facts, outcome, obligations, absent, fired }

    var testDescription: String { "\(id): \(story)" }

    private struct Table: Decodable {
        let pack: String
        let scenarios: [Scenario]
    }

    /// Every scenario of every table.
    static func all() throws -> [Scenario] {
        guard let folder = Bundle.module.url(forResource: "scenarios", withExtension: nil, subdirectory: "Fixtures")
        else { throw CocoaError(.fileNoSuchFile) }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.flatMap { file in
            let table = try YAMLDecoder().decode(Table.self, from: String(contentsOf: file, encoding: .utf8))
            return table.scenarios.map { scenario in
                var scenario = scenario
                scenario.pack = table.pack
                return scenario
            }
        }
    }
}
