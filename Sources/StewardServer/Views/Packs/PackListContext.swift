import Foundation
import PolicyEngine
import Vapor

/// The policy packs in force with where each applies, and the shipped packs to start a new one from.
struct PackListContext: Encodable {
    struct Pack: Encodable {
        let title: String
        let packID: String
        let href: String
        let version: String
        let effective: String
        let scope: String
        let adopted: String
    }

    struct Template: Encodable {
        let title: String
        let document: String
        let rules: Int
        let href: String
    }

    let packs: [Pack]
    let templates: [Template]
    let canAdopt: Bool
    let newHref: String

    init(
        request: Request, versions: [PolicyAdoptionModel], units: [BargainingUnitModel],
        templates: [(pack: PolicyPack, yaml: String)]
    ) {
        let scope = PackScope(units: units)
        packs = versions.map { version in
            Pack(
                title: version.title, packID: version.packID, href: Paths.pack.href(version.packID),
                version: "\(version.number) (the text's own: \(version.packVersion))", effective: version.effective,
                scope: scope.text(version.unitIDs),
                adopted: "\(DisplayFormat.date(version.adoptedAt)) by \(version.adoptedBy)")
        }
        self.templates = templates.map { template in
            Template(
                title: template.pack.title, document: template.pack.source.document, rules: template.pack.rules.count,
                href: Paths.newPack.href() + "?template=" + template.pack.id)
        }
        canAdopt = request.actor.capabilities.canAdoptPolicy
        newHref = Paths.newPack.href()
    }
}
