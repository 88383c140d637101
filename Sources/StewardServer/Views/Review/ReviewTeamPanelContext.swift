import StewardCore
import Vapor

/// A committee-review step's team on its page: who sits on it for which side, how each voted, whether there is a
/// quorum, and the forms of the step's owner and of the members.
struct ReviewTeamPanelContext: Encodable {
    struct Member: Encodable {
        let name: String
        let side: String
        let vote: String
        let comment: String
    }

    let members: [Member]
    let tally: String
    /// Whether the vote has a quorum, or what it lacks, in one sentence; empty before a team is seated.
    let quorum: String
    let seatAction: String?
    let seatMembers: String
    let voteAction: String?
    let votes: [FormOption]
    let closeAction: String?
    let errors: FieldMessages
    let problems: [String]

    init(stepID: ReviewStepID, team: ReviewTeamService.Team, isOpen: Bool, isOwner: Bool, isMember: Bool,
         draft: ReviewTeamDraft?, problems: [DomainError]) {
        members = team.members.map {
            Member(name: $0.person.displayName, side: $0.side == .union ? "Union" : "Management",
                   vote: $0.vote?.title ?? "not yet", comment: $0.comment)
        }
        let tally = team.tally
        self.tally = team.members.isEmpty ? "" : tally.summary
        quorum = team.members.isEmpty ? ""
            : tally.missing.isEmpty ? "The vote has a quorum." : "No quorum yet: " + tally.missing.joined(separator: "; ") + "."
        let voting = team.members.contains { $0.vote != nil }
        seatAction = isOpen && isOwner && !voting ? Paths.reviewTeam.href(stepID) : nil
        seatMembers = draft?.members
            ?? team.members.map { "\($0.person.username):\($0.side.rawValue)" }.joined(separator: ", ")
        voteAction = isOpen && isMember ? Paths.reviewTeamVotes.href(stepID) : nil
        votes = TeamVote.allCases.map { FormOption(value: $0.rawValue, label: $0.title, isChecked: false) }
        closeAction = isOpen && isOwner && !team.members.isEmpty ? Paths.reviewTeamOutcome.href(stepID) : nil
        errors = FieldMessages(problems)
        self.problems = problems.map(\.message)
    }
}
