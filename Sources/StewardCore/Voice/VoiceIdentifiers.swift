// The records of worker voice, each named by a typed id so that one kind's id cannot stand for another's.

/// A grievance about AI, filed by the union under a contract's grievance procedure (``GrievanceDraft``,
/// ``GrievanceClock``, ``TimeAgreement``, ``GrievanceOutcome``).
public enum Grievance {}

/// A meeting of the joint labor-management committee (``CommitteeCadence``, ``CommitteeRecordDrafts``).
public enum CommitteeMeeting {}

/// A union's request to the employer for information (``InformationRequestDraft``).
public enum InformationRequest {}

public typealias GrievanceID = Identifier<Grievance>
public typealias ConcernReportID = Identifier<ConcernReport>
public typealias CommitteeMeetingID = Identifier<CommitteeMeeting>
public typealias InformationRequestID = Identifier<InformationRequest>
