import Crypto
import Vapor

/// Protects every form against cross-site request forgery: each session holds a random token, every form sends it
/// back in the `_csrf` field, and unsafe requests without the matching token are refused.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    private static let sessionKey = "csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A route that streams its file reads the form itself, and checks the token there (``StreamedForm``).
        if request.method != .GET, request.method != .HEAD, !UploadLimits.isStreamed(request) {
            // Collect the body under the size limit first, so an oversized form is a 413, not a missing token.
            try await request.collectBody()
            try Self.verify(sent: try? request.content.get(String.self, at: Self.field), for: request)
        }
        return try await next.respond(to: request)
    }

    /// Throws unless `sent` is the session's token.
    static func verify(sent: String?, for request: Request) throws {
        guard let expected = request.session.data[sessionKey], let sent, Data(sent.utf8) == Data(expected.utf8) else {
            throw StewardError(
                .forbidden, "This form has expired or came from another site. Reload the page and try again.")
        }
    }

    /// The session's token, created on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = [UInt8].random(count: 32).base64URLEncoded
        request.session.data[sessionKey] = token
        return token
    }
}

extension [UInt8] {
    /// Base64 without padding, safe in URLs and headers.
    var base64URLEncoded: String {
        Data(self).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
