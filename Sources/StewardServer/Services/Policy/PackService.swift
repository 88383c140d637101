import Fluent
import Foundation
import PolicyEngine
import StewardCore

/// The policy packs an organization adopts (DESIGN.md, "The policy engine"): the versions in force and their
/// history, what a new text would change, and adopting it, which re-decides the uses it changes.
struct PackService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    /// The versions in force, by pack id.
    func inForce() async throws -> [PolicyAdoptionModel] {
        try await authorizer.require(.read, in: .organization, on: "policy packs")
        return try await PolicyAdoptionModel.query(on: database).filter(\.$supersededAt == nil).ordered(by: \.$packID)
            .all()
    }

    /// One page of the packs in force, by pack id, keyed by the last adoption's id.
    func inForce(_ page: PageRequest) async throws -> Page<PolicyAdoptionModel> {
        try await authorizer.require(.read, in: .organization, on: "policy packs")
        return try await PolicyAdoptionModel.query(on: database).filter(\.$supersededAt == nil)
            .page(page, by: \.$packID)
    }

    /// Every version of one pack, newest first.
    func history(of packID: String) async throws -> [PolicyAdoptionModel] {
        try await authorizer.require(.read, in: .organization, on: "policy packs")
        let versions = try await PolicyAdoptionModel.query(on: database).filter(\.$packID == packID)
            .sort(\.$number, .descending).all()
        guard !versions.isEmpty else { throw StewardError.notFound("no adopted pack with id \(packID.prefix(100))") }
        return versions
    }

    /// The packs that ship with Steward, to copy and adapt; each rule carries its citation.
    func templates() async throws -> [(pack: PolicyPack, yaml: String)] {
        try await authorizer.require(.read, in: .organization, on: "policy packs")
        do {
            return try ShippedPacks.withTexts()
        } catch {
            throw StewardError(.internalServerError, "a shipped policy pack does not load: \(error)")
        }
    }

    /// The text a new pack or version starts from: a shipped template's, or the version in force of an adopted
    /// pack's; empty when neither is named.
    func startingText(template: String?, from packID: String?) async throws -> PackDraft {
        try await authorizer.require(.adoptPolicy, in: .organization, on: "policy packs")
        if let template, !template.isEmpty {
            guard let shipped = try await templates().first(where: { $0.pack.id == template }) else {
                throw StewardError.notFound("no shipped pack with id \(template.prefix(100))")
            }
            return PackDraft(source: shipped.yaml, unitIDs: [])
        }
        if let packID, !packID.isEmpty {
            guard let version = try await history(of: packID).first(where: { $0.supersededAt == nil }) else {
                throw StewardError.notFound("no pack in force with id \(packID.prefix(100))")
            }
            return PackDraft(source: version.source, unitIDs: version.unitIDs)
        }
        return PackDraft(source: "", unitIDs: [])
    }

    /// Checks a pack's text and scope, and says what adopting it would change.
    /// - Throws: a 422 ``StewardError`` naming each problem with its line, column and rule id.
    func preview(_ draft: PackDraft) async throws -> PackPreview {
        try await authorizer.require(.adoptPolicy, in: .organization, on: "policy packs")
        var problems: [DomainError] = []
        var pack: PolicyPack?
        if draft.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(DomainError(code: .invalidField, field: "source", message: "write or upload a pack"))
        } else {
            do {
                pack = try PolicyPack(yaml: draft.source, file: "source")
            } catch {
                problems += PackDraft.problems(of: error)
            }
        }
        let units = try await scope(draft.unitIDs, problems: &problems)
        guard let pack, problems.isEmpty else { throw StewardError.invalid(problems) }
        let current = authorizer.context.policy
        let after: AdoptedPolicy
        do throws(PolicyPackError) {
            after = try current.adopted.adopting(
                AdoptedPolicy.Adoption(pack: pack, units: Set(units.compactMap(\.id).map(BargainingUnitID.init))))
        } catch {
            throw StewardError.invalid([
                DomainError(code: .invalidField, field: "source", message: error.message, line: draft.versionLine, column: 1)
            ])
        }
        let previous = current.versions.first { $0.adoption.pack.id == pack.id }
        let uses = try await UseCaseModel.query(on: database).with(\.$tool).with(\.$unit).sort(\.$title).all()
        let cases = try uses.map { use in
            let domain = try use.domain()
            return (name: use, unit: domain.unitID, facts: domain.facts(of: try use.tool.domain()))
        }
        let changes = current.adopted.changes(to: after, cases: cases).map {
            DecisionChange(useCase: $0.name, before: $0.before, after: $0.after)
        }
        return PackPreview(
            draft: draft, pack: pack, units: units, previous: previous,
            diff: previous.map { PackDiff(from: $0.adoption.pack, to: pack) }, changes: changes, after: after)
    }

    /// The units a pack is to apply to, each id checked.
    private func scope(_ ids: [String], problems: inout [DomainError]) async throws -> [BargainingUnitModel] {
        var units: [BargainingUnitModel] = []
        for (index, text) in ids.enumerated() {
            guard let id = UUID(uuidString: text.trimmingCharacters(in: .whitespaces)),
                  let unit = try await BargainingUnitModel.find(id, on: database)
            else {
                problems.append(DomainError(
                    code: .invalidField, field: "unitIDs[\(index)]",
                    message: "no bargaining unit with id `\(text.prefix(60))`"))
                continue
            }
            if !units.contains(where: { $0.id == unit.id }) { units.append(unit) }
        }
        return units
    }
}

extension Authorizer {
    var packs: PackService { PackService(authorizer: self) }
}
