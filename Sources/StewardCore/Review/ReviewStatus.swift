/// Where a use case stands in its review (DESIGN.md, "From decision to approval"): approval belongs to a use, and a
/// tool is approved while at least one of its uses is.
///
/// submitted → in review → in pilot → approved (with conditions), or denied; a use the adopted packs prohibit is
/// `prohibited` and never reaches review; an approved use whose facts or packs change may be `suspended`.
public enum ReviewStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case submitted
    case inReview = "in-review"
    case inPilot = "in-pilot"
    case approved
    case denied
    case prohibited
    case suspended

    /// Whether the use may run, so that it belongs in the public inventory.
    public var isInUse: Bool { self == .approved || self == .inPilot }

    /// Whether the review is still going on: steps can be completed and the officer can approve.
    public var isOpen: Bool { self == .submitted || self == .inReview || self == .inPilot }

    /// A label for people to read.
    public var title: String {
        switch self {
        case .submitted: "Submitted"
        case .inReview: "In review"
        case .inPilot: "In pilot"
        case .approved: "Approved"
        case .denied: "Denied"
        case .prohibited: "Prohibited"
        case .suspended: "Suspended"
        }
    }
}
