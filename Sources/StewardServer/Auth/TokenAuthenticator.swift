import Fluent
import Vapor

/// Signs in the person whose unrevoked API token is presented as `Authorization: Bearer TOKEN`, while their account
/// is active.
struct TokenAuthenticator: AsyncRequestAuthenticator {
    func authenticate(request: Request) async throws {
        guard let token = Self.bearerToken(in: request.headers) else { return }
        let digest = AccountService.digest(ofToken: token)
        guard let person = try await request.application.caches.accounts.person(bearing: digest, on: request.db)
        else { return }
        request.auth.login(SignedIn(person: person))
    }

    /// The token of the first `Authorization` header, taken as Vapor's `bearerAuthorization` takes it: the value split
    /// at spaces with empty parts dropped must have exactly two parts, the first "bearer" in any case. Vapor splits
    /// the value as characters, which costs more than the rest of a remembered sign-in; this reads its bytes. Bytes
    /// and characters split alike in ASCII, so a value with any other byte is left to Vapor.
    static func bearerToken(in headers: HTTPHeaders) -> String? {
        guard var value = headers.first(name: .authorization) else { return nil }
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return headers.bearerAuthorization?.token }
        return value.withUTF8 { bytes in
            var parts: [Range<Int>] = []
            var start: Int?
            for (index, byte) in bytes.enumerated() {
                if byte != UInt8(ascii: " ") {
                    if start == nil { start = index }
                } else if let begun = start {
                    parts.append(begun..<index)
                    start = nil
                }
            }
            if let begun = start { parts.append(begun..<bytes.count) }
            guard parts.count == 2, isBearer(UnsafeBufferPointer(rebasing: bytes[parts[0]])) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[parts[1]]), as: UTF8.self)
        }
    }

    /// Whether ASCII `scheme` is "bearer" in any case.
    private static func isBearer(_ scheme: UnsafeBufferPointer<UInt8>) -> Bool {
        // Setting bit 5 lower-cases an ASCII letter and turns no other byte into one.
        scheme.count == 6 && zip(scheme, "bearer".utf8).allSatisfy { $0 | 0x20 == $1 }
    }
}
