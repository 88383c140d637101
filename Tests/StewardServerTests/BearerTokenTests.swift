import Testing
import Vapor

@testable import StewardServer

@Suite("Bearer tokens read from the Authorization header")
struct BearerTokenTests {
    /// Header values, each with the token Vapor's `bearerAuthorization` takes from it.
    static let values: [(String, String?)] = [
        ("Bearer abc123", "abc123"), ("bearer abc123", "abc123"), ("BEARER abc123", "abc123"),
        ("bEaReR abc123", "abc123"), ("  Bearer   abc123  ", "abc123"), ("Bearer", nil), ("Bearer ", nil),
        ("Bearer a b", nil), ("Basic abc123", nil), ("Bearerx abc123", nil), ("Beare abc123", nil),
        ("Bearer\tabc123", nil), ("Bearer abc\t123", "abc\t123"), ("", nil), (" ", nil), ("abc123", nil),
        ("B@arer abc123", nil), ("Bearer abc+/=_-.~", "abc+/=_-.~"),
        // Outside ASCII, characters and bytes split differently: a space that carries a combining accent is no
        // separator, and a scheme may only look like "bearer" once lower-cased.
        ("Bearer tok \u{301}en", "tok \u{301}en"), ("Bearer tøken", "tøken"), ("Béarer abc123", nil),
        ("Bearer \u{301}abc", nil), ("\u{130}Bearer abc", nil),
    ]

    @Test("the token is the one Vapor would take", arguments: values)
    func sameAsVapor(value: String, token: String?) {
        // given
        let headers = HTTPHeaders([("Authorization", value)])

        // when
        let read = TokenAuthenticator.bearerToken(in: headers)

        // then
        #expect(read == headers.bearerAuthorization?.token)
        #expect(read == token)
    }

    @Test("only the first Authorization header counts, and none gives no token")
    func firstHeader() {
        let two = HTTPHeaders([("Authorization", "Basic abc"), ("authorization", "Bearer def")])
        #expect(TokenAuthenticator.bearerToken(in: two) == two.bearerAuthorization?.token)
        #expect(TokenAuthenticator.bearerToken(in: HTTPHeaders()) == nil)
    }
}
