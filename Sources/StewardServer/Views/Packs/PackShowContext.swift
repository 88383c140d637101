import Foundation
import PolicyEngine
import Vapor

/// One pack: its rules with their citations, the text in force, and every version adopted.
struct PackShowContext: Encodable {
    struct Version: Encodable {
        let number: Int
        let packVersion: Int
        let effective: String
        let scope: String
        let adopted: String
        let standing: String
    }

    struct RuleRow: Encodable {
        let id: String
        let effect: String
        let citation: String
        let reason: String
    }

    let layout: LayoutContext
    let title: String
    let packID: String
    let document: String
    let scope: String
    let source: String
    let rules: [RuleRow]
    let versions: [Version]
    let canAdopt: Bool
    let newVersionHref: String

    init(request: Request, history: [PolicyAdoptionModel], units: [BargainingUnitModel]) throws {
        let current = history.first { $0.supersededAt == nil } ?? history[0]
        let pack = try current.record(reusing: try request.application.policy).adoption.pack
        layout = LayoutContext(request: request, title: current.title)
        title = current.title
        packID = current.packID
        document = pack.source.document
        let scope = PackScope(units: units)
        self.scope = scope.text(current.unitIDs)
        source = current.source
        rules = pack.rules.map { rule in
            RuleRow(id: rule.id, effect: rule.effect.description, citation: rule.citation.description, reason: rule.reason)
        }
        versions = history.map { version in
            Version(
                number: version.number, packVersion: version.packVersion, effective: version.effective,
                scope: scope.text(version.unitIDs),
                adopted: "\(DisplayFormat.date(version.adoptedAt)) by \(version.adoptedBy)",
                standing: version.supersededAt.map { "Replaced \(DisplayFormat.date($0))" } ?? "In force")
        }
        canAdopt = request.actor.capabilities.canAdoptPolicy
        newVersionHref = Paths.newPack.href() + "?from=" + current.packID
    }
}
