import Crypto
import Foundation

/// The hash chain of the audit trail: each event's hash covers its fields and the previous event's hash, so
/// changing, removing or reordering any event breaks every hash after it.
enum AuditChain {
    /// The previous hash of the first event.
    static let genesis = String(repeating: "0", count: 64)

    /// The fields of one event that its hash covers.
    struct Link: Sendable {
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

    /// The hash of an event.
    static func hash(_ link: Link) -> String {
        let milliseconds = Int64((link.occurredAt.timeIntervalSince1970 * 1000).rounded())
        let fields = [
            String(link.sequence), String(milliseconds), link.actorID?.uuidString.lowercased() ?? "", link.actorName,
            link.action, link.objectType, link.objectID, link.zone, link.summary, link.digest, link.previousHash,
        ]
        // Lengths before each field keep the encoding unambiguous whatever the fields contain.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return hex(SHA256.hash(data: Data(canonical.utf8)))
    }

    /// The SHA-256 digest of a change, in hex.
    static func digest(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// Dates are kept to the millisecond so they survive every database's round trip unchanged.
    static func truncate(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// Where the chain first fails to hold.
    struct Break: Error, Sendable, CustomStringConvertible {
        let sequence: Int
        let eventID: String
        let problem: String
        var description: String { "audit event #\(sequence) (\(eventID)): \(problem)" }
    }

    /// Checks a whole chain, in sequence order; returns the first break, or nil when it holds.
    static func firstBreak(in links: [(id: String, link: Link, hash: String)]) -> Break? {
        var expectedPrevious = genesis
        for (index, event) in links.enumerated() {
            let link = event.link
            if link.sequence != index + 1 {
                return Break(
                    sequence: link.sequence, eventID: event.id,
                    problem: "expected sequence number \(index + 1); an event is missing or out of order")
            }
            if link.previousHash != expectedPrevious {
                return Break(
                    sequence: link.sequence, eventID: event.id,
                    problem: "its previous hash does not match the hash of event #\(index)")
            }
            if hash(link) != event.hash {
                return Break(
                    sequence: link.sequence, eventID: event.id,
                    problem: "its hash does not match its contents; the event was altered")
            }
            expectedPrevious = event.hash
        }
        return nil
    }
}
