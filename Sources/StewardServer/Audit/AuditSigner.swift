import Crypto
import Foundation

/// Signs the audit trail with an Ed25519 key from the key directory: every event's hash, and the heads that anchor
/// each chain. Someone who can write to the database but not read the key directory cannot forge either.
struct AuditSigner: Sendable {
    /// The file of the private key in the key directory (raw 32 bytes).
    static let keyFile = "audit-signing.ed25519"

    private let key: Curve25519.Signing.PrivateKey
    /// A short name of the key: the first 16 hex digits of the SHA-256 of its public key.
    let keyID: String

    init(key: Curve25519.Signing.PrivateKey) {
        self.key = key
        keyID = String(AuditChain.digest(key.publicKey.rawRepresentation).prefix(16))
    }

    /// The installation's key, created on first start.
    static func load(from keys: KeyDirectory) throws -> AuditSigner {
        let stored = try keys.read(keyFile) ?? keys.create(keyFile, Curve25519.Signing.PrivateKey().rawRepresentation)
        do {
            return AuditSigner(key: try Curve25519.Signing.PrivateKey(rawRepresentation: stored))
        } catch {
            throw StewardError(
                .internalServerError, "\(keys.path)/\(keyFile) is not an Ed25519 private key (32 raw bytes)")
        }
    }

    /// The signature of `message`, base64-encoded.
    func sign(_ message: String) throws -> String {
        try key.signature(for: Data(message.utf8)).base64EncodedString()
    }

    /// Whether `signature` is this key's signature of `message`.
    func isValid(_ signature: String, of message: String) -> Bool {
        guard let bytes = Data(base64Encoded: signature) else { return false }
        return key.publicKey.isValidSignature(bytes, for: Data(message.utf8))
    }
}
