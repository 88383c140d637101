import Fluent
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("Hostile and oversized input")
struct HostileInputTests {
    static let hostile = #"Evil"'<script>alert(1)</script>&amp;"#

    @Test("text with quotes, angle brackets and ampersands is escaped on every page that shows it")
    func escaped() async throws {
        try await withSteward { steward in
            let officer = try await steward.signIn(.aiOfficer)
            let fields = ToolPagesTests.newTool.map { ($0.0, ["name", "vendor", "version", "contact", "description"]
                .contains($0.0) ? Self.hostile + $0.0 : $0.1) }
            let created = try await steward.submit("/tools", fields, session: officer)
            let toolPath = try #require(created.headers.first(name: .location))
            _ = try await steward.submit(
                toolPath + "/transitions", [("to", "under-review"), ("reason", Self.hostile)], session: officer)
            let unit = try await steward.unit(named: "Clerical and Administrative")
            let use = try await steward.submit(
                toolPath + "/use-cases",
                [("title", Self.hostile), ("description", Self.hostile), ("unitID", try unit.requireID().uuidString),
                 ("purposes[]", "drafting"), ("dataCategories[]", "internal"), ("tier", "1"), ("scope", "individual"),
                 ("decisionRole", "none")], session: officer)
            let usePath = try #require(use.headers.first(name: .location))
            let useCaseID = try #require(UseCaseID(String(usePath.split(separator: "/").last ?? "")))
            try await steward.approveThroughReview(useCaseID, record: Self.hostile)

            for path in ["/tools", toolPath, usePath, "/inventory", "/audit", toolPath + "/edit", "/inventory?q=\(Self.hostile.formEncoded)"] {
                let page = try await steward.send(.GET, path, session: officer)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.string.contains("<script>"), "\(path) renders raw markup")
                #expect(page.body.string.contains("&lt;script&gt;"), "\(path) does not show the text")
            }
        }
    }

    @Test("a body over the size limit is refused with 413")
    func oversized() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)
            let huge = String(repeating: "x", count: 300_000)

            let response = try await steward.submit("/tools", [("name", huge)], session: session)

            #expect(response.status == .payloadTooLarge)
        }
    }

    @Test("a field longer than its limit is named")
    func tooLong() async throws {
        try await withSteward { steward in
            let session = try await steward.signIn(.worker)

            let response = try await steward.submit(
                "/tools", ToolPagesTests.newTool.map { $0.0 == "name" ? ("name", String(repeating: "n", count: 201)) : $0 },
                session: session)

            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("at most 200"))
        }
    }
}
