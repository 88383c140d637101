/// Where an AI tool stands in its lifecycle (DESIGN.md, "The objects").
///
/// requested → under review → pilot → approved (with conditions) → suspended → retired, or denied.
public enum ToolStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case requested
    case underReview = "under-review"
    case pilot
    case approved
    case suspended
    case retired
    case denied

    /// The statuses a tool may move to from this one.
    public var allowedMoves: [ToolStatus] {
        switch self {
        case .requested: [.underReview, .denied]
        case .underReview: [.pilot, .approved, .denied]
        case .pilot: [.approved, .suspended, .denied, .retired]
        case .approved: [.suspended, .retired]
        case .suspended: [.approved, .retired]
        case .denied: [.underReview]
        case .retired: []
        }
    }

    /// The moves the AI officer makes directly: a tool reaches pilot or approved only through one of its uses
    /// (DESIGN.md, "From decision to approval"), so those moves are left to the uses' reviews.
    public var directMoves: [ToolStatus] {
        allowedMoves.filter { $0 != .pilot && $0 != .approved }
    }

    /// Whether workers may use the tool, so that it belongs in the public inventory.
    public var isInUse: Bool { self == .pilot || self == .approved }

    /// A label for people to read.
    public var title: String {
        switch self {
        case .requested: "Requested"
        case .underReview: "Under review"
        case .pilot: "Pilot"
        case .approved: "Approved"
        case .suspended: "Suspended"
        case .retired: "Retired"
        case .denied: "Denied"
        }
    }

    /// Checks that a move is legal.
    ///
    /// - Throws: ``DomainError`` with code `illegalTransition`, naming the moves that are allowed.
    public func checkMove(to target: ToolStatus) throws(DomainError) {
        if allowedMoves.contains(target), !directMoves.contains(target) {
            throw DomainError(
                code: .illegalTransition, field: "status",
                message: "a tool reaches \(target.rawValue) only through its uses: approve a use of this tool, "
                    + "or put one in pilot, once its review steps are done")
        }
        guard allowedMoves.contains(target) else {
            let allowed = allowedMoves.isEmpty
                ? "none: \(rawValue) is final" : allowedMoves.map(\.rawValue).joined(separator: ", ")
            throw DomainError(
                code: .illegalTransition, field: "status",
                message: "a tool cannot move from \(rawValue) to \(target.rawValue); allowed from \(rawValue): \(allowed)")
        }
    }
}
