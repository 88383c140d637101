import Fluent
import Foundation
import StewardCore

/// What an auditor filters the trail by; every part is optional.
struct AuditFilter: Sendable {
    /// The chain: a zone's name, or `legacy`; nil for the first chain the reader may read.
    var chain: String?
    var objectType: String?
    var objectID: String?
    var actorName: String?
    var from: Date?
    var until: Date?
}

/// Reads the audit trail, one chain at a time, newest first, for the people who oversee that chain's zone.
struct AuditQueryService: Sendable {
    let authorizer: Authorizer

    /// The chains the actor may read, in the order pages list them.
    var readableChains: [String] {
        let zones: [Zone] = [.organization, .unionPrivate, .restricted, .public]
        return zones.filter { authorizer.allows(.readAuditTrail, in: $0) }.map(\.rawValue)
    }

    /// The legacy chain is read by the trail's readers of the organization zone, and only in zones they may read.
    private var readsLegacy: Bool { authorizer.allows(.readAuditTrail, in: .organization) }

    /// Whether the actor sees the counts of refused requests: those who read the organization's chain.
    var readsRefusals: Bool { readsLegacy }

    /// The chains to offer: the readable ones, and the legacy chain where it exists and may be read.
    func chains() async throws -> [String] {
        // Only the chain column, so the chain's index answers alone: the planner scans the whole table for a count
        // of ids when its statistics say nearly every event is of one chain.
        let hasLegacy = try await AuditEventModel.query(on: authorizer.database)
            .filter(\.$chain == AuditChain.legacy).field(\.$chain).first() != nil
        return readableChains + (hasLegacy && readsLegacy ? [AuditChain.legacy] : [])
    }

    /// One page of a chain's events, newest first.
    func events(matching filter: AuditFilter, page: PageRequest) async throws -> (chain: String, page: Page<AuditEventModel>) {
        let chain = try await authorize(filter.chain)
        var query = AuditEventModel.query(on: authorizer.database).filter(\.$chain == chain)
        if chain == AuditChain.legacy { query = query.visible(to: authorizer, zone: \.$zone) }
        if let type = filter.objectType { query = query.filter(\.$objectType == type) }
        if let id = filter.objectID { query = query.filter(\.$objectID == id) }
        if let actor = filter.actorName { query = query.filter(\.$actorName == actor) }
        if let from = filter.from { query = query.filter(\.$occurredAt >= from) }
        if let until = filter.until { query = query.filter(\.$occurredAt < until) }
        if let after = try page.afterNumber() { query = query.filter(\.$sequence < after) }
        let fetched = try await query.sort(\.$sequence, .descending).limit(page.limit + 1).all()
        return (chain, Page(fetched: fetched, limit: page.limit) { String($0.sequence) })
    }

    /// The chain asked for, or the first the actor may read; refuses a chain the actor may not read.
    private func authorize(_ chain: String?) async throws -> String {
        let missing = StewardError.notFound("no audit chain \(chain ?? "")")
        guard let chain else {
            guard let first = readableChains.first else {
                try await authorizer.require(.readAuditTrail, in: .organization, on: missing)
                return Zone.organization.rawValue
            }
            return first
        }
        if chain == AuditChain.legacy {
            try await authorizer.require(.readAuditTrail, in: .organization, on: missing)
            return chain
        }
        guard let zone = Zone(rawValue: chain) else {
            let known = (Zone.allCases.map(\.rawValue) + [AuditChain.legacy]).joined(separator: ", ")
            throw StewardError(.badRequest, "query parameter `chain`: unknown chain `\(chain.prefix(40))`; one of \(known)")
        }
        try await authorizer.require(.readAuditTrail, in: zone, on: missing)
        return chain
    }
}
