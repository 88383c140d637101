import Foundation
import Synchronization
import Vapor

/// What every service needs besides the database: the one clock the server reads the time from, the key
/// directory with the audit trail's signing key, the policy packs in force, and the mailer.
struct StewardContext: Sendable {
    let clock: @Sendable () -> Date
    let signer: AuditSigner
    let keys: KeyDirectory
    /// Seals the AI services' credentials the gateway keeps.
    let sealer: CredentialSealer
    /// The policy packs in force, which an adoption replaces.
    let policies: PolicyStore
    /// The organization's time zone, in which "today" is counted.
    let zone: OrganizationZone
    /// Nil when no mail is configured.
    let mailer: Mailer?
    /// The gateway's cache of records, which every change clears; nil before the gateway is set up.
    var gatewayDirectory: GatewayDirectory? = nil
    /// What this server remembers between requests, which every change clears; nil outside a server.
    var caches: ServerCaches? = nil

    /// The policy in force now.
    var policy: PolicyService { policies.current }

    /// Forgets what this server's caches knew of the records, after a change to them.
    func forgetCachedRecords() {
        gatewayDirectory?.invalidate()
        caches?.removeAll()
    }
}

extension Application {
    private struct KeysKey: StorageKey {
        typealias Value = LoadedKeys
    }

    /// The key directory, what was loaded from it, and the context last composed with them.
    private struct LoadedKeys: Sendable {
        let keys: KeyDirectory
        let signer: AuditSigner
        let sealer: CredentialSealer
        let composed = ComposedContext()
    }

    /// Opens the key directory and loads the signing key; ``configure(_:settings:)`` calls it first.
    func useKeys(at path: String, creating: Bool = true) throws {
        guard creating || FileManager.default.fileExists(atPath: path) else {
            throw StewardError(
                .notFound, "no key directory at \(path); name the installation's with --key-directory")
        }
        let keys = try KeyDirectory.open(path)
        storage[KeysKey.self] = LoadedKeys(
            keys: keys, signer: try AuditSigner.load(from: keys), sealer: try CredentialSealer.load(from: keys))
    }

    /// The clock and keys of this application, composed on first use after any of its parts was set.
    var steward: StewardContext {
        get throws {
            guard let loaded = storage[KeysKey.self] else {
                throw StewardError(.internalServerError, "the key directory was not opened before use")
            }
            return try loaded.composed.value {
                StewardContext(
                    clock: clock, signer: loaded.signer, keys: loaded.keys, sealer: loaded.sealer,
                    policies: try policies, zone: try organizationZone, mailer: mailer,
                    gatewayDirectory: try? gateway.directory, caches: try? caches)
            }
        }
    }

    /// Makes the next ``steward`` compose the context again: every setter of one of its parts calls it.
    func forgetComposedContext() {
        storage[KeysKey.self]?.composed.forget()
    }
}

/// The ``StewardContext`` as last composed from the application's storage, so that each request does not look its
/// parts up again.
private final class ComposedContext: Sendable {
    private let context = Mutex<StewardContext?>(nil)

    /// The context, composed by `compose` unless it is kept already. Holding the lock while composing means that a
    /// part set meanwhile forgets the context only after it is kept.
    func value(compose: () throws -> StewardContext) throws -> StewardContext {
        try context.withLock { kept in
            if let kept { return kept }
            let composed = try compose()
            kept = composed
            return composed
        }
    }

    func forget() {
        context.withLock { $0 = nil }
    }
}
