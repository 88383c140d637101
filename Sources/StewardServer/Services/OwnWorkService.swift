import Fluent
import Foundation
import SQLKit
import StewardCore

/// What the signed-in person has to do themselves, besides the steps of their role: the committee's action items,
/// audit follow-ups and classification plans they own and have not done, and whether an open review step names
/// them. Read in one query of plain rows, as each reader's own part of What's due is read on every visit.
struct OwnWorkService: Sendable {
    let authorizer: Authorizer

    /// One thing the person owns, with the day it is due.
    struct Item: Sendable {
        enum Kind: String, Sendable {
            case action
            case followUp = "follow-up"
            case plan
        }

        /// A plan's kind and the title of its classification.
        struct Plan: Sendable {
            let kind: ClassificationPlanModel.Kind
            let classification: String
        }

        let kind: Kind
        /// What is to be done, in the words it was recorded in.
        let text: String
        let dueOn: String?
        /// What the item belongs to: the meeting of an action, the audit step of a follow-up, the classification of
        /// a plan.
        let subjectID: UUID
        let plan: Plan?
    }

    /// The person's open items, each kind soonest due first, and whether an open step they may read names them (as
    /// ``ReviewService/anyOpenStepNamesActor()`` tells it for the API's list of steps).
    struct Work: Sendable {
        let items: [Item]
        let anOpenStepNamesThem: Bool

        func items(_ kind: Item.Kind) -> [Item] { items.filter { $0.kind == kind } }
    }

    /// The signed-in person's own work; nothing for someone not signed in.
    func read() async throws -> Work {
        guard let person = authorizer.actor.person else { return Work(items: [], anOpenStepNamesThem: false) }
        guard let sql = authorizer.database as? any SQLDatabase else {
            throw StewardError(.internalServerError, "a person's own work needs an SQL database")
        }
        let id = person.id.uuid
        let zones = authorizer.readableZones.map(\.rawValue)
        let rows = try await sql.raw("""
            SELECT 'action' AS kind, a.text AS text, a.due_on AS due_on, a.meeting_id AS subject_id, \
            NULL AS plan_kind, NULL AS classification \
            FROM committee_actions a WHERE a.owner_id = \(bind: id) AND a.done_on IS NULL \
            UNION ALL \
            SELECT 'follow-up', f.follow_up, f.due_on, u.step_id, NULL, NULL \
            FROM audit_findings f JOIN use_audits u ON u.id = f.audit_id \
            WHERE f.owner_id = \(bind: id) AND f.done_on IS NULL \
            UNION ALL \
            SELECT 'plan', p.commitment, p.due_on, p.classification_id, p.kind, c.title \
            FROM classification_plans p JOIN job_classifications c ON c.id = p.classification_id \
            WHERE p.owner_id = \(bind: id) AND p.done_on IS NULL \
            UNION ALL \
            SELECT 'step', NULL, NULL, NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM review_steps s \
            WHERE s.owner_id = \(bind: id) AND s.status = \(bind: StepStatus.open.rawValue) \
            AND s.zone IN (\(binds: zones)))
            """).all()
        var items: [Item] = []
        var named = false
        for row in rows {
            let kind = try row.decode(column: "kind", as: String.self)
            if kind == "step" {
                named = true
                continue
            }
            guard let itemKind = Item.Kind(rawValue: kind) else { throw Self.unreadable("a kind of item `\(kind)`") }
            var plan: Item.Plan?
            if itemKind == .plan {
                let planKind = try row.decode(column: "plan_kind", as: String.self)
                guard let known = ClassificationPlanModel.Kind(rawValue: planKind) else {
                    throw Self.unreadable("a kind of plan `\(planKind)`")
                }
                plan = Item.Plan(kind: known, classification: try row.decode(column: "classification", as: String.self))
            }
            items.append(Item(
                kind: itemKind, text: try row.decode(column: "text", as: String?.self) ?? "",
                dueOn: try row.decode(column: "due_on", as: String?.self),
                subjectID: try row.decode(column: "subject_id", as: UUID.self), plan: plan))
        }
        // Soonest due first, in the order read where days are equal, undated items last.
        let sorted = items.enumerated().sorted { first, second in
            let (a, b) = (first.element.dueOn ?? "~", second.element.dueOn ?? "~")
            return a == b ? first.offset < second.offset : a < b
        }.map(\.element)
        return Work(items: sorted, anOpenStepNamesThem: named)
    }

    private static func unreadable(_ what: String) -> StewardError {
        StewardError(.internalServerError, "a person's own work holds \(what) this server does not know")
    }
}

extension Authorizer {
    var ownWork: OwnWorkService { OwnWorkService(authorizer: self) }
}
