import StewardAPI
import StewardCore

extension APIHandler {
    func getReviewTeam(_ input: Operations.GetReviewTeam.Input) async throws -> Operations.GetReviewTeam.Output {
        let team = try await authorizer.reviewTeams.team(on: try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try .init(team))))
    }

    func seatReviewTeam(_ input: Operations.SeatReviewTeam.Input) async throws -> Operations.SeatReviewTeam.Output {
        let body = switch input.body { case .json(let body): body }
        let draft = ReviewTeamDraft(members: body.members.map { "\($0.username):\($0.side.rawValue)" }.joined(separator: ","))
        let team = try await authorizer.reviewTeams.seat(try id(input.path.stepID, of: "review step"), draft)
        return .ok(.init(body: .json(try .init(team))))
    }

    func castReviewVote(_ input: Operations.CastReviewVote.Input) async throws -> Operations.CastReviewVote.Output {
        let body = switch input.body { case .json(let body): body }
        let team = try await authorizer.reviewTeams.vote(
            try id(input.path.stepID, of: "review step"), body.vote.rawValue, comment: body.comment ?? "")
        return .ok(.init(body: .json(try .init(team))))
    }

    func closeReviewVote(_ input: Operations.CloseReviewVote.Input) async throws -> Operations.CloseReviewVote.Output {
        let team = try await authorizer.reviewTeams.close(try id(input.path.stepID, of: "review step"))
        return .ok(.init(body: .json(try .init(team))))
    }
}

extension Components.Schemas.ReviewTeam {
    init(_ team: ReviewTeamService.Team) throws {
        let tally = team.tally
        self.init(
            stepID: try team.step.requireID().uuidString.lowercased(),
            members: try team.members.map {
                .init(name: $0.person.displayName, side: try Vocabulary.convert($0.side),
                      vote: try $0.vote.map { try Vocabulary.convert($0) }, comment: $0.comment)
            },
            hasQuorum: tally.hasQuorum, recommends: tally.recommends, missing: tally.missing)
    }
}
