import Foundation
import Testing
import VaporTesting

@testable import StewardServer

@Suite("Over-long paths")
struct LongPathTests {
    static let notFound = [
        "/" + String(repeating: "a", count: 256),
        "/" + String(repeating: "a", count: 1000),
        "/tools/" + String(repeating: "7", count: 300),
        "/api/v1/" + String(repeating: "a", count: 256),
        "/api/v1/tools/" + String(repeating: "7", count: 300),
        "/" + String(repeating: "%C3%A9", count: 130),
    ]

    @Test("a path with a segment too long for a file name is not found, not a server error", arguments: notFound)
    func segmentTooLong(path: String) async throws {
        try await withSteward { steward in
            // given: signed in both ways, so pages and the API get past sign-in
            let token = try await steward.token(for: .aiOfficer)
            let session = try await steward.signIn(.aiOfficer)

            // when
            let response = try await steward.send(.GET, path, bearer: token, session: session)

            // then
            #expect(response.status == .notFound, "\(response.status) for \(path.prefix(40))…")
        }
    }

    @Test("an API path too long for a file name answers with a problem document")
    func apiProblem() async throws {
        try await withSteward { steward in
            // given
            let token = try await steward.token(for: .aiOfficer)

            // when
            let response = try await steward.send(.GET, "/api/v1/tools/" + String(repeating: "7", count: 300), bearer: token)

            // then
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
        }
    }

    @Test("a path over 2048 bytes is refused as too long", arguments: ["/", "/api/v1/"])
    func pathTooLong(prefix: String) async throws {
        try await withSteward { steward in
            // when
            let response = try await steward.send(.GET, prefix + String(repeating: "a/", count: 1100))

            // then
            #expect(response.status == .uriTooLong)
        }
    }

    @Test("the style sheet is still served")
    func publicFileServed() async throws {
        try await withSteward { steward in
            // when
            let response = try await steward.send(.GET, "/steward.css")

            // then
            #expect(response.status == .ok)
        }
    }
}

@Suite("Public files")
struct PublicFilesTests {
    @Test("the files that ship are listed once, with their paths, and nothing else is")
    func listed() throws {
        // given
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("fonts/empty"), withIntermediateDirectories: true)
        try Data("body {}".utf8).write(to: directory.appendingPathComponent("site.css"))
        try Data("x".utf8).write(to: directory.appendingPathComponent("fonts/plain.woff2"))
        defer { try? FileManager.default.removeItem(at: directory) }

        // when
        let middleware = PublicFilesMiddleware(directory: directory.path)

        // then
        #expect(middleware.paths == ["/site.css", "/fonts/plain.woff2"])
    }

    @Test("a public file is served to GET only; other methods go to routing")
    func getOnly() async throws {
        try await withSteward { steward in
            // when
            let posted = try await steward.send(.POST, "/steward.css")
            let head = try await steward.send(.HEAD, "/steward.css")

            // then
            #expect(posted.status == .notFound)
            #expect(head.status == .ok)
        }
    }
}
