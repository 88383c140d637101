import Foundation
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

@Suite("API: the OpenAPI document")
struct APIDocumentTests {
    private static let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]

    @Test("every API route is in the served document, and every operation of the document is a route")
    func parity() async throws {
        try await withSteward { steward in
            // given
            let response = try await steward.send(.GET, APIPaths.openAPIDocument)
            #expect(response.status == .ok)
            let paths = try #require(try response.object()["paths"] as? [String: JSONObject])

            // when
            let documented = Set(paths.flatMap { path, item in
                item.keys.filter(Self.methods.contains).map { "\($0.uppercased()) \(path)" }
            })
            let registered = Set(steward.app.routes.all.compactMap(APIPermissions.key(of:)))

            // then
            #expect(documented == registered)
            #expect(registered.count == APIPermissions.table.count)
            #expect(steward.app.routes.all.filter { APIPermissions.key(of: $0) != nil }.allSatisfy { $0.permission != nil })
        }
    }

    @Test("the document is OpenAPI 3.1 and its enums spell StewardCore's values")
    func enums() async throws {
        try await withSteward { steward in
            let document = try await steward.send(.GET, APIPaths.openAPIDocument).object()
            let schemas = try #require((document["components"] as? JSONObject)?["schemas"] as? [String: JSONObject])
            func values(_ name: String) -> [String] {
                (schemas[name]?["enum"] as? [Any] ?? []).map { "\($0)" }
            }

            #expect(document["openapi"] as? String == "3.1.0")
            #expect(values("ToolStatus") == ToolStatus.allCases.map(\.rawValue))
            #expect(values("ToolCategory") == Fact.categories.allowedValues)
            #expect(values("Purpose") == Fact.purposes.allowedValues)
            #expect(values("DataCategory") == Fact.dataCategories.allowedValues)
            #expect(values("Tier") == Fact.tier.allowedValues)
            #expect(values("Scope") == Fact.scope.allowedValues)
            #expect(values("Hosting") == Fact.hosting.allowedValues)
            #expect(values("DecisionRole") == Fact.decisionRole.allowedValues)
            #expect(values("Role") == Role.allCases.map(\.rawValue))
            #expect(values("Zone") == Zone.allCases.map(\.rawValue))
            #expect(values("TrainingAudience") == TrainingAudience.allCases.map(\.rawValue))
            #expect(values("GatewayVerdict") == GatewayVerdict.allCases.map(\.rawValue))
            #expect(values("GatewayRule") == GatewayRule.allCases.map(\.rawValue))
            let draft = try #require(schemas["UseCaseDraft"]?["properties"] as? JSONObject)
            let ownFlags = BooleanFact.allCases.filter { !UseCase.toolFlags.contains($0) }.map(\.rawValue)
            #expect(Set(draft.keys) == Set(["unitID", "title", "description", "purposes", "dataCategories", "tier", "scope",
                                             "decisionRole"] + ownFlags))
            let facts = try #require(schemas["Facts"]?["properties"] as? JSONObject)
            #expect(Set(facts.keys) == Set(Fact.allCases.map(\.rawValue)))
        }
    }
}

extension APIDocumentTests {
    @Test("every operation that needs a token lists 401, and every error response is a problem document")
    func problems() async throws {
        try await withSteward { steward in
            let document = try await steward.send(.GET, APIPaths.openAPIDocument).object()
            let paths = try #require(document["paths"] as? [String: JSONObject])
            let shared = try #require((document["components"] as? JSONObject)?["responses"] as? [String: JSONObject])

            for (path, item) in paths {
                for (method, value) in item where Self.methods.contains(method) {
                    let operation = try #require(value as? JSONObject)
                    let responses = try #require(operation["responses"] as? [String: JSONObject])
                    let isPublic = (operation["security"] as? [Any])?.isEmpty == true
                    #expect(isPublic || responses["401"] != nil, "\(method) \(path) does not list 401")
                    for (status, response) in responses where status.hasPrefix("4") {
                        let name = (response["$ref"] as? String)?.split(separator: "/").last.map(String.init) ?? ""
                        let content = (shared[name]?["content"] ?? response["content"]) as? JSONObject
                        #expect(content?["application/problem+json"] != nil, "\(method) \(path) \(status)")
                    }
                }
            }
        }
    }
}
