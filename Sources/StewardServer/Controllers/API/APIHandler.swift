import Foundation
import OpenAPIRuntime
import OpenAPIVapor
import StewardAPI
import StewardCore
import Vapor

/// The JSON API under `/api/v1`: implements the operations of `Sources/StewardAPI/openapi.yaml`, one facet file per
/// tag (`APIHandler+Tools.swift`, …). Handlers decode, call a service and encode; the services authorize and audit.
struct APIHandler: APIProtocol {
    /// The OpenAPI document, served at `/api/v1/openapi.json`.
    let document: OpenAPIObjectContainer

    /// The Vapor request being handled, handed over by ``APIRequestMiddleware``.
    var request: Request {
        get throws {
            guard let request = APIRequestMiddleware.current else {
                throw StewardError(.internalServerError, "an API handler ran without APIRequestMiddleware")
            }
            return request
        }
    }

    /// The authorizer for the person making the request.
    var authorizer: Authorizer {
        get throws { try request.authorizer }
    }

    /// A record's UUID from a path parameter, for records without a typed id; a malformed one is a 404.
    func uuid(_ text: String, of what: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw StewardError.notFound("no \(what) with id \(text.prefix(40))") }
        return id
    }

    /// A typed id from a path parameter; a malformed one is a 404, like an id that does not exist.
    func id<Subject>(_ text: String, of what: String) throws -> Identifier<Subject> {
        guard let id = Identifier<Subject>(text) else { throw StewardError.notFound("no \(what) with id \(text)") }
        return id
    }
}

/// Registers the JSON API: bearer tokens only (no session cookies), and every route tagged with its permission
/// from ``APIPermissions``. Its middlewares run in one task, as a chain.
func registerAPI(_ app: Application) throws {
    let group = app.grouped(
        AsyncMiddlewareChain(TokenAuthenticator(), AuthorizationMiddleware(), SharedAnswers(), APIRequestMiddleware()))
    let handler = APIHandler(document: try APIHandler.loadDocument())
    app.requiredFields = try RequiredFields(yaml: try OpenAPIDocument.yaml())
    // Compact JSON, keys sorted so that the same answer is the same bytes: indenting cost more than the rest of a
    // list's answer.
    try handler.registerHandlers(
        on: VaporTransport(routesBuilder: group), serverURL: try Servers.Server1.url(),
        configuration: Configuration(jsonEncodingOptions: [.sortedKeys]))
    try APIPermissions.assign(to: app.routes.all)
}
