import Crypto
import Foundation
import Vapor

/// The cookie a browser gets when it signs in to an account, so that later it can skip that account's throttle
/// while others are guessing its password (the per-address throttle still applies).
///
/// The value is `v1.<username, base64url>.<issued at, Unix seconds>.<HMAC-SHA256, base64url>`, signed with a
/// random key from ``ServerSecrets``; it names one account and is good for ``lifetime``.
struct KnownDevice: Sendable {
    static let cookieName = "steward-device"
    static let lifetime: TimeInterval = 90 * 24 * 60 * 60
    static let secretName = "known-device-hmac"

    let key: SymmetricKey

    /// A signed cookie value for `username`, issued at `now`.
    func token(for username: String, now: Date) -> String {
        let payload = "v1." + Array(username.utf8).base64URLEncoded + "." + String(Int(now.timeIntervalSince1970))
        return payload + "." + signature(of: payload)
    }

    /// The username a cookie value vouches for, or `nil` when it is forged, malformed or expired.
    func username(in token: String, now: Date) -> String? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0] == "v1", let issued = TimeInterval(parts[2]) else { return nil }
        let payload = parts[0...2].joined(separator: ".")
        guard let sent = Data(base64URL: parts[3]),
              HMAC<SHA256>.isValidAuthenticationCode(sent, authenticating: Data(payload.utf8), using: key)
        else { return nil }
        let age = now.timeIntervalSince1970 - issued
        guard age >= 0, age < Self.lifetime, let name = Data(base64URL: parts[1]) else { return nil }
        return String(data: name, encoding: .utf8)
    }

    /// The cookie to set on the response to a successful sign-in.
    func cookie(for username: String, now: Date, isSecure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token(for: username, now: now), maxAge: Int(Self.lifetime), path: Paths.login.href(),
            isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
    }

    private func signature(of payload: String) -> String {
        Array(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)).base64URLEncoded
    }
}

extension Data {
    /// Decodes base64url without padding, as ``Swift/Array/base64URLEncoded`` writes it.
    init?(base64URL text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
