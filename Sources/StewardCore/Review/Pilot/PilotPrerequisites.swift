/// The steps that must be done before a pilot starts: a pilot is a use, so the reviews of privacy and law, the notice
/// to the union and the bargaining over the pilot's substance come first (Seed 002, "Pilot Programs"; Seed 000,
/// "Protected Health Information"). The committee's review, disclosure and training may run alongside it.
public enum PilotPrerequisites {
    public static func mustPrecedePilot(_ kind: ObligationKind) -> Bool {
        switch kind {
        case .legalReview, .hipaaCheck, .phiWrittenApproval, .privacyImpactAssessment, .unionNotice,
            .decisionalBargaining, .writtenDetermination:
            true
        default: false
        }
    }

    /// The steps among `steps` that keep a pilot from starting.
    public static func blockers(among steps: [ReviewStep]) -> [ReviewStep] {
        steps.filter { mustPrecedePilot($0.kind) && $0.status.isOpen }
    }
}
