import Crypto
import FluentKit
import Foundation
import SQLKit

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
    static func digest(_ data: Data) -> String { SHA256.hash(data: data).hexDigits }

    /// How a database gives a stored time back: SQLite keeps a `Double` of seconds (to a fraction of a
    /// microsecond); PostgreSQL keeps whole microseconds and cuts off the rest.
    enum TimeStorage: Sendable {
        case seconds
        case microseconds

        /// The storage of `database`'s dialect.
        static func of(_ database: any Database) -> TimeStorage {
            (database as? any SQLDatabase)?.dialect.name == "postgresql" ? .microseconds : .seconds
        }
    }

    /// Times are kept to the millisecond so they survive every database's round trip. For PostgreSQL half a
    /// microsecond is added, because a millisecond that a `Double` holds as `…344.99999` would otherwise be cut to
    /// `…344.999`.
    static func truncate(_ date: Date, for storage: TimeStorage = .microseconds) -> Date {
        let offset = storage == .microseconds ? 0.000_000_5 : 0
        return Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000 + offset)
    }

    /// Whether a stored time is a whole millisecond, as ``truncate(_:for:)`` wrote it: a time moved by a
    /// microsecond or more (less than a millisecond, which hashes the same) is not.
    static func isAsWritten(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        let micro = (seconds - seconds.rounded(.down)) * 1_000_000
        return abs(micro - (micro / 1000).rounded() * 1000) < 0.5
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
