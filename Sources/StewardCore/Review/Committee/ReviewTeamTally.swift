/// A member's vote on a use, in a review team's record (Seed 000, "AI Auditing": a review team of each affiliate's
/// representatives and legal counsel; Seed 003: joint labor-management committees).
public enum TeamVote: String, CaseIterable, Codable, Sendable, Hashable {
    case approve
    case reject
    case abstain

    public var title: String {
        switch self {
        case .approve: "Approve"
        case .reject: "Reject"
        case .abstain: "Abstain"
        }
    }
}

/// Where a review team's vote stands: a quorum is more than half of the members, with at least one member of each
/// side voting; the team recommends the use when, with a quorum, more members approve than reject.
///
/// ```swift
/// let tally = ReviewTeamTally(members: [.union, .management, .management], votes: [(.union, .approve), (.management, .approve)])
/// tally.hasQuorum     // true: two of three, both sides
/// tally.recommends    // true
/// ```
public struct ReviewTeamTally: Hashable, Sendable {
    public let members: Int
    public let voted: Int
    public let approvals: Int
    public let rejections: Int
    public let abstentions: Int
    public let sidesVoting: Set<TableSide>
    public let sidesSeated: Set<TableSide>

    /// `members` are the sides the members sit on; `votes` the side and vote of each member who voted.
    public init(members: [TableSide], votes: [(side: TableSide, vote: TeamVote)]) {
        self.members = members.count
        voted = votes.count
        approvals = votes.filter { $0.vote == .approve }.count
        rejections = votes.filter { $0.vote == .reject }.count
        abstentions = votes.filter { $0.vote == .abstain }.count
        sidesVoting = Set(votes.map(\.side))
        sidesSeated = Set(members)
    }

    public var hasQuorum: Bool { voted * 2 > members && sidesVoting == sidesSeated && sidesSeated.count == 2 }

    public var recommends: Bool { hasQuorum && approvals > rejections }

    /// What stands in the way of a quorum, in plain words; empty once there is one.
    public var missing: [String] {
        var missing: [String] = []
        if sidesSeated.count < 2 { missing.append("the team needs members of both sides, management and the union") }
        if voted * 2 <= members { missing.append("\(members / 2 + 1 - voted) more vote(s) for a majority of the \(members) members") }
        for side in sidesSeated.subtracting(sidesVoting).sorted(by: { $0.rawValue < $1.rawValue }) {
            missing.append("no member of the \(side.rawValue) side has voted")
        }
        return missing
    }

    /// The tally in words, as the step's record keeps it.
    public var summary: String {
        "\(approvals) approve, \(rejections) reject, \(abstentions) abstain, of \(members) members"
    }
}
