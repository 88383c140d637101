import AsyncHTTPClient
import Fluent
import Foundation
import NIOHTTP1
import StewardCore
import Testing
import Vapor
import VaporTesting

@testable import StewardServer

/// A running Steward for one test: a fresh database (an SQLite file, or a fresh PostgreSQL database when
/// `DATABASE_URL` is set), migrated and seeded with the demo organization, answering real HTTP on loopback.
struct StewardHarness {
    let app: Application
    /// A client that does not follow redirects, so tests see each response as a browser first receives it.
    let client: HTTPClient
    let baseURL: String
    /// How this test's server is set up: where its database and keys live.
    let settings: StewardSettings

    /// Where this test's database lives.
    var storage: StewardSettings.Storage { settings.storage }

    /// Demo usernames by role.
    static func username(for role: Role) -> String {
        DemoOrganization.people.first { $0.role == role }?.username ?? role.rawValue
    }

    /// Sends a request; `bearer` signs it in with an API token, `session` with a browser session.
    func send(
        _ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil,
        bearer: String? = nil, session: BrowserSession? = nil
    ) async throws -> HTTPReply {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers = headers
        if let bearer { request.headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        if let session { request.headers.replaceOrAdd(name: .cookie, value: session.cookie) }
        if let body { request.body = .bytes(body) }
        // Generous: every suite runs at once on a small machine, and a slow answer is not a wrong one.
        let response = try await client.execute(request, timeout: .seconds(240))
        return HTTPReply(status: response.status, headers: response.headers, body: try await response.body.collect(upTo: 32 << 20))
    }

    /// Sends JSON.
    func sendJSON(
        _ method: HTTPMethod, _ path: String, _ json: String, bearer: String? = nil
    ) async throws -> HTTPReply {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return try await send(method, path, headers: headers, body: ByteBuffer(string: json), bearer: bearer)
    }

    /// Posts a form as a browser would, with the session's CSRF token unless `csrf` overrides it.
    func submit(
        _ path: String, _ fields: [(String, String)], session: BrowserSession, csrf: String? = nil
    ) async throws -> HTTPReply {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let all = fields + [(CSRFMiddleware.field, csrf ?? session.csrf)]
        let body = all.map { "\($0.0.formEncoded)=\($0.1.formEncoded)" }.joined(separator: "&")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body), session: session)
    }

    /// Posts a form as a browser does with `enctype="multipart/form-data"`: its fields, an optional file in the field
    /// `file`, and the session's CSRF token.
    func submitMultipart(
        _ path: String, _ fields: [(String, String)], file: (name: String, type: String, text: String)? = nil,
        session: BrowserSession
    ) async throws -> HTTPReply {
        let boundary = "steward-test-boundary"
        var body = ""
        for (name, value) in [(CSRFMiddleware.field, session.csrf)] + fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
            body += "Content-Type: \(file.type)\r\n\r\n\(file.text)\r\n"
        }
        body += "--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body), session: session)
    }

    /// An API token for a demo account, issued directly by the account service.
    func token(for role: Role) async throws -> String {
        try await token(username: Self.username(for: role))
    }

    /// An API token of the account `username`.
    func token(username: String) async throws -> String {
        let person = try #require(try await PersonModel.query(on: app.db).filter(\.$username == username).first())
        return try await app.accounts.issueToken(for: try person.domain(), label: "test").token
    }

    /// Signs a demo account in through the real sign-in form.
    func signIn(_ role: Role, password: String = DemoOrganization.password) async throws -> BrowserSession {
        let anonymous = try await BrowserSession.start(on: self)
        let response = try await submit(
            Paths.login.href(), [("username", Self.username(for: role)), ("password", password)], session: anonymous)
        #expect(response.status == .seeOther, "sign-in as \(role) failed: \(response.body.string)")
        return try await anonymous.following(response, on: self)
    }
}

extension Application {
    var accounts: AccountService {
        get throws { AccountService(database: db, passwords: password.async, context: try steward) }
    }
}

extension String {
    var formEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._*"))) ?? ""
    }
}

/// A response as the client received it.
struct HTTPReply: Sendable {
    let status: HTTPResponseStatus
    let headers: HTTPHeaders
    let body: ByteBuffer
}
