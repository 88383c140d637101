import Crypto
import Foundation

/// Seals the credentials Steward keeps for AI services (an upstream's API key) with AES-GCM under a key from the key
/// directory, beside the audit trail's signing key: a database dump alone reveals none of them.
struct CredentialSealer: Sendable {
    /// The file of the 256-bit key in the key directory (raw 32 bytes).
    static let keyFile = "gateway-credentials.aes256"

    private let key: SymmetricKey

    init(key: SymmetricKey) { self.key = key }

    /// The installation's key, created on first start.
    static func load(from keys: KeyDirectory) throws -> CredentialSealer {
        let stored = try keys.read(keyFile) ?? keys.create(keyFile, SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
        guard stored.count == 32 else {
            throw StewardError(.internalServerError, "\(keys.path)/\(keyFile) is not a 256-bit key (32 raw bytes)")
        }
        return CredentialSealer(key: SymmetricKey(data: stored))
    }

    /// `secret` sealed, as base64 of nonce, ciphertext and tag.
    func seal(_ secret: String) throws -> String {
        guard let combined = try AES.GCM.seal(Data(secret.utf8), using: key).combined else {
            throw StewardError(.internalServerError, "sealing a credential gave no combined box")
        }
        return combined.base64EncodedString()
    }

    /// The secret `sealed` holds; throws when it was sealed with another key or altered.
    func open(_ sealed: String) throws -> String {
        guard let data = Data(base64Encoded: sealed),
              let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key),
              let secret = String(data: plain, encoding: .utf8)
        else {
            throw StewardError(
                .internalServerError,
                "a stored credential does not open with the key directory's \(Self.keyFile); set the upstream again")
        }
        return secret
    }
}
