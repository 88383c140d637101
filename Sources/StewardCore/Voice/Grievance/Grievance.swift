/// A grievance about AI, filed by the union under a contract's grievance procedure; its parts are ``GrievanceDraft``,
/// ``GrievanceClock``, ``TimeAgreement`` and ``GrievanceOutcome``.
public enum Grievance {}

public typealias GrievanceID = Identifier<Grievance>
public typealias ConcernReportID = Identifier<ConcernReport>
