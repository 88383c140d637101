import Fluent
import Foundation
import PolicyEngine
import StewardCore

extension PackService {
    /// Adopts a pack, or a new version of one, with its scope: the server numbers the version, the one it replaces
    /// stays on record, and every open or approved use whose decision changes is re-decided in the same
    /// transaction, as the review workflow requires (steps opened or waived, uses prohibited or suspended).
    /// - Throws: a 422 ``StewardError`` naming each problem with its line, column and rule id; nothing is adopted.
    func adopt(_ draft: PackDraft) async throws -> (version: PolicyAdoptionModel, preview: PackPreview) {
        let preview = try await preview(draft)
        let now = authorizer.clock()
        let model = PolicyAdoptionModel(
            pack: preview.pack, source: draft.source, number: 1,
            units: preview.units.compactMap(\.id), by: authorizer.actor.name, at: now)
        let suspended = try await authorizer.database.transaction { db in
            let earlier = try await PolicyAdoptionModel.query(on: db).filter(\.$packID == preview.pack.id).all()
            model.number = (earlier.map(\.number).max() ?? 0) + 1
            for version in earlier where version.supersededAt == nil {
                version.supersededAt = now
                try await version.save(on: db)
            }
            try await model.create(on: db)
            let scope = preview.units.isEmpty ? "the whole organization" : preview.units.map(\.name).joined(separator: ", ")
            try await authorizer.auditTrail(on: db).record(
                AuditEntry(
                    actor: authorizer.actor, action: "policy.adopt", objectType: "policy-pack",
                    objectID: preview.pack.id, zone: .organization,
                    summary: "adopted \"\(preview.pack.title)\" version \(model.number) for \(scope); "
                        + "\(preview.changes.count) use(s) decided differently",
                    change: ["pack": preview.pack.id, "number": String(model.number),
                             "packVersion": String(preview.pack.version), "units": model.unitIDs.joined(separator: ","),
                             "rules": String(preview.pack.rules.count)]))
            return try await ReviewService.redecide(
                preview.changes, cause: "adopting \"\(preview.pack.title)\" version \(model.number)",
                authorizer: authorizer, on: db, now: now)
        }
        authorizer.context.policies.replace(with: try await PolicyService.load(on: authorizer.database), at: now)
        for useCase in suspended {
            await authorizer.suspensionNotice.send(
                about: useCase, cause: "adopted version \(model.number) of the policy pack \"\(preview.pack.title)\"")
        }
        return (model, preview)
    }
}
