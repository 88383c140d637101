import Crypto
import Foundation

/// The hash chains of the audit trail. Each zone has a chain of its own, so each reader sees a complete chain of
/// what they may read; each event's hash covers every column of the event and the previous event's hash, so
/// changing, removing or reordering any event breaks every hash after it. Events written before the chains were
/// split form the frozen `legacy` chain, kept as it was and hashed the way it was.
enum AuditChain {
    /// The previous hash of the first event of a chain when there is no legacy chain.
    static let genesis = String(repeating: "0", count: 64)
    /// The chain of the events written before each zone had its own chain.
    static let legacy = "legacy"

    /// The fields of one event that its hash covers.
    struct Link: Sendable {
        let id: UUID
        /// The event's position in the whole table (all chains); never shown to readers.
        let position: Int
        let chain: String
        /// The event's number within its chain, from 1.
        let sequence: Int
        let occurredAt: Date
        let actorID: UUID?
        let actorName: String
        let action: String
        let objectType: String
        let objectID: String
        let zone: String
        let summary: String
        let digest: String
        let previousHash: String
    }

    /// The hash of an event: the original layout for the legacy chain, every column for the others.
    static func hash(_ link: Link) -> String {
        let common = [
            String(milliseconds(link.occurredAt)), link.actorID?.uuidString.lowercased() ?? "", link.actorName,
            link.action, link.objectType, link.objectID, link.zone, link.summary, link.digest, link.previousHash,
        ]
        let fields = link.chain == legacy
            ? [String(link.sequence)] + common
            : ["v2", link.id.uuidString.lowercased(), String(link.position), link.chain, String(link.sequence)] + common
        // Lengths before each field keep the encoding unambiguous whatever the fields contain.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return digest(Data(canonical.utf8))
    }

    /// What an event's signature signs: its chain, number and hash.
    static func signedMessage(of link: Link, hash: String) -> String {
        "steward-audit-event|\(link.chain)|\(link.sequence)|\(hash)"
    }

    /// The SHA-256 digest of some bytes, in hex.
    static func digest(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// Dates are kept to the millisecond so they survive every database's round trip unchanged. Half a
    /// microsecond is added because PostgreSQL keeps microseconds and cuts off the rest: a millisecond that a
    /// `Double` holds as `…344.99999` would otherwise come back as `…344.999`.
    static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000 + 0.000_000_5)
    }

    /// Whether a stored time is a whole millisecond, as every event's time is written (within the half microsecond
    /// of ``truncate(_:)``); a time moved by a microsecond or more is not, although it may hash the same.
    static func isWholeMillisecond(_ date: Date) -> Bool {
        let value = date.timeIntervalSince1970 * 1000
        return abs(value - value.rounded()) < 0.000_8
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
