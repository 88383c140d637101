import Fluent
import Foundation
import StewardCore

/// A use's review team, kept on its committee-review step: the step's owner seats members of both sides, each
/// member votes (approve, reject, abstain) with a comment, and the owner closes the vote once there is a quorum.
/// A team that recommends the use completes the step; one that does not leaves it open with the tally on record, so
/// the use cannot be approved unless the team votes again or the officer sets the step aside with a reason.
struct ReviewTeamService: Sendable {
    let authorizer: Authorizer
    private var database: any Database { authorizer.database }

    struct Team: Sendable {
        let step: ReviewStepModel
        let members: [ReviewTeamMemberModel]

        var tally: ReviewTeamTally {
            ReviewTeamTally(
                members: members.map(\.side),
                votes: members.compactMap { member in member.vote.map { (member.side, $0) } })
        }
    }

    func team(on stepID: ReviewStepID) async throws -> Team {
        let step = try await authorizer.reviews.step(stepID)
        guard step.kind == .committeeReview else {
            throw StewardError.notFound("review step \(stepID) is \(step.kind.title.lowercased()), not a committee review")
        }
        let members = try await ReviewTeamMemberModel.query(on: database).filter(\.$step.$id == stepID.uuid)
            .with(\.$person).all().sorted { ($0.side.rawValue, $0.person.displayName) < ($1.side.rawValue, $1.person.displayName) }
        return Team(step: step, members: members)
    }

    /// The actor's standing to the team's step: its owner, and a member of its team.
    func standing(to team: Team) -> Set<Standing> {
        var standing = authorizer.reviews.standing(to: team.step)
        if let person = authorizer.actor.person, team.members.contains(where: { $0.$person.id == person.id.uuid }) {
            standing.insert(.committeeMember)
        }
        return standing
    }

    /// Seats the team, until the first vote is cast.
    func seat(_ stepID: ReviewStepID, _ draft: ReviewTeamDraft) async throws -> Team {
        let team = try await openTeam(stepID)
        try await authorizer.require(
            .completeStep, in: team.step.zone, standing: authorizer.reviews.standing(to: team.step),
            on: .notFound("no review step with id \(stepID)"))
        guard !team.members.contains(where: { $0.vote != nil }) else {
            throw StewardError(.conflict, "Votes have been cast; the team can no longer change.")
        }
        var problems = draft.problems
        let seats = draft.seats
        let people = try await PersonModel.query(on: database).filter(\.$username ~~ seats.map(\.username)).all()
        let unknown = seats.map(\.username).filter { name in !people.contains { $0.username == name } }
        if problems.isEmpty, !unknown.isEmpty {
            problems.append(DomainError(
                code: .invalidField, field: "members",
                message: "no person has the username " + unknown.prefix(10).map { "`\($0.prefix(60))`" }.joined(separator: ", ")))
        }
        // The side a person sits on in committees is kept on their account; a deactivated person sits nowhere.
        for seat in seats {
            guard let person = people.first(where: { $0.username == seat.username }) else { continue }
            if !person.isActive {
                problems.append(DomainError(
                    code: .invalidField, field: "members", message: "`\(person.username)`'s account is deactivated"))
            } else if let side = person.committeeSide, side != seat.side {
                problems.append(DomainError(
                    code: .invalidField, field: "members",
                    message: "`\(person.username)` sits on the \(side.rawValue) side; seat them there"))
            }
        }
        guard problems.isEmpty else { throw StewardError.invalid(problems) }
        try await database.transaction { db in
            try await ReviewTeamMemberModel.query(on: db).filter(\.$step.$id == stepID.uuid).delete()
            for seat in seats {
                guard let person = people.first(where: { $0.username == seat.username }) else { continue }
                let member = ReviewTeamMemberModel()
                member.$step.id = stepID.uuid
                member.$person.id = try person.requireID()
                member.side = seat.side
                member.comment = ""
                try await member.create(on: db)
            }
            try await audit("review-team.seat", team.step, "seated a review team of \(seats.count)",
                            ["members": seats.map { "\($0.username):\($0.side.rawValue)" }.joined(separator: ",")], on: db)
        }
        return try await self.team(on: stepID)
    }

    /// Casts or changes the actor's vote, while the vote is open.
    func vote(_ stepID: ReviewStepID, _ vote: String, comment: String) async throws -> Team {
        let team = try await openTeam(stepID)
        try await authorizer.require(
            .castVote, in: team.step.zone, standing: standing(to: team), on: .notFound("no review step with id \(stepID)"))
        var problems = InputText.problems([("comment", comment)])
        let choice = TeamVote(rawValue: vote)
        if choice == nil {
            problems.append(DomainError(
                code: .invalidField, field: "vote", message: "choose " + TeamVote.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if comment.count > 5_000 {
            problems.append(DomainError(code: .invalidField, field: "comment", message: "keep the comment to 5,000 characters"))
        }
        guard problems.isEmpty, let choice, let person = authorizer.actor.person,
              let member = team.members.first(where: { $0.$person.id == person.id.uuid })
        else { throw StewardError.invalid(problems) }
        member.vote = choice
        member.comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        member.votedAt = authorizer.clock()
        try await database.transaction { db in
            try await member.save(on: db)
            try await audit("review-team.vote", team.step, "voted \(choice.rawValue) on the review", ["vote": choice.rawValue], on: db)
        }
        return try await self.team(on: stepID)
    }

    /// Closes the vote once there is a quorum: a recommendation completes the step; otherwise the tally goes on
    /// record and the step stays open.
    func close(_ stepID: ReviewStepID) async throws -> Team {
        let team = try await openTeam(stepID)
        try await authorizer.require(
            .completeStep, in: team.step.zone, standing: authorizer.reviews.standing(to: team.step),
            on: .notFound("no review step with id \(stepID)"))
        let tally = team.tally
        guard tally.hasQuorum else {
            throw StewardError(
                .conflict, "The vote has no quorum yet.",
                problems: tally.missing.map { DomainError(code: .invalidField, field: "quorum", message: $0) })
        }
        let step = team.step
        step.record = (tally.recommends ? "Recommended by the review team: " : "Not recommended by the review team: ")
            + tally.summary + "."
        if tally.recommends {
            step.status = .done
            step.completedBy = authorizer.actor.name
            step.completedAt = authorizer.clock()
        }
        try await database.transaction { db in
            try await step.save(on: db)
            try await audit("review-team.close", step, step.record, ["recommends": tally.recommends ? "yes" : "no"], on: db)
        }
        return try await self.team(on: stepID)
    }

    private func openTeam(_ stepID: ReviewStepID) async throws -> Team {
        let team = try await team(on: stepID)
        let useCase = try await authorizer.useCases.useCase(UseCaseID(team.step.$useCase.id))
        guard team.step.status.isOpen, useCase.reviewStatus.isOpen else {
            throw StewardError(.conflict, "The committee review is \(team.step.status.rawValue); its vote is closed.")
        }
        return team
    }

    private func audit(
        _ action: String, _ step: ReviewStepModel, _ summary: String, _ change: [String: String], on db: any Database
    ) async throws {
        try await authorizer.auditTrail(on: db).record(AuditEntry(
            actor: authorizer.actor, action: action, objectType: "review-step",
            objectID: try step.requireID().uuidString.lowercased(), zone: step.zone, summary: summary, change: change))
    }
}

extension Authorizer {
    var reviewTeams: ReviewTeamService { ReviewTeamService(authorizer: self) }
}
