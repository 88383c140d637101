import Foundation

/// The SMTP server that sends Steward's mail, from a URL: `smtp://user:pass@host:587` (STARTTLS whenever the server
/// offers it) or `smtps://user:pass@host:465` (TLS from the first byte). User and password are optional and
/// percent-encoded; the ports shown are the defaults.
public struct SMTPServer: Sendable, Equatable {
    public enum Security: Sendable, Equatable {
        /// Plain connection, upgraded with STARTTLS when the server offers it (`smtp://`).
        case startTLSWhenOffered
        /// TLS from the start (`smtps://`).
        case implicitTLS
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// A PEM file of certificates to trust instead of the system's, for a server with a private certificate
    /// (`STEWARD_SMTP_CA_FILE`).
    public var trustedCertificates: String?

    /// Reads an `smtp://` or `smtps://` URL.
    /// - Throws: ``StewardSettingsError`` naming what is wrong with it.
    public init(url text: String, trustedCertificates: String? = nil) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty
        else {
            throw StewardSettingsError(message: "STEWARD_SMTP_URL is not a URL like smtp://user:pass@host:587")
        }
        switch scheme {
        case "smtp": security = .startTLSWhenOffered
        case "smtps": security = .implicitTLS
        default:
            throw StewardSettingsError(
                message: "STEWARD_SMTP_URL starts with `\(scheme)://`; use smtp:// (STARTTLS) or smtps:// (TLS)")
        }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        port = url.port ?? (security == .implicitTLS ? 465 : 587)
        username = url.user.flatMap { $0.isEmpty ? nil : $0 }
        password = url.password
        if username != nil, password == nil {
            throw StewardSettingsError(message: "STEWARD_SMTP_URL names a user but no password (smtp://user:pass@host)")
        }
        self.trustedCertificates = trustedCertificates
    }

    /// Whether the server is on this machine, where credentials may travel without TLS.
    var isLoopback: Bool { ["localhost", "127.0.0.1", "::1"].contains(host.lowercased()) }
}
