import Fluent
import Foundation

/// What verifying the audit trail found: each chain with its length and newest head, and every break.
public struct AuditReport: Sendable {
    /// One chain as verified.
    public struct Chain: Sendable {
        public let name: String
        public let events: Int
        /// The newest signed head the chain was checked against, if any.
        public let head: AuditHead?
    }

    public let chains: [Chain]
    /// Every place where the trail does not hold, chain by chain.
    public let breaks: [String]

    public var holds: Bool { breaks.isEmpty }
    public var events: Int { chains.map(\.events).reduce(0, +) }
}

extension AuditTrail {
    /// Recomputes every chain, checks every signature, and checks each chain against its newest signed head in the
    /// database, the one kept in the key directory and any `heads` an auditor hands in.
    func verify(against heads: [AuditHead] = []) async throws -> AuditReport {
        let external = heads + (try headsInKeyDirectory())
        var names = Set(try await chains()).union(external.map(\.chain))
        names.formUnion(try await AuditHeadModel.query(on: database).unique().all(\.$chain))
        let genesis = try await Self.genesis(on: database)
        var chains: [AuditReport.Chain] = []
        var breaks: [AuditBreak] = []
        for name in names.sorted() {
            let events = try await AuditEventModel.query(on: database).filter(\.$chain == name).sort(\.$sequence).all()
                .map(\.stored)
            breaks += AuditChain.breaks(
                in: name, events: events, genesis: name == AuditChain.legacy ? AuditChain.genesis : genesis,
                signer: context.signer)
            let candidates = ([try await latestHead(of: name)].compactMap { $0 } + external.filter { $0.chain == name })
            for head in Set(candidates).sorted(by: { $0.sequence < $1.sequence }) {
                if let problem = Self.problem(with: head, events: events) {
                    breaks.append(AuditBreak(chain: name, sequence: head.sequence, eventID: nil, problem: problem))
                } else if !head.isSigned(by: context.signer) {
                    breaks.append(AuditBreak(
                        chain: name, sequence: head.sequence, eventID: nil,
                        problem: "the head of \(Self.day(head.signedAt)) is not signed by this installation's key"))
                }
            }
            chains.append(AuditReport.Chain(
                name: name, events: events.count, head: candidates.max { $0.sequence < $1.sequence }))
        }
        return AuditReport(chains: chains, breaks: breaks.map(\.description))
    }

    /// What is wrong with the chain in the light of a signed head, or nil when the chain still contains it.
    private static func problem(with head: AuditHead, events: [StoredAuditEvent]) -> String? {
        let signed = "a head signed on \(day(head.signedAt))"
        guard let event = events.first(where: { $0.link.sequence == head.sequence }) else {
            let length = events.last?.link.sequence ?? 0
            return "the chain ends at event #\(length), but \(signed) vouches for #\(head.sequence): events were removed"
        }
        guard event.hash == head.hash else {
            return "the event differs from \(signed): the chain was rewritten"
        }
        return nil
    }

    private static func day(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
