import Fluent
import Foundation
import PolicyEngine
import StewardCore

/// Tells the owners of a use that was just suspended (its requester and the AI officers) by e-mail, with the
/// rules that now prohibit it (issue 7, "a use that becomes prohibited is suspended and its owners are told").
/// Mail that fails is logged: the suspension stands whether or not anyone could be told.
struct SuspensionNotice: Sendable {
    let authorizer: Authorizer

    /// Sends the notice about `useCase`, whose tool is loaded, to each owner with an e-mail address; `cause` says
    /// what the person who suspended it did.
    func send(about useCase: UseCaseModel, cause: String = "changed its facts") async {
        guard let mailer = authorizer.context.mailer else { return }
        do {
            let decision = authorizer.context.policy.decide(try useCase.domain(), of: try useCase.tool.domain())
            let owners = try await PersonModel.query(on: authorizer.database).filter(\.$email != nil)
                .group(.or) { owner in
                    owner.filter(\.$role == .aiOfficer)
                    if let requester = useCase.requestedByID { owner.filter(\.$id == requester) }
                }
                .sort(\.$username).all()
            let reasons = decision.fired.filter { $0.rule.effect == .prohibit }
                .map { "  * \($0.rule.reason) (\($0.rule.citation))" }
            let link = mailer.link(Paths.useCase.href(UseCaseID(try useCase.requireID())))
            for owner in owners {
                guard let address = owner.email.flatMap({ MailAddress($0, name: owner.displayName) }) else { continue }
                do {
                    try await mailer.send(
                        to: address, subject: "Steward: \"\(useCase.title)\" is suspended",
                        body: body(to: owner, about: useCase, cause: cause, reasons: reasons, link: link), date: authorizer.clock())
                } catch {
                    authorizer.logger.error(
                        "could not tell \(owner.username) that \"\(useCase.title)\" is suspended: \(error)")
                }
            }
        } catch {
            authorizer.logger.error("could not send the notices that \"\(useCase.title)\" is suspended: \(error)")
        }
    }

    private func body(
        to owner: PersonModel, about useCase: UseCaseModel, cause: String, reasons: [String], link: String
    ) -> String {
        let changedBy = authorizer.actor.person?.displayName ?? authorizer.actor.name
        let day = DisplayFormat.date(authorizer.clock())
        let opening = [
            "Hello \(owner.displayName),", "",
            "The use \"\(useCase.title)\" of \(useCase.tool.name) was suspended on \(day).",
            "\(changedBy) \(cause), and the policy packs in force now prohibit it.",
            "It may not be used while it is suspended.", "", "Why:",
        ]
        return (opening + reasons + ["", "The use and its decision: \(link)"]).joined(separator: "\n")
    }
}

extension Authorizer {
    var suspensionNotice: SuspensionNotice { SuspensionNotice(authorizer: self) }
}
