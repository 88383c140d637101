import Foundation

/// A place where the audit trail does not hold: a chain, the event concerned (when there is one) and what is wrong.
struct AuditBreak: Error, Sendable, Hashable, CustomStringConvertible {
    let chain: String
    let sequence: Int
    let eventID: String?
    let problem: String

    var description: String {
        let event = eventID.map { " (\($0))" } ?? ""
        return "\(chain) chain, event #\(sequence)\(event): \(problem)"
    }
}

/// One stored event as verification reads it.
struct StoredAuditEvent: Sendable {
    let link: AuditChain.Link
    let hash: String
    let signature: String?
    let keyID: String?
}

extension AuditChain {
    /// Every break in one chain, in order. Checking goes on after a break, so one altered event is reported once and
    /// a later, separate alteration is reported too.
    static func breaks(
        in chain: String, events: [StoredAuditEvent], genesis: String, signer: AuditSigner
    ) -> [AuditBreak] {
        var breaks: [AuditBreak] = []
        var expectedSequence = 1
        var expectedPrevious = genesis
        for event in events {
            let link = event.link
            func report(_ problem: String) {
                breaks.append(AuditBreak(
                    chain: chain, sequence: link.sequence, eventID: link.id.uuidString.lowercased(), problem: problem))
            }
            if link.sequence != expectedSequence {
                let missing = link.sequence > expectedSequence
                    ? "events #\(expectedSequence)…#\(link.sequence - 1) are missing"
                    : "it repeats or reorders an earlier number"
                report("expected event #\(expectedSequence); \(missing)")
            } else if link.previousHash != expectedPrevious {
                report("its previous hash does not match the hash of the event before it")
            }
            if hash(link) != event.hash {
                report("its hash does not match its contents; the event was altered")
            } else if chain != legacy {
                if !isAsWritten(link.occurredAt) { report("its time was moved; the event was altered") }
                if let problem = signatureProblem(event, signer: signer) { report(problem) }
            }
            expectedSequence = link.sequence + 1
            expectedPrevious = event.hash
        }
        return breaks
    }

    private static func signatureProblem(_ event: StoredAuditEvent, signer: AuditSigner) -> String? {
        guard let signature = event.signature, let keyID = event.keyID else {
            return "it carries no signature; it was not written by Steward"
        }
        guard keyID == signer.keyID else {
            return "it is signed with key \(keyID), not with this installation's key \(signer.keyID)"
        }
        guard signer.isValid(signature, of: signedMessage(of: event.link, hash: event.hash)) else {
            return "its signature does not match; the event was forged or altered"
        }
        return nil
    }
}
