import Fluent
import Foundation
import StewardCore
import Testing

@testable import StewardServer

@Suite("Command-line entry points")
struct CommandLineTests {
    @Test("user create makes an account that can sign in, and records it in the audit trail")
    func createUser() async throws {
        try await withSteward(seedsDemo: false) { steward in
            try await StewardRunner.createPerson(
                in: steward.app, username: "Ada", displayName: "Ada Officer", role: .aiOfficer,
                password: "a long enough passphrase")

            let person = try await steward.app.accounts.authenticate(
                username: "ada", password: "a long enough passphrase", client: "test")
            #expect(person.role == .aiOfficer)
            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "person.create").count()
            #expect(events == 1)
        }
    }

    @Test("user create names every problem with its input")
    func createUserProblems() async throws {
        try await withSteward { steward in
            await #expect {
                try await StewardRunner.createPerson(
                    in: steward.app, username: "officer", displayName: "", role: .legal, password: "short")
            } throws: { error in
                let fields = (error as? StewardError)?.problems.map(\.field) ?? []
                return fields.sorted() == ["password", "username"]
            }
        }
    }

    @Test("audit verify counts the events of a chain that holds")
    func verifyCounts() async throws {
        try await withSteward { steward in
            let report = try await StewardRunner.verifyAuditTrail(in: steward.app)

            #expect(report.breaks == [])
            #expect(report.events == 1 + DemoOrganization.reports.count, "the demo seed and its reports")
        }
    }
}

@Suite("Editing a tool's details")
struct ToolEditTests {
    @Test("the AI officer edits a tool's details; the form starts filled in and the change is audited")
    func edit() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let tool = try await steward.tool(named: "ShiftWise")
            let path = "/tools/\(try tool.requireID())/edit"
            let form = try await steward.send(.GET, path, session: officer)
            #expect(form.body.string.contains(#"value="Rota Analytics""#))

            let response = try await steward.submit(
                path, ToolPagesTests.newTool.map { $0.0 == "name" ? ("name", "ShiftWise 2") : $0 }, session: officer)

            #expect(response.status == .seeOther)
            #expect(try await steward.tool(named: "ShiftWise 2").status == .underReview, "editing keeps the status")
            let events = try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "tool.update").count()
            #expect(events == 1)
        }
    }
}

@Suite("Commands that only read")
struct ReadOnlyCommandTests {
    @Test("verify on a database file that does not exist names the path and creates nothing")
    func verifyMissingDatabase() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let path = folder.appendingPathComponent("typo.sqlite").path
        var settings = StewardSettings(storage: .sqlite(path: path), keyDirectory: folder.path + "/keys")
        settings.migrates = false

        await #expect {
            try await StewardRunner.withApplication(settings) { app in
                try await StewardRunner.verifyAuditTrail(in: app)
            }
        } throws: { error in
            String(describing: error).contains(path)
        }

        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/keys"))
    }
}

@Suite("The federal inventory from the command line")
struct FederalCommandLineTests {
    @Test("the command line reports the same problems by line and column and imports the rest")
    func badRowsFromTheCommandLine() async throws {
        try await withSteward { steward in
            // when
            let report = try await StewardRunner.importFederalInventory(
                in: steward.app, bytes: Array(FederalImportPageTests.fileWithBadRows.utf8), fileName: "/tmp/agency.csv")

            // then
            #expect(
                report.summary
                    == "Imported 2 uses from agency.csv: 2 new tools, 1 new unit; 3 problems, listed by line and column."
            )
            #expect(report.problems.count == 3)
            for (line, expected) in zip(report.problems, FederalImportPageTests.expectedProblems) {
                #expect(line.hasPrefix(expected))
            }
            let event = try #require(
                try await AuditEventModel.query(on: steward.app.db).filter(\.$action == "inventory.import").first())
            #expect(event.actorName == "anonymous")
        }
    }

    @Test("a file the command line cannot import at all imports nothing and says why")
    func nothingImported() async throws {
        try await withSteward { steward in
            // when
            let report = try await StewardRunner.importFederalInventory(
                in: steward.app, bytes: Array("\u{FEFF}agency,id\nDOE,DOE-1\n".utf8), fileName: "short.csv")

            // then
            #expect(report.summary == "Nothing was imported from short.csv.")
            #expect(report.problems.first?.hasPrefix("line 1, column 1: the header has no column `agency_name`") == true)
            #expect(try await FederalRecordModel.query(on: steward.app.db).count() == 0)
        }
    }

    @Test("the command line's export writes the imported uses first, then the published ones")
    func reportable() async throws {
        try await withSteward { steward in
            // given
            _ = try await StewardRunner.importFederalInventory(
                in: steward.app, bytes: Array(FederalFixture.file([FederalImportPageTests.deployed]).utf8),
                fileName: "agency.csv")

            // when
            let text = try await StewardRunner.exportFederalInventory(in: steward.app)

            // then
            let file = OMB2025File.read(csv: text)
            #expect(file.rows.map { $0.record[.id] }.first == "DOE-1")
            #expect(file.rows.count == 4)
        }
    }
}
