import Fluent
import Foundation
import NIOCore
import StewardCore
import Testing
import VaporTesting

@testable import StewardServer

/// Text that could not be stored exactly is refused before any handler runs, naming the field; nothing reaches the
/// database or the audit trail altered.
@Suite("Shared input checks")
struct InputCheckTests {
    @Test("a NUL in a JSON field is refused with a 422 naming the field, and the trail still holds")
    func nulInJSON() async throws {
        try await withSteward { steward in
            let body = #"{"username": "worker", "password": "steward-demo", "label": "a\u0000b"}"#

            let reply = try await steward.sendJSON(.POST, "/api/v1/tokens", body)

            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.string.contains(#""field":"label""#))
            #expect(reply.body.string.contains("NUL"))
            #expect(try await APITokenModel.query(on: steward.app.db).count() == 0)
            #expect(try await StewardRunner.verifyAuditTrail(in: steward.app).breaks == [])
        }
    }

    @Test("a NUL in a form field is refused naming the field", arguments: ["%00", "%01", "%EF%BF%BF"])
    func controlInForm(encoded: String) async throws {
        try await withSteward { steward in
            let worker = try await steward.signIn(.worker)
            let before = try await AIToolModel.query(on: steward.app.db).count()
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let fields = ToolPagesTests.newTool.filter { $0.0 != "name" } + [("_csrf", worker.csrf)]
            let body = "name=Grant\(encoded)Helper&" + fields.map { "\($0.0.formEncoded)=\($0.1.formEncoded)" }
                .joined(separator: "&")

            let reply = try await steward.send(
                .POST, "/tools", headers: headers, body: ByteBuffer(string: body), session: worker)

            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.string.contains("name"))
            #expect(try await AIToolModel.query(on: steward.app.db).count() == before)
        }
    }

    @Test("a lone surrogate escape and invalid UTF-8 in JSON are refused")
    func invalidUnicode() async throws {
        try await withSteward { steward in
            let surrogate = #"{"username": "worker", "password": "steward-demo", "label": "a\ud800b"}"#
            var invalid = ByteBuffer(string: #"{"username": "worker", "password": "steward-demo", "label": ""#)
            invalid.writeBytes([0xC3, 0x28])
            invalid.writeString(#""}"#)
            var headers = HTTPHeaders()
            headers.contentType = .json

            let first = try await steward.sendJSON(.POST, "/api/v1/tokens", surrogate)
            let second = try await steward.send(.POST, "/api/v1/tokens", headers: headers, body: invalid)

            #expect(first.status == .unprocessableEntity)
            #expect(first.body.string.contains("surrogate"))
            #expect(second.status == .unprocessableEntity)
            #expect(try await APITokenModel.query(on: steward.app.db).count() == 0)
        }
    }

    @Test("a control character in a query parameter is a 400 naming the parameter")
    func controlInQuery() async throws {
        try await withSteward { steward in
            let reply = try await steward.send(.GET, "/inventory?q=a%00b")

            #expect(reply.status == .badRequest)
            #expect(reply.body.string.contains("`q`"))
        }
    }
}
