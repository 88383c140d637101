import Fluent
import Foundation

extension AuditTrail {
    /// The file in the key directory that keeps the latest signed head of `chain`, outside the database.
    static func headFile(of chain: String) -> String { "audit-head-\(chain).json" }

    /// Records a signed head of every chain that grew since its last head, in the database and in the key directory,
    /// and returns the newest head of every chain.
    @discardableResult
    func anchor() async throws -> [AuditHead] {
        var heads: [AuditHead] = []
        for chain in try await chains() {
            guard let last = try await AuditEventModel.query(on: database).filter(\.$chain == chain)
                .sort(\.$sequence, .descending).first()
            else { continue }
            let recorded = try await latestHead(of: chain)
            if let recorded, recorded.sequence == last.sequence, recorded.hash == last.hash {
                heads.append(recorded)
                continue
            }
            let head = try AuditHead.signed(
                chain: chain, sequence: last.sequence, hash: last.hash, at: context.clock(), by: context.signer)
            try await AuditHeadModel(head).create(on: database)
            try context.keys.replace(Self.headFile(of: chain), try AuditHead.encoder.encode(head))
            heads.append(head)
        }
        return heads
    }

    /// The chains that hold events.
    func chains() async throws -> [String] {
        let rows = try await AuditEventModel.query(on: database).unique().all(\.$chain)
        return Array(Set(rows)).sorted()
    }

    /// The newest head of `chain` recorded in the database.
    func latestHead(of chain: String) async throws -> AuditHead? {
        try await AuditHeadModel.query(on: database).filter(\.$chain == chain)
            .sort(\.$sequence, .descending).sort(\.$signedAt, .descending).first()?.head
    }

    /// The heads kept in the key directory, one per chain.
    func headsInKeyDirectory() throws -> [AuditHead] {
        try context.keys.files(startingWith: "audit-head-").compactMap { name in
            guard name.hasSuffix(".json"), let data = try context.keys.read(name) else { return nil }
            return try AuditHead.parse(lines: String(decoding: data, as: UTF8.self), source: name).first
        }
    }
}
