import Fluent
import Foundation
import StewardCore
import Testing

@testable import StewardServer

@Suite("Importing a federal inventory file")
struct FederalImportPageTests {
    static let deployed = FederalFixture.record("Benefit letter drafting", id: "DOE-1", highImpact: .highImpact)
    static let piloted = FederalFixture.record("Grant review triage", id: "DOE-2", stage: .pilot, vendor: "")

    @Test("imported uses are in review and never approved, and neither inventory lists them")
    func neverApproved() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)

            // when
            let reply = try await steward.importFederal(
                FederalFixture.file([Self.deployed, Self.piloted]), session: officer)

            // then
            #expect(reply.status == .ok)
            #expect(reply.body.string.contains("Imported 2 uses from agency.csv: 2 new tools, 1 new unit; 0 problems."))
            let records = try await FederalRecordModel.query(on: steward.app.db).with(\.$useCase).all()
            #expect(records.map { $0.useCase.reviewStatus } == [.inReview, .inReview])
            #expect(records.allSatisfy { $0.useCase.approvedAt == nil })
            let tools = try await AIToolModel.query(on: steward.app.db).filter(
                \.$name ~~ ["Benefit letter drafting", "Grant review triage"]
            ).all()
            #expect(tools.map(\.status) == [.requested, .requested])
            #expect(tools.map(\.vendor).sorted() == ["Department of Examples", "Quillworks"])
            for path in [
                Paths.inventory.href(), Paths.inventoryCSV.href(), Paths.inventoryOMB2025.href(), "/api/v1/inventory",
            ] {
                let page = try await steward.send(.GET, path)
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("Benefit letter drafting"), "\(path) lists an imported use")
            }
        }
    }

    @Test("an imported use approved through its review is published with its federal record as imported")
    func approvedThroughReview() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)
            _ = try await steward.importFederal(FederalFixture.file([Self.deployed]), session: officer)
            let record = try #require(try await FederalRecordModel.query(on: steward.app.db).first())
            let hidden = try await steward.send(.GET, Paths.inventoryOMB2025.href())

            // when
            try await steward.approveThroughReview(UseCaseID(record.$useCase.id))

            // then
            #expect(!hidden.body.string.contains("DOE-1"))
            let csv = try await steward.send(.GET, Paths.inventoryOMB2025.href())
            let published = OMB2025File.read(csv: csv.body.string)
            let row = try #require(published.rows.first { $0.record[.id] == "DOE-1" })
            #expect(FederalFixture.isDefused(row.record[.problemSolved], from: Self.deployed[.problemSolved]))
            var expected = Self.deployed
            expected[.problemSolved] = row.record[.problemSolved]
            #expect(row.record == expected)
            #expect(row.extras["affected_units"] == "['Department of Examples']")
        }
    }

    @Test("a file with bad rows imports the rest and names each problem by line and column")
    func badRows() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)
            let text = Self.fileWithBadRows

            // when
            let reply = try await steward.importFederal(text, session: officer)

            // then
            #expect(reply.status == .ok)
            let page = reply.body.string
            #expect(page.contains("Imported 2 uses from agency.csv"))
            for problem in Self.expectedProblems { #expect(page.contains(problem), "\(problem)") }
            let titles = try await FederalRecordModel.query(on: steward.app.db).with(\.$useCase).all().map(
                \.useCase.title)
            #expect(titles.sorted() == ["Benefit letter drafting", "Grant review triage"])
        }
    }

    @Test("a file whose header is not the federal one, or that was imported before, imports nothing")
    func refused() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)
            let good = FederalFixture.file([Self.deployed])
            _ = try await steward.importFederal(good, session: officer)

            // when
            let again = try await steward.importFederal(good, named: "copy.csv", session: officer)
            let training = try await steward.importFederal("person,completed\nada,2026-01-02\n", session: officer)
            let empty = try await steward.submitMultipart(Paths.inventoryImports.href(), [], session: officer)

            // then
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("importing it again would add each use twice"))
            #expect(training.status == .unprocessableEntity)
            #expect(training.body.string.contains("line 1, column 1: the header has no column `agency`"))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("choose a federal inventory CSV file to import"))
            #expect(try await FederalRecordModel.query(on: steward.app.db).count() == 1)
        }
    }

    /// Two good rows around a row with a field missing and a row holding a NUL, and a Steward column that does not
    /// read on a good row.
    static var fileWithBadRows: String {
        func row(_ record: OMB2025Record) -> String { String(FederalFixture.file([record]).split(separator: "\n")[1]) }
        var nul = piloted
        nul[.benefits] = "Faster\u{0}"
        let lines = [
            (OMB2025.columns + ["union_notice_date"]).joined(separator: ","),
            row(deployed) + ",tomorrow",
            row(piloted).split(separator: ",", omittingEmptySubsequences: false).dropLast(3).joined(separator: ","),
            row(nul) + ",",
            row(piloted) + ",",
        ]
        return "\u{FEFF}" + lines.joined(separator: "\n") + "\n"
    }

    static let expectedProblems = [
        "line 2, column 37: `union_notice_date` is `tomorrow`; write the day as YYYY-MM-DD; the row was imported without it",
        "line 3, column 34: the row has 33 fields; the header has 37; the row is skipped",
        "line 4, column 14: `benefits` contains a NUL character (U+0000) at character 7; remove it; the row was not imported",
    ]
}

@Suite("An imported use's page")
struct FederalUsePageTests {
    @Test("shows where the use came from and which of its facts are not known, until someone answers them")
    func provenanceAndUnknownFacts() async throws {
        try await withSteward { steward in
            // given
            let officer = try await steward.signIn(.aiOfficer)
            _ = try await steward.importFederal(
                FederalFixture.file([FederalImportPageTests.deployed]), session: officer)
            let record = try #require(try await FederalRecordModel.query(on: steward.app.db).with(\.$useCase).first())
            let path = Paths.useCase.href(record.$useCase.id)
            let before = try await steward.send(.GET, path, session: officer).body.string

            // when
            let edited = try await steward.sendJSON(
                .PUT, "/api/v1/use-cases/\(record.$useCase.id)",
                """
                {"unitID": "\(record.useCase.$unit.id)", "title": "Benefit letter drafting", "purposes": ["drafting"],
                 "dataCategories": ["internal"], "tier": 1, "scope": "individual", "decisionRole": "none"}
                """, bearer: try await steward.token(for: .aiOfficer))
            let after = try await steward.send(.GET, path, session: officer).body.string

            // then
            #expect(before.contains("Line 2 of agency.csv, imported"))
            #expect(before.contains("Stage the agency reported</th><td>Deployed"))
            #expect(before.contains("Not known yet: the federal inventory does not say; decided meanwhile as: "))
            #expect(edited.status == .ok)
            #expect(try await FederalRecordModel.find(record.id, on: steward.app.db)?.unknownFacts == [])
            #expect(!after.contains("Not known yet"))
            #expect(after.contains("Line 2 of agency.csv, imported"))
        }
    }
}
