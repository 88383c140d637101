import Foundation
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// A JSON object from a response, for reading fields in assertions.
typealias JSONObject = [String: Any]

extension HTTPReply {
    /// The body as a JSON object; fails the test when it is not one.
    func object() throws -> JSONObject {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? JSONObject, "\(body.string)")
    }

    /// The body as a JSON array of objects; fails the test when it is not one.
    func objects() throws -> [JSONObject] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [JSONObject], "\(body.string)")
    }

    /// The fields a problem document names.
    func problemFields() throws -> [String] {
        #expect(headers.contentType?.description.hasPrefix("application/problem+json") == true)
        return try (object()["errors"] as? [JSONObject] ?? []).compactMap { $0["field"] as? String }
    }
}

extension StewardHarness {
    /// The id of the demo tool with this name, read through the API.
    func toolID(named name: String, bearer: String) async throws -> String {
        let tools = try await send(.GET, "/api/v1/tools", bearer: bearer).objects()
        return try #require(tools.first { $0["name"] as? String == name }?["id"] as? String, "no tool \(name)")
    }

    /// The id of a demo bargaining unit, read through the API.
    func unitID(bearer: String) async throws -> String {
        let units = try await send(.GET, "/api/v1/units", bearer: bearer).objects()
        return try #require(units.first?["id"] as? String)
    }
}

extension StewardHarness {
    /// Every page of a paged list, from `path` on, following each page's `Link` header to the next.
    func walkPages(from path: String, bearer: String) async throws -> [HTTPReply] {
        var replies: [HTTPReply] = []
        var path: String? = path
        while let next = path {
            let reply = try await send(.GET, next, bearer: bearer)
            replies.append(reply)
            path = reply.headers.first(name: "Link")
                .flatMap { $0.split(separator: "<").last?.split(separator: ">").first }.map(String.init)
        }
        return replies
    }
}
